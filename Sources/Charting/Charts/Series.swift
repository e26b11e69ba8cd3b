/// A named sequence of values, one per category or x position, as bar and line charts take.
public struct Series: Sendable, Hashable, Codable {
    public var name: String
    /// In a line chart, NaN marks a missing value (a gap in the line).
    public var values: [Double]
    /// Overrides the palette colour.
    public var color: Color?

    public init(name: String, values: [Double], color: Color? = nil) {
        self.name = name
        self.values = values
        self.color = color
    }
}
