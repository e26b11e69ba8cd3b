/// The countries a user selects (`--country`), matched by name, code or alias: `--country
/// KG`, `--country Kyrgyzstan` and `--country "Kyrgyz Republic"` select the same rows
/// (``CountryCodes/same(_:_:)``). A name that no table knows matches only itself. With
/// regions (`--region "Central Asia"`), every member country of each is selected too.
///
/// Each distinct country of the data is resolved once, so a million rows of 200 countries
/// cost 200 look-ups.
final class CountrySelection {
    private let names: Set<String>
    private let entries: Set<CountryCodes.Entry>
    private let regionMembers: Set<String>
    private let hasRegions: Bool
    private var decided: [String: Bool] = [:]

    /// The selection of `names` and of the members of `regions`; both empty select every country.
    init(_ names: Set<String>, regions: [Regions.Region] = []) {
        self.names = names
        entries = Set(names.compactMap(CountryCodes.entry(for:)))
        regionMembers = Set(regions.flatMap(\.members))
        hasRegions = !regions.isEmpty
    }

    /// Whether the selection is empty (every country is kept).
    var isEmpty: Bool { names.isEmpty && !hasRegions }

    /// Whether `country` is selected.
    ///
    /// - Complexity: O(1) for a country seen before, else O(k) in its length.
    func contains(_ country: String) -> Bool {
        if isEmpty || names.contains(country) { return true }
        if let known = decided[country] { return known }
        let entry = CountryCodes.entry(for: country)
        let found = entry.map { entries.contains($0) || regionMembers.contains($0.alpha2) } ?? false
        decided[country] = found
        return found
    }
}
