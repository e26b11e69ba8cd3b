import TIPStatistics

/// A summary of a group's values, as Vega-Lite's `aggregate` names them.
///
/// Missing values are skipped (pandas' `skipna`, R's `na.rm = TRUE`); `count` counts rows,
/// `valid` counts values. Censored values ("<5", an upper bound) keep their meaning:
///
/// | op | with a censored part |
/// |---|---|
/// | sum, mean | censored, with the bounds added in: the result is an upper bound |
/// | max | exact when an exact value is at least every bound, else censored at the largest bound |
/// | min, median, quantile, q1, q3 | censored at the value computed from the bounds |
/// | stdev, variance | missing: the spread of bounds is not the spread of the values |
/// | count, valid, missing, distinct | exact |
///
/// Quantiles, the median and the quartiles use R type 7 (NumPy's default, `linear`).
/// An empty group gives missing for every op but the counts: never a NaN.
public enum AggregateOperation: Sendable, Hashable, Codable {
    /// The number of rows, missing values included.
    case count
    /// The number of present values.
    case valid
    /// The number of missing values.
    case missing
    /// The number of distinct present values.
    case distinct
    /// The compensated sum (Neumaier).
    case sum
    /// The arithmetic mean.
    case mean
    /// The median (R type 7).
    case median
    /// The smallest value.
    case min
    /// The largest value.
    case max
    /// The first quartile (R type 7).
    case q1
    /// The third quartile (R type 7).
    case q3
    /// The quantile at `p` in 0...1 (R type 7).
    case quantile(Double)
    /// The sample standard deviation (n − 1).
    case stdev
    /// The sample variance (n − 1).
    case variance

    /// Vega-Lite's name of the operation ("q1", "median", …); `quantile` has none.
    public var name: String {
        switch self {
        case .count: "count"
        case .valid: "valid"
        case .missing: "missing"
        case .distinct: "distinct"
        case .sum: "sum"
        case .mean: "mean"
        case .median: "median"
        case .min: "min"
        case .max: "max"
        case .q1: "q1"
        case .q3: "q3"
        case let .quantile(p): "quantile_\(plainNumber(p))"
        case .stdev: "stdev"
        case .variance: "variance"
        }
    }

    /// The operation of a Vega-Lite name, or nil.
    public init?(name: String) {
        let all: [AggregateOperation] = [
            .count, .valid, .missing, .distinct, .sum, .mean, .median, .min, .max, .q1, .q3, .stdev, .variance,
        ]
        if name == "average" { self = .mean; return }
        guard let op = all.first(where: { $0.name == name }) else { return nil }
        self = op
    }

    /// The summary of `cells`.
    ///
    /// - Complexity: O(n) for counts, sums and means; O(n log n) for order statistics.
    public func apply(_ cells: [FieldValue]) -> FieldValue {
        let present = cells.filter { if case .missing = $0 { false } else { true } }
        switch self {
        case .count: return .number(Double(cells.count))
        case .valid: return .number(Double(present.count))
        case .missing: return .number(Double(cells.count - present.count))
        case .distinct: return .number(Double(Set(present.map(\.label)).count))
        default: break
        }
        let numbers = present.compactMap { $0.number ?? Double($0.label) }
        guard !numbers.isEmpty, let sample = try? Sample(numbers) else { return .missing }
        let censored = present.contains(where: \.isCensored)
        let value: Double?
        switch self {
        case .sum: value = sample.sum
        case .mean: value = sample.mean
        case .median: value = sample.quantile(0.5, method: .type7)
        case .q1: value = sample.quantile(0.25, method: .type7)
        case .q3: value = sample.quantile(0.75, method: .type7)
        case let .quantile(p): value = (0...1).contains(p) ? sample.quantile(p, method: .type7) : nil
        case .min: value = numbers.min()
        case .max:
            let exact = present.filter { !$0.isCensored }.compactMap(\.number).max()
            let bound = present.filter(\.isCensored).compactMap(\.number).max()
            guard let bound else { return exact.map(FieldValue.number) ?? .missing }
            if let exact, exact >= bound { return .number(exact) }
            return .censored(bound)
        case .stdev: value = sample.sampleStandardDeviation
        case .variance: value = sample.sampleVariance
        default: value = nil
        }
        guard let value, value.isFinite else { return .missing }
        guard censored else { return .number(value) }
        // A spread of bounds says nothing about the spread of the values below them.
        return self == .stdev || self == .variance ? .missing : .censored(value)
    }
}
