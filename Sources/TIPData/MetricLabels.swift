/// Human labels for metric names: "persons_convicted" → "Persons convicted",
/// "ngo_victims_assisted" → "NGO victims assisted".
///
/// The defaults cover the embedded metrics and UNODC GLOTIP's names; anything else is the
/// name with underscores as spaces, its first letter capitalised, and known acronyms in
/// capitals. A user's labels (a JSON object of name → label, `--labels FILE`) override both.
public struct MetricLabels: Sendable, Equatable {
    /// The user's labels, by metric name.
    public var overrides: [String: String]

    /// Labels with `overrides` before the defaults.
    public init(_ overrides: [String: String] = [:]) { self.overrides = overrides }

    /// The defaults only.
    public static let standard = MetricLabels()

    /// Labels the generic rule would get wrong.
    public static let defaults: [String: String] = [
        "prosecutions": "Prosecutions initiated",
        "officials_prosecuted_for_complicity": "Officials prosecuted for complicity",
        "officials_at_large": "Prosecuted officials in hiding",
        "persons_in_contact_with_police": "Persons in formal contact with the police",
        "tier": "Tier placement", "tier_placement": "Tier placement",
    ]

    /// Words written in capitals in labels.
    public static let acronyms: Set<String> = [
        "ngo", "ngos", "un", "unodc", "tip", "iom", "ilo", "osce", "usd", "eur", "kzt", "kgs", "tjs", "uzs", "id",
        "hiv",
    ]

    /// The label of `metric`.
    public subscript(metric: Metric) -> String {
        if let label = overrides[metric.rawValue] ?? Self.defaults[metric.rawValue] { return label }
        let words = metric.rawValue.split(whereSeparator: { $0 == "_" || $0 == " " }).map(String.init)
        return words.enumerated().map { index, word in
            if Self.acronyms.contains(word.lowercased()) { return word.uppercased() }
            return index == 0 ? word.prefix(1).uppercased() + word.dropFirst() : word
        }.joined(separator: " ")
    }
}
