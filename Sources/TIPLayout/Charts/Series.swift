import TIPScene
/// A named sequence of values, one per category or x position, as bar and line charts take.
public struct Series: Sendable, Hashable, Codable {
    /// The series' name in the legend.
    public var name: String
    /// In a line chart, NaN marks a missing value (a gap in the line).
    public var values: [Double]
    /// Overrides the palette colour.
    public var color: Color?
    /// Where `censored[i]` is true, `values[i]` is only an upper bound ("<5"): bars draw it
    /// as a dashed outline labelled "<5", lines leave a gap with a hollow marker.
    public var censored: [Bool]?

    /// A named series of values, one per category or x position.
    ///
    /// - Precondition: `censored`, when given, has one flag per value (decoding checks this and throws instead).
    public init(name: String, values: [Double], color: Color? = nil, censored: [Bool]? = nil) {
        precondition(censored.map { $0.count == values.count } ?? true, "censored needs one flag per value")
        self.name = name
        self.values = values
        self.color = color
        self.censored = censored
    }

    /// True when value `i` is a censored bound.
    public func isCensored(_ i: Int) -> Bool { censored.map { i < $0.count && $0[i] } ?? false }
}
