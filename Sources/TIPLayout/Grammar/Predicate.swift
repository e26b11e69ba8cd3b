/// A test on the rows of a table, as Vega-Lite's field predicates name them.
///
/// ```swift
/// Predicate.equal("metric", "convictions")
/// Predicate.range("year", 2006...2008)
/// ```
public indirect enum Predicate: Sendable, Hashable, Codable {
    /// The field equals the value (numbers compare as numbers, so 2019 equals "2019").
    case equal(String, FieldValue)
    /// The field is one of the values.
    case oneOf(String, [FieldValue])
    /// The field's number is within the bounds (inclusive); an open side is nil.
    case range(String, lower: Double?, upper: Double?)
    /// The field's number is below the value.
    case lessThan(String, Double)
    /// The field's number is at most the value.
    case lessThanOrEqual(String, Double)
    /// The field's number is above the value.
    case greaterThan(String, Double)
    /// The field's number is at least the value.
    case greaterThanOrEqual(String, Double)
    /// The field has a value (not missing, not NaN).
    case valid(String)
    /// Every predicate holds.
    case and([Predicate])
    /// At least one predicate holds.
    case or([Predicate])
    /// The predicate does not hold.
    case not(Predicate)

    /// `field` within a closed range.
    public static func range(_ field: String, _ range: ClosedRange<Double>) -> Predicate {
        .range(field, lower: range.lowerBound, upper: range.upperBound)
    }

    /// The fields the predicate reads.
    var fields: [String] {
        switch self {
        case let .equal(f, _), let .oneOf(f, _), let .range(f, _, _), let .lessThan(f, _), let .lessThanOrEqual(f, _),
            let .greaterThan(f, _), let .greaterThanOrEqual(f, _), let .valid(f):
            [f]
        case let .and(list), let .or(list): list.flatMap(\.fields)
        case let .not(p): p.fields
        }
    }

    /// Whether row `row` of `table` passes. Missing values pass no comparison.
    ///
    /// - Complexity: O(size of the predicate) per row, after O(f) column lookups.
    func test(_ table: DataTable, row: Int) -> Bool {
        func cell(_ f: String) -> FieldValue { table[f]?[row] ?? .missing }
        func number(_ f: String) -> Double? { table[f]?.number(row) }
        switch self {
        case let .equal(f, v): return matches(cell(f), v)
        case let .oneOf(f, vs): return vs.contains { matches(cell(f), $0) }
        case let .range(f, lo, hi):
            guard let x = number(f) else { return false }
            return (lo.map { x >= $0 } ?? true) && (hi.map { x <= $0 } ?? true)
        case let .lessThan(f, v): return number(f).map { $0 < v } ?? false
        case let .lessThanOrEqual(f, v): return number(f).map { $0 <= v } ?? false
        case let .greaterThan(f, v): return number(f).map { $0 > v } ?? false
        case let .greaterThanOrEqual(f, v): return number(f).map { $0 >= v } ?? false
        case let .valid(f): if case .missing = cell(f) { return false } else { return true }
        case let .and(list): return list.allSatisfy { $0.test(table, row: row) }
        case let .or(list): return list.contains { $0.test(table, row: row) }
        case let .not(p): return !p.test(table, row: row)
        }
    }
}

/// Equality of cells as a filter reads it: numbers by value whether written as numbers or
/// text ("2019" equals 2019), text exactly.
func matches(_ cell: FieldValue, _ value: FieldValue) -> Bool {
    switch (cell, value) {
    case (.missing, _), (_, .missing): return false
    case let (.text(a), .text(b)): return a == b
    default:
        if let a = cell.number ?? Double(cell.label), let b = value.number ?? Double(value.label) {
            return a == b && cell.isCensored == value.isCensored
        }
        return cell.label == value.label
    }
}
