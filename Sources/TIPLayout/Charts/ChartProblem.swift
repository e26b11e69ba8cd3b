/// One reason a chart cannot be drawn: what kind of problem it is, and a sentence naming
/// the series, panel or value at fault.
///
/// ```swift
/// chart.problems.map(\.kind)   // [.mismatchedLengths]
/// "\(chart.problems[0])"       // "series 'Convictions' has 1 values for 2 categories"
/// ```
public struct ChartProblem: Sendable, Hashable, CustomStringConvertible {
    /// The kinds of problem, for code that reacts to them.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Lengths that must agree do not (values per category, flags per value, edges per bin).
        case mismatchedLengths
        /// A value that cannot be drawn: ±∞, or negative where only parts of a whole make sense.
        case undrawableValue
        /// A sum or span beyond the largest double.
        case overflow
        /// More panels or bins than can be told apart on any canvas.
        case tooManyElements
        /// A structure that cannot be laid out (no columns, unordered edges).
        case invalidStructure
        /// A series with values that the laid-out scene shows no mark for.
        case nothingDrawn
    }

    /// What kind of problem it is.
    public let kind: Kind
    /// The problem as a sentence.
    public let message: String

    /// A problem of `kind`, described by `message`.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
