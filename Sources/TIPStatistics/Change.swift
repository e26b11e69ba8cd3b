/// A change that is either a number or an explicitly named undefined result.
///
/// Where pandas' `pct_change` would give `inf` or `NaN`, this gives
/// `.undefined(.zeroBase)`, `.undefined(.missingYear)` and so on.
public enum Change: Sendable, Equatable, Hashable {
    /// A defined, finite change.
    case value(Double)
    /// No number: the reason says why (zero base, missing year, censored value, overflow …).
    case undefined(UndefinedChange)

    /// The number, or `nil` when undefined.
    public var value: Double? {
        if case let .value(v) = self { return v }
        return nil
    }

    /// `.value(x)` when `x` is finite, else `.undefined(.overflow)`: a change is never ±∞ or NaN.
    public static func finite(_ x: Double) -> Change { x.isFinite ? .value(x) : .undefined(.overflow) }

    /// Why it is undefined, or `nil` when it is a number.
    public var undefinedReason: UndefinedChange? {
        if case let .undefined(reason) = self { return reason }
        return nil
    }
}

/// Why a change cannot be computed.
public enum UndefinedChange: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// The earlier value is 0, so a relative change divides by zero.
    case zeroBase
    /// One of the two years is not in the series at all.
    case missingYear
    /// The year is in the series but its value is missing.
    case missingValue
    /// A value is censored ("<5"): only a bound is known, so no change can be computed.
    case censoredValue
    /// A growth rate needs positive values at both ends.
    case nonPositiveValue
    /// A growth rate needs the end year after the start year.
    case emptyPeriod
    /// The change is beyond the largest double (from 1e-300 to 1e300, say): no finite number states it.
    case overflow

    /// A sentence fragment for tables: "zero base", "missing year".
    public var phrase: String {
        switch self {
        case .zeroBase: "zero base"
        case .missingYear: "missing year"
        case .missingValue: "missing value"
        case .censoredValue: "censored value"
        case .nonPositiveValue: "non-positive value"
        case .emptyPeriod: "empty period"
        case .overflow: "beyond the largest number"
        }
    }
}
