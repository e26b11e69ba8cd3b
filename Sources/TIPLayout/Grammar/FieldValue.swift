import TIPStatistics
/// One cell of a ``DataTable``: a number, a number known only as an upper bound, text, or
/// nothing.
///
/// Censoring is kept through every transform: a sum with a censored part is censored
/// (`.censored(bound)` reads "fewer than *bound*"), never silently a number.
public enum FieldValue: Sendable, Hashable, Codable {
    /// A finite number.
    case number(Double)
    /// A value below `bound` that was withheld (a report's "<5"); `bound` is an upper bound.
    case censored(Double)
    /// A text value (a country, a category, a year written as text).
    case text(String)
    /// No value.
    case missing

    /// The number, or the censored bound; nil for text and missing values.
    public var number: Double? {
        switch self {
        case let .number(v), let .censored(v): v
        case .text, .missing: nil
        }
    }

    /// Whether the value is an upper bound only.
    public var isCensored: Bool { if case .censored = self { true } else { false } }

    /// The value as a category label: text as it is, numbers as the shortest decimal that
    /// reads back the same (2019, not 2019.0), censored numbers with "<".
    public var label: String {
        switch self {
        case let .number(v): plainNumber(v)
        case let .censored(v): "<" + plainNumber(v)
        case let .text(s): s
        case .missing: ""
        }
    }
}

/// A Swift value that a mark can plot: numbers, text and their optionals.
public protocol Plottable {
    /// The value as a table cell.
    var fieldValue: FieldValue { get }
}

extension Double: Plottable {
    /// NaN and ±∞ are missing: a cell holds finite numbers only.
    public var fieldValue: FieldValue { isFinite ? .number(self) : .missing }
}
extension Float: Plottable {
    /// Converted to `Double`; NaN and ±∞ are missing.
    public var fieldValue: FieldValue { Double(self).fieldValue }
}
extension Int: Plottable {
    /// The integer as a number (exact up to 2⁵³).
    public var fieldValue: FieldValue { .number(Double(self)) }
}
extension String: Plottable {
    /// The text itself.
    public var fieldValue: FieldValue { .text(self) }
}
extension Substring: Plottable {
    /// The text itself.
    public var fieldValue: FieldValue { .text(String(self)) }
}
extension Bool: Plottable {
    /// "true" or "false", as a category.
    public var fieldValue: FieldValue { .text(self ? "true" : "false") }
}
extension FieldValue: Plottable {
    /// Itself.
    public var fieldValue: FieldValue { self }
}
extension Optional: Plottable where Wrapped: Plottable {
    /// The wrapped value's cell, or missing.
    public var fieldValue: FieldValue { self?.fieldValue ?? .missing }
}

extension FieldValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
    /// A text literal: `.equal("metric", "convictions")`.
    public init(stringLiteral value: String) { self = .text(value) }
    /// An integer literal, as a number.
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    /// A decimal literal, as a number.
    public init(floatLiteral value: Double) { self = value.fieldValue }
}
