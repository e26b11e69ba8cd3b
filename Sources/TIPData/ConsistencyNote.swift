/// A computed remark about how figures relate to each other.
///
/// Notes are not errors: convictions above prosecutions in one year is normal when cases
/// opened earlier end in court later. They are there so that a reader is not surprised.
public struct ConsistencyNote: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How much a note matters.
    public enum Severity: String, Sendable, Hashable, Codable {
        /// An explanation, or a check that passed.
        case info
        /// Figures that do not reconcile and deserve a look at the source.
        case warning
    }

    /// A stable identifier of the rule: "convictions_exceed_prosecutions".
    public let check: String
    /// Information or a warning.
    public let severity: Severity
    /// The year the note is about, when it is about one.
    public let year: Int?
    /// The note, as a sentence.
    public let message: String

    public var description: String { "[\(severity.rawValue)] \(message)" }
}
