/// One category's value and share of its breakdown's total.
public struct ShareRow: Sendable, Equatable, Codable {
    /// The category (a form of exploitation, a purpose of funding).
    public let category: String
    /// Its value, when exact.
    public let count: Double?
    /// The value as printed, with the source's qualifier: "87", "nearly 35,000", "<5".
    public let valueText: String
    /// Unrounded `100 · count / total`; `nil` when the breakdown's shares are undefined.
    public let percent: Double?
    /// Rounded to one decimal by largest remainder, so the labels add up to 100.0%; "n/a" when undefined.
    public let label: String
}
