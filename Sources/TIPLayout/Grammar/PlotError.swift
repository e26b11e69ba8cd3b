/// Why a plot cannot be built or drawn: the place in the specification (a JSON path such
/// as `layer[1].encoding.y.field`, or a field name) and the reason.
public struct PlotError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where the problem is, as a JSON path into the specification.
    public var path: String
    /// The reason, as a sentence.
    public var message: String

    /// An error at `path`.
    public init(path: String, _ message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}
