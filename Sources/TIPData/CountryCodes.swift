import Foundation

/// Country names and ISO 3166-1 codes, from Debian's iso-codes (the generated
/// `CountryCodes+ISO3166.swift`; `Scripts/make-country-codes.py` regenerates it), with the
/// other names TIP Reports and UNODC files use.
///
/// A name is matched ignoring case, accents and the kind of apostrophe ("Cote d'Ivoire" is
/// "Côte d’Ivoire"), against the alpha-2 and alpha-3 codes, ISO's name, common name and
/// official name, ``aliases``, and, for a name with a parenthesised qualifier as UNODC
/// writes them ("Bolivia (Plurinational State of)"), the name without it.
public enum CountryCodes {
    /// One country or territory of ISO 3166-1.
    public struct Entry: Sendable, Hashable {
        /// "KG".
        public let alpha2: String
        /// "KGZ".
        public let alpha3: String
        /// "417".
        public let numeric: String
        /// ISO's name: "Kyrgyzstan", "Korea, Republic of".
        public let name: String
        /// A shorter name where ISO gives one: "South Korea".
        public let commonName: String?
        /// The formal name: "Kyrgyz Republic".
        public let officialName: String?

        /// The name for charts and tables: the common name, else ISO's name with an
        /// inverted qualifier put back in front ("Virgin Islands, British" → "British Virgin
        /// Islands", "Congo, The Democratic Republic of the" → "The Democratic Republic of
        /// the Congo").
        public var displayName: String {
            if let commonName { return commonName }
            let halves = name.components(separatedBy: ", ")
            guard halves.count == 2 else { return name }
            let after = halves[1]
            let inverted = after.hasSuffix(" of") || after.hasSuffix(" of the") || !after.contains(" ")
            return inverted ? after + " " + halves[0] : name
        }
    }

    /// Names that TIP Reports, UNODC and common usage give countries beside ISO's three,
    /// by alpha-2 code. Kosovo has no ISO 3166-1 code; it takes XK/XKX, the code the
    /// European Commission and the UN's statistics use.
    public static let aliases: [String: [String]] = [
        "BN": ["Brunei"], "BS": ["The Bahamas", "Bahamas, The"],
        "CD": [
            "Democratic Republic of the Congo", "Congo (Kinshasa)", "DRC", "Congo, Democratic Republic of the",
        ],
        "CG": ["Republic of the Congo", "Congo (Brazzaville)", "Congo, Republic of the"], "CI": ["Ivory Coast"],
        "CV": ["Cape Verde"], "CZ": ["Czech Republic"], "FM": ["Micronesia"], "GB": ["UK", "Great Britain"],
        "GM": ["The Gambia", "Gambia, The"], "HK": ["China, Hong Kong Special Administrative Region"],
        "KN": ["St. Kitts and Nevis"], "KP": ["Korea, North", "Democratic People's Republic of Korea"],
        "KR": ["Korea, South", "Republic of Korea"], "LC": ["St. Lucia"], "MK": ["Macedonia"], "MM": ["Burma"],
        "MO": ["Macau", "China, Macao Special Administrative Region"], "PS": ["Palestine", "State of Palestine"],
        "RU": ["Russia"], "SZ": ["Swaziland"], "TL": ["East Timor"], "TR": ["Turkey"],
        "US": ["USA", "United States of America"], "VA": ["Holy See", "Vatican"],
        "VC": ["St. Vincent and the Grenadines"], "XK": ["Kosovo"],
    ]

    /// Kosovo, which ISO 3166-1 leaves out (see ``aliases``).
    static let kosovo = Entry(
        alpha2: "XK", alpha3: "XKX", numeric: "", name: "Kosovo", commonName: nil, officialName: "Republic of Kosovo")

    /// Every entry: ISO 3166-1 and Kosovo.
    public static let entries: [Entry] = {
        let rows = iso3166Rows.split(separator: "\n").map { $0.split(separator: "|", omittingEmptySubsequences: false) }
        return rows.compactMap { cells -> Entry? in
            guard cells.count == 6 else { return nil }
            let text = cells.map { String($0).trimmingCharacters(in: .whitespaces) }
            return Entry(
                alpha2: text[0], alpha3: text[1], numeric: text[2], name: text[3],
                commonName: text[4].isEmpty ? nil : text[4], officialName: text[5].isEmpty ? nil : text[5])
        } + [kosovo]
    }()

    /// Every name and code, folded, to its entry.
    private static let byKey: [String: Entry] = {
        var index: [String: Entry] = [:]
        for entry in entries {
            let names =
                [entry.alpha2, entry.alpha3, entry.name, entry.commonName, entry.officialName]
                .compactMap { $0 } + (aliases[entry.alpha2] ?? [])
            for name in names where index[key(name)] == nil { index[key(name)] = entry }
        }
        return index
    }()

    /// The entry `text` names (a code or a name), or nil.
    ///
    /// - Complexity: O(k) in the length of `text`.
    public static func entry(for text: String) -> Entry? {
        let folded = key(text)
        if let found = byKey[folded] { return found }
        // "Bolivia (Plurinational State of)", "Netherlands (Kingdom of the)".
        if let open = folded.firstIndex(of: "("), folded.hasSuffix(")") {
            return byKey[String(folded[..<open]).trimmingCharacters(in: .whitespaces)]
        }
        return nil
    }

    /// The entry of an exact ISO alpha-2 or alpha-3 code ("KG", "KGZ"), or nil: only
    /// upper-case codes, so that a name is never taken for one.
    public static func entry(forCode text: String) -> Entry? {
        guard (2...3).contains(text.count), text.allSatisfy({ $0.isASCII && $0.isUppercase }) else { return nil }
        return entry(for: text).flatMap { $0.alpha2 == text || $0.alpha3 == text ? $0 : nil }
    }

    /// Whether `a` and `b` name the same country: equal, or resolving to one entry.
    public static func same(_ a: String, _ b: String) -> Bool {
        a == b || entry(for: a).map { $0 == entry(for: b) } ?? false
    }

    /// `text` folded for matching: lower case, no accents, one kind of apostrophe, single spaces.
    static func key(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "`", with: "'")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
