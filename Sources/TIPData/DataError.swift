/// Why a data file cannot be used, with where and what was expected.
///
/// Reads as `data.csv:7: column 'value': '1.2.3' is not a number; expected a number such
/// as 1834, 1,834 or 12.5, or a censored value such as <5`.
public struct DataError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file, as given.
    public let file: String
    /// 1-based line; `nil` for whole-file problems and JSON input.
    public let line: Int?
    /// The column name (or a JSON path for JSON input), when one is at fault.
    public let column: String?
    /// What is wrong and what was expected.
    public let reason: String

    /// An error at `file`, optionally at a line and column (or JSON path).
    public init(file: String, line: Int? = nil, column: String? = nil, reason: String) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
    }

    public var description: String {
        var where_ = file
        if let line { where_ += ":\(line)" }
        if let column { where_ += column.hasPrefix("$") ? ": \(column)" : ": column '\(column)'" }
        return "\(where_): \(reason)"
    }
}
