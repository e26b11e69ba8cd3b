import TIPScene
import TIPStatistics
import TIPLayout
import TIPData

/// The charts `render --data` and `report --data` draw for a user's dataset.
public enum DataChartKind: String, CaseIterable, Sendable, Codable {
    /// One metric over the years: bars for one or two years, lines for more; a series per country.
    case metric
    /// The latest year-over-year percent change of each metric, per country.
    case yearOverYear = "year-over-year"
    /// The countries side by side for one metric in its latest year.
    case countries
    /// One small line chart per country for one metric, on a shared scale.
    case smallMultiples = "small-multiples"

    /// A one-line description for help text.
    public var summary: String {
        switch self {
        case .metric: "one metric over the years (bars or lines), a series per country"
        case .yearOverYear: "latest year-over-year percent change of each metric"
        case .countries: "countries compared on one metric in its latest year"
        case .smallMultiples: "one panel per country for one metric, shared scale"
        }
    }
}

/// Chart specifications for a ``TIPData/Dataset``. Censored values are drawn as
/// bounds ("<5"), never as numbers; missing values leave gaps.
public struct DataChartSet: Sendable {
    /// The dataset the charts are drawn from.
    public let dataset: Dataset

    /// One colour per country, the same in every chart of the set.
    let countryColors: OrdinalColorScale

    /// The chart set of `dataset`.
    public init(_ dataset: Dataset) {
        self.dataset = dataset
        countryColors = OrdinalColorScale(domain: dataset.countries)
    }

    var sourceNote: String {
        let sources = dataset.figures.compactMap(\.source).uniqued()
        return "Source: " + (sources.isEmpty ? dataset.origin : sources.joined(separator: "; ")) + "."
    }

    /// The charts a report draws: each metric; the year-over-year change; and, with several
    /// countries, each metric compared across countries and as small multiples.
    public func reportCharts() -> [ChartReport.Entry] {
        var charts = dataset.metrics.map { ChartReport.Entry(name: "metric-\(slug($0.rawValue))", chart: metric($0)) }
        if dataset.years.count > 1 { charts.append(ChartReport.Entry(name: "year-over-year", chart: yearOverYear())) }
        if dataset.countries.count > 1 {
            for m in dataset.metrics where Set(dataset.figures.filter { $0.metric == m }.map(\.country)).count > 1 {
                charts.append(ChartReport.Entry(name: "countries-\(slug(m.rawValue))", chart: countries(m)))
                let pages = smallMultiplesPages(m)
                for (index, page) in pages.enumerated() {
                    let suffix = pages.count > 1 ? "-\(index + 1)" : ""
                    charts.append(ChartReport.Entry(name: "small-multiples-\(slug(m.rawValue))" + suffix, chart: page))
                }
            }
        }
        return charts
    }

