/// The countries a user selects (`--country`), matched by name, code or alias: `--country
/// KG`, `--country Kyrgyzstan` and `--country "Kyrgyz Republic"` select the same rows
/// (``CountryCodes/same(_:_:)``). A name that no table knows matches only itself.
///
/// Each distinct country of the data is resolved once, so a million rows of 200 countries
/// cost 200 look-ups.
final class CountrySelection {
    private let names: Set<String>
    private let entries: Set<CountryCodes.Entry>
    private var decided: [String: Bool] = [:]

    /// The selection of `names`; empty selects every country.
    init(_ names: Set<String>) {
        self.names = names
        entries = Set(names.compactMap(CountryCodes.entry(for:)))
    }

    /// Whether the selection is empty (every country is kept).
    var isEmpty: Bool { names.isEmpty }

    /// Whether `country` is selected.
    ///
    /// - Complexity: O(1) for a country seen before, else O(k) in its length.
    func contains(_ country: String) -> Bool {
        if names.isEmpty || names.contains(country) { return true }
        if let known = decided[country] { return known }
        let found = CountryCodes.entry(for: country).map(entries.contains) ?? false
        decided[country] = found
        return found
    }
}
