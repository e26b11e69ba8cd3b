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
    /// The key of the note's sentence in a translation catalogue ("note.sentencesMatch"), or
    /// nil when the note has none; translated summaries then give ``message``.
    public let template: String?
    /// The values the template names ("sentenced": "19"). Neither is encoded: JSON carries
    /// the English message.
    public let values: [String: String]

    private enum CodingKeys: String, CodingKey {
        case check, severity, year, message
    }

    /// A note of rule `check`, with an English `message`, and the catalogue `template` and
    /// `values` that say it in other languages.
    public init(
        check: String, severity: Severity, year: Int?, message: String, template: String? = nil,
        values: [String: String] = [:]
    ) {
        self.check = check
        self.severity = severity
        self.year = year
        self.message = message
        self.template = template
        self.values = values
    }

    /// Decodes the encoded fields; a decoded note has no template.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            check: try container.decode(String.self, forKey: .check),
            severity: try container.decode(Severity.self, forKey: .severity),
            year: try container.decodeIfPresent(Int.self, forKey: .year),
            message: try container.decode(String.self, forKey: .message))
    }

    public var description: String { "[\(severity.rawValue)] \(message)" }

    /// Notes are equal when they say the same: the template and its values are another
    /// wording of ``message``, and are not encoded, so a decoded note equals the original.
    public static func == (a: Self, b: Self) -> Bool {
        (a.check, a.severity, a.year, a.message) == (b.check, b.severity, b.year, b.message)
    }

    /// Hashes what `==` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(check)
        hasher.combine(severity)
        hasher.combine(year)
        hasher.combine(message)
    }
}
