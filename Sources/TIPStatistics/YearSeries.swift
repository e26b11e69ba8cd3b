/// One value of a yearly series; `value == nil` means the year is known but its value is missing.
public struct YearPoint: Sendable, Equatable, Hashable, Codable {
    /// The year.
    public let year: Int
    /// Its value; `nil` when missing.
    public let value: Double?

    /// A year and its value.
    public init(year: Int, value: Double?) {
        self.year = year
        self.value = value
    }
}

/// A yearly series with at most one value per year, sorted by year.
///
/// A **missing year** (absent from the series) and a **missing value** (present, `nil`)
/// are different facts and are reported differently by ``yearOverYearChanges()``.
/// Nothing is interpolated or filled.
public struct YearSeries: Sendable, Equatable, Codable {
    /// The points, ascending by year.
    public let points: [YearPoint]

    /// - Throws: ``YearSeriesError`` for a repeated year or an infinite value. NaN is read
    ///   as a missing value.
    public init(_ points: [YearPoint]) throws(YearSeriesError) {
        let sorted = points.sorted { $0.year < $1.year }
        for (a, b) in zip(sorted, sorted.dropFirst()) where a.year == b.year {
            throw .duplicateYear(a.year)
        }
        var cleaned: [YearPoint] = []
        for point in sorted {
            if let value = point.value, value.isInfinite { throw .infiniteValue(year: point.year) }
            cleaned.append(YearPoint(year: point.year, value: point.value.flatMap { $0.isNaN ? nil : $0 }))
        }
        self.points = cleaned
    }

    /// Convenience: `try YearSeries([2006: 13, 2007: 22])`.
    public init(_ values: [Int: Double]) throws(YearSeriesError) {
        try self.init(values.map { YearPoint(year: $0.key, value: $0.value) })
    }

    /// The point for `year`, or `nil` when the year is absent.
    ///
    /// - Complexity: O(log n).
    public func point(for year: Int) -> YearPoint? {
        var lo = 0
        var hi = points.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if points[mid].year < year { lo = mid + 1 } else { hi = mid }
        }
        return lo < points.count && points[lo].year == year ? points[lo] : nil
    }
}

/// Why values cannot form a ``YearSeries``.
public enum YearSeriesError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Two values for one year.
    case duplicateYear(Int)
    /// An infinite value.
    case infiniteValue(year: Int)

    public var description: String {
        switch self {
        case let .duplicateYear(year): "year \(year) appears more than once in the series"
        case let .infiniteValue(year): "the value for \(year) is infinite"
        }
    }
}
