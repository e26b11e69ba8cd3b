import TIPStatistics

/// The one input of every chart and summary: tidy figures, one value per (country, year,
/// metric, category), and the country profiles (sentences, routes, tiers, penal code) that
/// the source gives beside them.
///
/// The embedded ``kazakhstan2008`` dataset and a user's file are both `Dataset`s, and go
/// through the same chart set and summary.
public struct Dataset: Sendable, Equatable {
    /// Every figure, in file order.
    public var figures: [Figure]
    /// Where the data came from: a file path, or a description of the embedded data.
    public var origin: String
    /// What the source says about each country beyond its figures; at most one per country.
    public var profiles: [CountryProfile]
    /// The labels charts and tables give metrics.
    public var labels: MetricLabels

    /// A dataset of `figures` read from `origin` (a file name, or a description).
    public init(
        figures: [Figure], origin: String, profiles: [CountryProfile] = [], labels: MetricLabels = .standard
    ) {
        self.figures = figures
        self.origin = origin
        self.profiles = profiles
        self.labels = labels
    }

    /// The profile of `country`, if the dataset has one.
    public func profile(of country: String) -> CountryProfile? {
        profiles.first { $0.country == country }
    }

    /// Countries in order of first appearance, in the figures and then in the profiles;
    /// aggregates (World, regions) are not countries and are in ``aggregates``.
    public var countries: [String] {
        (figures.lazy.filter { !$0.isAggregate }.map(\.country) + profiles.map(\.country)).uniqued()
    }
    /// World and regional totals, in order of first appearance.
    public var aggregates: [String] { figures.lazy.filter(\.isAggregate).map(\.country).uniqued() }
    /// Countries, then aggregates.
    public var places: [String] {
        let countries = countries
        let known = Set(countries)
        return countries + aggregates.filter { !known.contains($0) }
    }
    /// Metrics in order of first appearance.
    public var metrics: [Metric] { figures.lazy.map(\.metric).uniqued() }
    /// The numeric series' identities (metric and unit), in order of first appearance; tier
    /// placements are not numeric and are not among them.
    public var measures: [Measure] { figures.filter { $0.value.tier == nil }.map(\.measure).uniqued() }
    /// The distinct years, ascending.
    public var years: [Int] { Set(figures.map(\.year)).sorted() }

    /// Only the figures of the given countries and metrics (all when empty), and the
    /// profiles of the given countries.
    public func filtered(
        countries: [String] = [], metrics: [Metric] = [], regions: [Regions.Region] = []
    ) -> Dataset {
        var copy = self
        let selection = CountrySelection(Set(countries), regions: regions)
        copy.figures = figures.filter {
            selection.contains($0.country) && (metrics.isEmpty || metrics.contains($0.metric))
        }
        copy.profiles = profiles.filter { selection.contains($0.country) }
        return copy
    }

    /// The figures of `metric` for `country` (every category), ordered by year, then category.
    public func figures(country: String, metric: Metric, categorised: Bool) -> [Figure] {
        figures.filter { $0.country == country && $0.metric == metric && !$0.breakdown.isTotal == categorised }
            .sorted { ($0.year, $0.category ?? "") < ($1.year, $1.category ?? "") }
    }

    /// The publications the dataset cites with provenance, ordered by the seed article's
    /// reference number; a loaded file's plain source texts are in ``citations``.
    public var sources: [Source] {
        let all = figures.compactMap(\.provenance?.source) + profiles.flatMap { $0.provenances.map(\.source) }
        return Set(all).sorted { ($0.articleReference, $0.citation) < ($1.articleReference, $1.citation) }
    }

    /// Every distinct citation, publications with provenance first, then the source column's
    /// texts in file order.
    public var citations: [String] {
        (sources.map(\.citation) + figures.compactMap(\.citation)).uniqued()
    }

    /// The uncategorised figures of `metric` for `country`, by year (every unit).
    public func figures(country: String, metric: Metric) -> [Figure] {
        figures.filter { $0.country == country && $0.metric == metric && $0.breakdown.isTotal }.sorted {
            $0.year < $1.year
        }
    }

    /// The totals of `measure` for `country`, by year.
    public func figures(country: String, measure: Measure) -> [Figure] {
        figures.filter { $0.country == country && $0.measure == measure && $0.breakdown.isTotal }.sorted {
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

    /// The yearly series of `measure` for `country`, as ``series(country:metric:)``.
    public func series(country: String, measure: Measure) throws(YearSeriesError) -> YearSeries {
        try YearSeries(
            figures(country: country, measure: measure).map { YearPoint(year: $0.year, value: $0.value.exactValue) })
    }
}
