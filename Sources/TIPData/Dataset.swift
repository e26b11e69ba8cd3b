import TIPStatistics

/// Tidy figures from the embedded dataset or a user's file, one value per
/// (country, year, metric, category).
public struct Dataset: Sendable, Equatable {
    /// Every figure, in file order.
    public var figures: [Figure]
    /// Where the data came from: a file path, or "embedded".
    public var origin: String

    /// A dataset of `figures` read from `origin` (a file name, or a description).
    public init(figures: [Figure], origin: String) {
        self.figures = figures
        self.origin = origin
    }

    /// Countries in order of first appearance.
    public var countries: [String] { figures.map(\.country).uniqued() }
    /// Metrics in order of first appearance.
    public var metrics: [Metric] { figures.map(\.metric).uniqued() }
    /// The distinct years, ascending.
    public var years: [Int] { Set(figures.map(\.year)).sorted() }

    /// Only the figures of the given countries and metrics (all when empty).
    public func filtered(countries: [String] = [], metrics: [Metric] = []) -> Dataset {
        Dataset(
            figures: figures.filter {
                (countries.isEmpty || countries.contains($0.country))
                    && (metrics.isEmpty || metrics.contains($0.metric))
            }, origin: origin)
    }

    /// The uncategorised figures of `metric` for `country`, by year.
    public func figures(country: String, metric: Metric) -> [Figure] {
        figures.filter { $0.country == country && $0.metric == metric && $0.category == nil }.sorted {
            $0.year < $1.year
        }
    }

    /// The yearly series of `metric` for `country`. Censored and missing values are missing
    /// in the series, so a change that touches them is `.undefined(.missingValue)`, never a
    /// number computed from a bound.
    public func series(country: String, metric: Metric) throws(YearSeriesError) -> YearSeries {
        try YearSeries(
            figures(country: country, metric: metric).map { YearPoint(year: $0.year, value: $0.value.exactValue) })
    }
}

extension Sequence where Element: Hashable {
    /// The elements without repeats, in order of first appearance.
    ///
    /// - Complexity: O(n).
    package func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}

extension CountryReport {
    /// The report's numeric figures as a tidy dataset (sentences and routes are not tidy figures).
    public var dataset: Dataset {
        Dataset(figures: observations.map(\.figure), origin: "embedded: \(country), TIP Report 2008")
    }
}
