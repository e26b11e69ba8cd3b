import TIPScene
import TIPStatistics
import TIPLayout
import TIPData

/// Builds the chart specifications of a ``TIPData/Dataset``, the embedded one or a user's.
/// Pure data: no rendering here.
///
/// ``reportCharts()`` picks the charts by what the data hold: a metric over its years,
/// year-over-year changes, countries compared, categories as bars and shares, and, from a
/// country's profile, its sentences and routes. Censored values are drawn as bounds ("<5"),
/// never as numbers; missing values leave gaps. Each chart cites the sources of the figures
/// it draws, and only those.
public struct ChartSet: Sendable {
    /// The dataset the charts are drawn from.
    public let dataset: Dataset

    /// One colour per country, the same in every chart of the set.
    let countryColors: OrdinalColorScale

    /// The chart set of `dataset`.
    public init(_ dataset: Dataset) {
        self.dataset = dataset
        countryColors = OrdinalColorScale(domain: dataset.countries)
    }

    /// The justice pipeline, in order.
    static let pipeline: [Metric] = [.investigations, .prosecutions, .convictions]

    /// The charts a report draws, named for their files:
    /// - `law-enforcement`: one country with at least two pipeline stages;
    /// - `METRIC`: each metric with several years or countries;
    /// - `year-over-year`, when some change is defined;
    /// - `METRIC-by-country` and `METRIC-small-multiples`, with several countries;
    /// - `METRIC-bars` and `METRIC-donut` (exact counts only) for categorised metrics;
    /// - `sentences` and `routes` for each profile that has them.
    ///
    /// Charts of one country of several carry the country in their name.
    ///
    /// - Complexity: O(c · m · n) for c countries, m metrics and n figures.
    public func reportCharts() -> [ChartReport.Entry] {
        var charts: [ChartReport.Entry] = []
        func add(_ name: String, _ chart: (any Chart)?) {
            if let chart { charts.append(ChartReport.Entry(name: name, chart: chart)) }
        }
        let countries = dataset.countries
        let several = countries.count > 1
        func suffix(_ country: String) -> String { several ? "-" + slug(country) : "" }
        if countries.count == 1, let chart = try? lawEnforcement(country: countries[0]) {
            add("law-enforcement", chart)
        }
        for metric in dataset.metrics where years(of: metric).count > 1 || countriesWith(metric).count > 1 {
            add(slug(metric.rawValue), self.metric(metric))
        }
        add("year-over-year", try? yearOverYear())
        for metric in dataset.metrics where countriesWith(metric).count > 1 {
            add("\(slug(metric.rawValue))-by-country", self.countries(metric))
            let pages = smallMultiplesPages(metric)
            for (index, page) in pages.enumerated() {
                add("\(slug(metric.rawValue))-small-multiples" + (pages.count > 1 ? "-\(index + 1)" : ""), page)
            }
        }
        for country in countries {
            for metric in dataset.metrics where categories(country, metric).figures.count > 1 {
                add("\(slug(metric.rawValue))-bars" + suffix(country), try? breakdown(metric, country: country))
                add("\(slug(metric.rawValue))-donut" + suffix(country), try? shares(metric, country: country))
            }
            add("sentences" + suffix(country), try? sentences(country: country))
            add("routes" + suffix(country), try? routes(country: country))
        }
        return charts
    }

    /// The chart of `kind`.
    ///
    /// - Parameters:
    ///   - metric: the metric of kinds that draw one (``ChartKind/takesMetric``); the first
    ///     metric that suits the kind when `nil`.
    ///   - country: the country of kinds that draw one; the first that has the data when `nil`.
    /// - Throws: ``ChartSetError`` naming what the data lack for this chart.
    public func chart(
        _ kind: ChartKind, metric: Metric? = nil, country: String? = nil
    ) throws(ChartSetError)
        -> any Chart
    {
        switch kind {
        case .lawEnforcement:
            return try pick(country) { c throws(ChartSetError) in try lawEnforcement(country: c) }
        case .metric: return self.metric(try plainMetric(metric))
        case .yearOverYear: return try yearOverYear()
        case .countries: return countries(try plainMetric(metric))
        case .smallMultiples: return smallMultiples(try plainMetric(metric))
        case .breakdown:
            return try pick(country) { c throws(ChartSetError) in
                try breakdown(categorisedMetric(metric, country: c), country: c)
            }
        case .shares:
            return try pick(country) { c throws(ChartSetError) in
                try shares(categorisedMetric(metric, country: c), country: c)
            }
        case .sentences: return try pick(country) { c throws(ChartSetError) in try sentences(country: c) }
        case .routes: return try pick(country) { c throws(ChartSetError) in try routes(country: c) }
        }
    }

