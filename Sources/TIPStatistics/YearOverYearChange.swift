import RealModule

/// The change of a series from one year to another.
///
/// ```
/// absolute = b − a
/// percent  = 100 · (b − a) / a      (pandas pct_change × 100 where it is defined)
/// ratio    = b / a
/// ```
/// `a = 0` makes `percent` and `ratio` `.undefined(.zeroBase)`; `absolute` is still defined.
/// A missing year or value makes all three undefined with that reason. A negative base
/// gives pandas' value (the sign follows `(b − a)/a`).
public struct YearOverYearChange: Sendable, Equatable, Hashable {
    /// The earlier year.
    public let fromYear: Int
    /// The later year.
    public let toYear: Int
    /// The earlier value, when known.
    public let from: Double?
    /// The later value, when known.
    public let to: Double?
    /// `b − a`.
    public let absolute: Change
    /// `100·(b − a)/a`, or why it is undefined.
    public let percent: Change
    /// `b / a`, or why it is undefined.
    public let ratio: Change

    /// The change in `series` from `fromYear` to `toYear`.
    public init(fromYear: Int, toYear: Int, series: YearSeries) {
        self.fromYear = fromYear
        self.toYear = toYear
        let a = series.point(for: fromYear)
        let b = series.point(for: toYear)
        from = a?.value
        to = b?.value
        guard let a, let b else {
            (absolute, percent, ratio) = (.undefined(.missingYear), .undefined(.missingYear), .undefined(.missingYear))
            return
        }
        guard let x = a.value, let y = b.value else {
            (absolute, percent, ratio) = (
                .undefined(.missingValue), .undefined(.missingValue), .undefined(.missingValue)
            )
            return
        }
        (absolute, percent, ratio) = Change.between(x, y)
    }
}

extension YearSeries {
    /// The change between each pair of consecutive calendar years from the first year of
    /// the series to the last. A year absent from the series yields
    /// `.undefined(.missingYear)` for both changes that touch it; gaps are never bridged.
    ///
    /// ```swift
    /// let convictions = try YearSeries([2006: 1, 2007: 19])
    /// convictions.yearOverYearChanges()[0].percent  // .value(1800)
    /// ```
    /// - Complexity: O(y log n) for y calendar years and n points.
    public func yearOverYearChanges() -> [YearOverYearChange] {
        guard let first = points.first?.year, let last = points.last?.year, last > first else { return [] }
        return (first..<last).map { YearOverYearChange(fromYear: $0, toYear: $0 + 1, series: self) }
    }

    /// The compound annual growth rate, in percent, from `start` to `end`:
    ///
    /// ```
    /// CAGR = 100 · ((v_end / v_start)^(1 / (end − start)) − 1)
    /// ```
    /// Undefined (with the reason) when a year or value is missing, when `end ≤ start`, or
    /// when either value is not positive.
    public func compoundAnnualGrowthPercent(from start: Int, to end: Int) -> Change {
        guard end > start else { return .undefined(.emptyPeriod) }
        guard let a = point(for: start), let b = point(for: end) else { return .undefined(.missingYear) }
        guard let x = a.value, let y = b.value else { return .undefined(.missingValue) }
        guard x > 0, y > 0 else { return .undefined(x == 0 ? .zeroBase : .nonPositiveValue) }
        return .finite(100 * (growthFactor(y / x, years: end - start) - 1))
    }
}

/// `ratio^(1/years)`, via RealModule for portability.
func growthFactor(_ ratio: Double, years: Int) -> Double {
    ratio.rootOfPositive(years)
}

private extension Double {
    func rootOfPositive(_ n: Int) -> Double {
        n == 1 ? self : Double.exp(Double.log(self) / Double(n))
    }
}

/// The difference of two rates in **percentage points**: `b − a` where both are percents.
///
/// A rise from 20 % to 25 % is +5 percentage points (and +25 percent); the two must not be
/// confused in a report.
public func percentagePointChange(fromPercent a: Double, toPercent b: Double) -> Double {
    b - a
}
