/// The UN M49 regions and sub-regions ("Central Asia", "Sub-Saharan Africa", "Europe"), with
/// their member countries, from Unicode CLDR's territory containment as Debian's
/// unicode-cldr-core ships it (generated into `Regions+M49.swift` by
/// `Scripts/make-regions.py`; `RegionsTests` checks it against the installed files).
///
/// A region is found by its M49 name, by CLDR's English name where the two differ ("South-
/// eastern Asia" and "Southeast Asia", "Latin America and the Caribbean" and "Latin
/// America") or by its M49 code ("143"), ignoring case and accents.
public enum Regions {
    /// One M49 region or sub-region.
    public struct Region: Sendable, Hashable {
        /// The M49 code: "143".
        public let code: String
        /// The M49 English name: "Central Asia".
        public let name: String
        /// The members' ISO 3166-1 alpha-2 codes, through every sub-region.
        public let members: Set<String>

        /// Whether `country` (a name, code or alias that ``CountryCodes`` knows) is a member.
        ///
        /// - Complexity: O(k) in the length of `country`.
        public func contains(_ country: String) -> Bool {
            CountryCodes.entry(for: country).map { members.contains($0.alpha2) } ?? false
        }
    }

    /// M49's English names where CLDR's differ; CLDR's stay as aliases.
    static let m49Names = [
        "035": "South-eastern Asia", "053": "Australia and New Zealand", "057": "Micronesia",
        "419": "Latin America and the Caribbean",
    ]

    /// The generated rows: M49 code, CLDR's English name, members.
    private static let rows: [(code: String, cldrName: String, members: [String])] =
        m49Rows.split(separator: "\n").compactMap { line in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            guard cells.count == 3 else { return nil }
            return (cells[0], cells[1], cells[2].split(separator: " ").map(String.init))
        }

    /// Every region, by M49 code.
    public static let all: [Region] = rows.map { row in
        Region(code: row.code, name: m49Names[row.code] ?? row.cldrName, members: Set(row.members))
    }

    private static let byKey: [String: Region] = {
        var index: [String: Region] = [:]
        for (row, region) in zip(rows, all) {
            for name in [region.code, region.name, row.cldrName] { index[CountryCodes.key(name)] = region }
        }
        return index
    }()

    /// The region `text` names, or nil.
    ///
    /// - Complexity: O(k) in the length of `text`.
    public static func region(named text: String) -> Region? { byKey[CountryCodes.key(text)] }

    /// The regions that contain `country`, smallest first (sub-region, region, World).
    ///
    /// - Complexity: O(r) for r regions.
    public static func regions(containing country: String) -> [Region] {
        guard let alpha2 = CountryCodes.entry(for: country)?.alpha2 else { return [] }
        return all.filter { $0.members.contains(alpha2) }.sorted { $0.members.count < $1.members.count }
    }

    /// The sub-region of `country` that the report's regional charts group it by: the
    /// smallest M49 region holding it ("Central Asia"), or nil for a name no table knows.
    public static func subregion(of country: String) -> Region? { regions(containing: country).first }
}
