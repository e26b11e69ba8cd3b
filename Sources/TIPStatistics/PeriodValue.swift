/// How a period's yearly values become one number.
public enum PeriodStatistic: String, Sendable, Hashable, Codable, CaseIterable {
    /// The total over the period's years: defined only when every year has a value.
    case sum
    /// The mean of the years that have a value: defined when at least one has.
    case mean
}

/// One series' value over a period (a sum or a mean of its yearly values), with how many of
/// the period's years had a value.
///
/// ```
/// sum  = Σ v_y over every year y of the period   (undefined when a year lacks a value)
/// mean = (1/k) · Σ v_y over the k years with a value   (pandas mean(), skipping NaN)
/// ```
/// pandas' `sum()` treats an absent year as 0, which understates a total silently; here an
/// incomplete sum is `.undefined(.missingYear)` or `.undefined(.missingValue)`, and the
/// years are listed in ``yearsWithoutValue``.
public struct PeriodValue: Sendable, Hashable {
    /// The period.
    public let period: YearRange
    /// Sum or mean.
    public let statistic: PeriodStatistic
    /// The number, or why there is none.
    public let value: Change
    /// How many of the period's years have a value.
    public let yearsWithValue: Int
    /// The period's years that have no value (absent, or present with a missing value).
    public let yearsWithoutValue: [Int]

    /// The `statistic` of `series` over `period`.
    ///
    /// - Complexity: O(p log n) for a period of p years and a series of n points
    ///   (compensated summation, as ``Sample`` sums).
    public init(_ series: YearSeries, over period: YearRange, _ statistic: PeriodStatistic) {
        self.period = period
        self.statistic = statistic
        var values: [Double] = []
        var without: [Int] = []
        var absent = false
        for year in period.years {
            guard let point = series.point(for: year) else {
                absent = true
                without.append(year)
                continue
            }
            guard let v = point.value else {
                without.append(year)
                continue
            }
            values.append(v)
        }
        let count = values.count, sum = compensatedSum(values)
        yearsWithValue = count
        yearsWithoutValue = without
        switch statistic {
        case .sum where !without.isEmpty:
            value = .undefined(absent ? .missingYear : .missingValue)
        case .sum:
            value = .finite(sum)
        case .mean where count == 0:
            value = .undefined(absent ? .missingYear : .missingValue)
        case .mean:
            value = .finite(sum / Double(count))
        }
    }
}

/// The change of a series from one period (or year) to another, on the periods' sums or
/// means, with the formulas of ``YearOverYearChange``:
///
/// ```
/// absolute = b − a,  percent = 100 · (b − a) / a,  ratio = b / a
/// ```
/// Undefined, with the reason, when either period's value is.
public struct PeriodChange: Sendable, Hashable {
    /// The earlier period's value.
    public let from: PeriodValue
    /// The later period's value.
    public let to: PeriodValue
    /// `b − a`.
    public let absolute: Change
    /// `100·(b − a)/a`, or why it is undefined.
    public let percent: Change
    /// `b / a`, or why it is undefined.
    public let ratio: Change

    /// The change from `from` to `to`.
    public init(from: PeriodValue, to: PeriodValue) {
        self.from = from
        self.to = to
        switch (from.value, to.value) {
        case let (.value(a), .value(b)):
            (absolute, percent, ratio) = Change.between(a, b)
        case let (.undefined(reason), _), let (_, .undefined(reason)):
            (absolute, percent, ratio) = (.undefined(reason), .undefined(reason), .undefined(reason))
        }
    }

    /// The change of `series` from `from` to `to`, both by `statistic`.
    ///
    /// - Complexity: O(p log n) for p years in the two periods.
    public init(_ series: YearSeries, from: YearRange, to: YearRange, _ statistic: PeriodStatistic) {
        self.init(from: PeriodValue(series, over: from, statistic), to: PeriodValue(series, over: to, statistic))
    }
}

extension Change {
    /// The absolute change, percent change and ratio from `a` to `b`: `b − a`, `100·(b − a)/a`
    /// and `b/a`, the last two `.undefined(.zeroBase)` when `a` is 0, and `.undefined(.overflow)`
    /// where a double cannot hold the result.
    static func between(_ a: Double, _ b: Double) -> (absolute: Change, percent: Change, ratio: Change) {
        // (b − a)/a can overflow where (b/a − 1) would not; either way ±∞ is named, not printed.
        a == 0
            ? (.finite(b - a), .undefined(.zeroBase), .undefined(.zeroBase))
            : (.finite(b - a), .finite(100 * ((b - a) / a)), .finite(b / a))
    }
}