    /// The chart `kind` for `metric` (the first metric when `nil`).
    public func chart(_ kind: DataChartKind, metric: Metric?) -> any Chart {
        let m = metric ?? dataset.metrics.first ?? Metric("value")
        switch kind {
        case .metric: return self.metric(m)
        case .yearOverYear: return yearOverYear()
        case .countries: return countries(m)
        case .smallMultiples: return smallMultiples(m)
        }
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

    func years(of metric: Metric) -> [Int] {
        Set(dataset.figures.filter { $0.metric == metric && $0.category == nil }.map(\.year)).sorted()
    }

    func metric(_ metric: Metric) -> any Chart {
        let years = years(of: metric)
        let countries = dataset.countries.filter { !dataset.figures(country: $0, metric: metric).isEmpty }
        let series = countries.map { country in
            let (values, censored) = values(country, metric, years: years)
            return Series(
                name: country, values: values, color: countryColors(country),
                censored: censored.contains(true) ? censored : nil)
        }
        let where_ = countries.count == 1 ? countries[0] : "\(countries.count) countries"
        let text = ChartText(
            title: "\(where_): \(metric.displayName.lowercased()), \(span(years))",
            subtitle: censoredSubtitle(series), source: sourceNote, yAxisTitle: metric.displayName)
        if years.count <= 2 {
            return BarChart(
                categories: years.map(String.init), series: series,
                annotatesChange: series.count == 1 && years.count == 2
                    && !(series[0].censored?.contains(true) ?? false), text: text)
        }
        return LineChart(x: .categories(years.map(String.init)), series: series, text: text)
    }

    func yearOverYear() -> BarChart {
        var categories: [String] = []
        var perCountry: [String: [Double]] = [:]
        let countries = dataset.countries
        var span = ""
        for metric in dataset.metrics {
            var row: [String: Double] = [:]
            for country in countries {
                guard let series = try? dataset.series(country: country, metric: metric),
                    let change = series.yearOverYearChanges().last, let percent = change.percent.value
                else { continue }
                row[country] = percent
                span = "\(change.fromYear) to \(change.toYear)"
            }
            guard !row.isEmpty else { continue }
            categories.append(metric.displayName)
            for country in countries { perCountry[country, default: []].append(row[country] ?? .nan) }
        }
        let series = countries.map {
            Series(
                name: $0, values: perCountry[$0] ?? Array(repeating: .nan, count: categories.count),
                color: countryColors($0))
        }
        return BarChart(
            categories: categories, series: series, orientation: .horizontal, valueFormat: .signedPercent(decimals: 0),
            text: ChartText(
                title: "Year-over-year change, latest years (\(span))",
                subtitle:
                    "Percent change from the previous year; n/a where it is undefined (zero base, censored or "
                    + "missing value)",
                source: sourceNote, xAxisTitle: "Change from previous year"))
    }

    func countries(_ metric: Metric) -> BarChart {
        let latest = years(of: metric).last ?? 0
        let countries = dataset.countries.filter { !dataset.figures(country: $0, metric: metric).isEmpty }
        let cells = countries.map { values($0, metric, years: [latest]) }
        let present = countries.indices.filter { !cells[$0].values[0].isNaN }
        let series = Series(
            name: metric.displayName, values: present.map { cells[$0].values[0] },
            censored: present.map { cells[$0].censored[0] })
        return BarChart(
            categories: present.map { countries[$0] }, series: [series], orientation: .horizontal,
            text: ChartText(
                title: "\(metric.displayName) by country, \(latest)", subtitle: censoredSubtitle([series]),
                source: sourceNote, xAxisTitle: metric.displayName))
    }

    func smallMultiples(_ metric: Metric) -> SmallMultiplesChart {
        let years = years(of: metric)
        let panels = dataset.countries.filter { !dataset.figures(country: $0, metric: metric).isEmpty }.map { country in
            let (values, censored) = values(country, metric, years: years)
            return SmallMultiplesChart.Panel(
                title: country, categories: years.map(String.init),
                series: [
                    Series(name: metric.displayName, values: values, censored: censored.contains(true) ? censored : nil)
                ])
        }
        var chart = SmallMultiplesChart(
            panels: panels,
            text: ChartText(title: "\(metric.displayName) by country, \(span(years))", source: sourceNote))
        chart.text.subtitle =
            chart.usesSharedScale
            ? "One panel per country, on a shared scale"
            : "One panel per country; each panel has its own scale, since the countries differ more than "
                + "\(Int(SmallMultiplesChart.sharedScaleLimit))-fold"
        return chart
    }

    /// The small multiples of `metric`, split into charts of at most
    /// ``SmallMultiplesChart/maximumPanels`` panels ("part 2 of 3"), so a file with many
    /// countries gives several readable charts instead of one that cannot be drawn.
    func smallMultiplesPages(_ metric: Metric) -> [SmallMultiplesChart] {
        let whole = smallMultiples(metric)
        let size = SmallMultiplesChart.maximumPanels
        guard whole.panels.count > size else { return [whole] }
        let count = (whole.panels.count + size - 1) / size
        return (0..<count).map { page in
            var chart = whole
            chart.panels = Array(whole.panels[(page * size)..<min(whole.panels.count, (page + 1) * size)])
            chart.text.title += " (part \(page + 1) of \(count))"
            chart.text.subtitle =
                chart.usesSharedScale
                ? "One panel per country, on a scale shared within this part; compare parts by their axes"
                : "One panel per country; each panel has its own scale, since the countries differ more than "
                    + "\(Int(SmallMultiplesChart.sharedScaleLimit))-fold"
            return chart
        }
    }

    func span(_ years: [Int]) -> String {
        guard let first = years.first, let last = years.last else { return "" }
        return first == last ? String(first) : "\(first)–\(last)"
    }

    func censoredSubtitle(_ series: [Series]) -> String? {
        series.contains { $0.censored?.contains(true) ?? false }
            ? "Dashed outlines and hollow markers are censored values: only an upper bound (\"<5\") is reported" : nil
    }

    func slug(_ text: String) -> String {
        String(text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }
}