    /// The report chart named `name` (as ``reportCharts()`` names it), if the data give it.
    public func chart(named name: String) -> (any Chart)? {
        reportCharts().first { $0.name == name }?.chart
    }

    /// The chart for `country`, or for the first country that gives one; the first error when none does.
    private func pick(
        _ country: String?, _ make: (String) throws(ChartSetError) -> any Chart
    ) throws(ChartSetError)
        -> any Chart
    {
        if let country {
            guard dataset.countries.contains(country) else {
                throw ChartSetError("the data have no country '\(country)'")
            }
            return try make(country)
        }
        var first: ChartSetError?
        for candidate in dataset.countries {
            do { return try make(candidate) } catch { first = first ?? error }
        }
        throw first ?? ChartSetError("the data have no figures")
    }

    private func plainMetric(_ metric: Metric?) throws(ChartSetError) -> Metric {
        if let metric {
            guard !years(of: metric).isEmpty else {
                throw ChartSetError("the data have no totals of '\(metric)' (figures without a category)")
            }
            return metric
        }
        guard let first = dataset.metrics.first(where: { !years(of: $0).isEmpty }) else {
            throw ChartSetError("the data have no totals (figures without a category)")
        }
        return first
    }

    private func categorisedMetric(_ metric: Metric?, country: String) throws(ChartSetError) -> Metric {
        if let metric { return metric }
        guard let first = dataset.metrics.first(where: { !categories(country, $0).figures.isEmpty }) else {
            throw ChartSetError("\(country) has no figures broken down by category")
        }
        return first
    }

    // MARK: - Shared helpers

    /// "Source: A; B." for the figures and provenances a chart draws; the dataset's origin when they cite nothing.
    func sourceNote(_ figures: [Figure], _ provenances: [Provenance] = []) -> String {
        let citations = (provenances.map(\.source.citation) + figures.compactMap(\.citation)).uniqued()
        return "Source: " + (citations.isEmpty ? dataset.origin : citations.joined(separator: "; ")) + "."
    }

    /// The years in which `metric` has a total (an uncategorised figure), ascending.
    func years(of metric: Metric) -> [Int] {
        Set(dataset.figures.filter { $0.metric == metric && $0.category == nil }.map(\.year)).sorted()
    }

    /// The countries with a total of `metric`, in dataset order.
    func countriesWith(_ metric: Metric) -> [String] {
        let present = Set(dataset.figures.filter { $0.metric == metric && $0.category == nil }.map(\.country))
        return dataset.countries.filter(present.contains)
    }

    /// The categorised figures of `metric` for `country` in the latest year that has any.
    func categories(_ country: String, _ metric: Metric) -> (year: Int?, figures: [Figure]) {
        let all = dataset.figures(country: country, metric: metric, categorised: true)
        guard let year = all.map(\.year).max() else { return (nil, []) }
        return (year, all.filter { $0.year == year })
    }

    /// Values and censoring of `metric` for `country` over `years`; NaN where absent or missing.
    func values(_ country: String, _ metric: Metric, years: [Int]) -> (values: [Double], censored: [Bool]) {
        let byYear = Dictionary(
            dataset.figures(country: country, metric: metric).map { ($0.year, $0.value) },
            uniquingKeysWith: { a, _ in a })
        var values: [Double] = [], censored: [Bool] = []
        for year in years {
            switch byYear[year] {
            case let .exact(v)?: values.append(v); censored.append(false)
            case let .below(bound)?: values.append(bound); censored.append(true)
            default: values.append(.nan); censored.append(false)
            }
        }
        return (values, censored)
    }

    /// "2006–2007", or one year.
    func span(_ years: [Int]) -> String {
        guard let first = years.first, let last = years.last else { return "" }
        return first == last ? String(first) : "\(first)–\(last)"
    }

    /// A file-name-safe form: lower case, letters and digits, other characters as "-".
    func slug(_ text: String) -> String {
        String(text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }

    func censoredSubtitle(_ series: [Series]) -> String? {
        series.contains { $0.censored?.contains(true) ?? false }
            ? "Dashed outlines and hollow markers are censored values: only an upper bound (\"<5\") is reported" : nil
    }
}

extension String {
    /// "labour trafficking" → "Labour trafficking".
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
    /// "Forced labour" → "forced labour".
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
