/// The kinds of chart a ``ChartSet`` draws. Which ones a dataset gets depends on what it holds.
public enum ChartKind: String, CaseIterable, Sendable, Codable {
    /// Investigations, prosecutions and convictions of one country side by side, by year.
    case lawEnforcement = "law-enforcement"
    /// One metric over the years: bars for one or two years, lines for more; a series per country.
    case metric
    /// The latest year-over-year percent change of each metric, per country.
    case yearOverYear = "year-over-year"
    /// The countries side by side for one metric in its latest year.
    case countries
    /// One small line chart per country for one metric.
    case smallMultiples = "small-multiples"
    /// A metric's categories (forms of exploitation, purposes of funding) as bars, with the
    /// source's qualifiers ("nearly $35,000").
    case breakdown
    /// A metric's categories as shares of their total (a donut); exact counts only.
    case shares
    /// Tier placements by edition: a grid of countries, or with a country, its step line.
    case tierTimeline = "tier-timeline"
    /// The histogram of a country's prison sentences, with mean and median.
    case sentences
    /// A country's trafficking routes: origins, the country, destinations.
    case routes
    /// Tier placements of one edition (the latest unless `edition` is set) on a world map.
    case tierMap = "tier-map"
    /// One metric per country on a world map, each country in its latest year.
    case metricMap = "metric-map"

    /// A one-line description for help text.
    public var summary: String {
        switch self {
        case .lawEnforcement: "investigations, prosecutions and convictions of one country, by year"
        case .metric: "one metric over the years (bars or lines), a series per country"
        case .yearOverYear: "latest year-over-year percent change of each metric (of one metric with --metric)"
        case .countries: "countries compared on one metric in its latest year"
        case .smallMultiples: "one panel per country for one metric"
        case .breakdown: "a metric's categories as bars, with the source's qualifiers"
        case .shares: "a metric's categories as shares of the total (donut)"
        case .tierTimeline: "tier placements by edition (grid of countries; a step line with --country)"
        case .sentences: "histogram of a country's prison sentences with mean and median"
        case .routes: "a country's trafficking routes"
        case .tierMap: "tier placements of one edition on a world map (the latest; --edition)"
        case .metricMap: "one metric per country on a world map, each in its latest year (--metric)"
        }
    }

    /// Whether the kind compares countries, so that a named country restricts it to that one.
    var comparesCountries: Bool { [.metric, .countries, .smallMultiples, .metricMap].contains(self) }

    /// Whether the kind draws a single country's figures (chosen with `country:`, else the
    /// first that gives the chart), so that naming several countries is ambiguous.
    public var drawsOneCountry: Bool { [.lawEnforcement, .breakdown, .shares, .sentences, .routes].contains(self) }

    /// Whether the kind draws one metric (chosen with `metric:`).
    public var takesMetric: Bool {
        [.metric, .countries, .smallMultiples, .breakdown, .shares, .metricMap].contains(self)
    }
}
