import TIPStatistics
/// A reported value: exact, censored, missing, or a tier placement.
///
/// UNODC and others suppress small counts as "<5". Such a value is kept as censored: it is
/// not zero, it is not dropped, and it is never added into a sum as if it were 5.
public enum FigureValue: Sendable, Hashable, Codable, CustomStringConvertible {
    /// A number the source states.
    case exact(Double)
    /// The true value is below the bound: "<5".
    case below(Double)
    /// The row exists but its value is not reported (an empty cell, "NA").
    case missing
    /// A TIP tier placement ("Tier 2 Watch List"): ordinal, never summed or averaged.
    case tier(Tier)

    /// Parses a cell as the loader does: `1834`, `1,834`, `12.5`, `<5`, empty, `NA` or a
    /// tier such as `Tier 2`; `nil` for anything else. A qualifier word in the cell
    /// ("at least 113") is dropped here; the loader keeps it as the figure's qualifier.
    public init?(parsing text: String) {
        guard let value = ValueParsing.value(text)?.value else { return nil }
        self = value
    }

    /// The tier, when the value is a tier placement.
    public var tier: Tier? {
        if case let .tier(t) = self { return t }
        return nil
    }

    /// The number, when it is exact.
    public var exactValue: Double? {
        if case let .exact(v) = self { return v }
        return nil
    }

    /// "1834", "<5", "NA": the form the loader reads back.
    public var description: String {
        switch self {
        case let .exact(v): plainNumber(v)
        case let .below(bound): "<" + plainNumber(bound)
        case .missing: "NA"
        case let .tier(t): t.rawValue
        }
    }
}
