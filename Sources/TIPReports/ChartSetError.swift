/// A chart the data cannot give: the reason names what is missing.
public struct ChartSetError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What the chart needs and the data lack, as a sentence.
    public let message: String

    /// An error saying `message`.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
