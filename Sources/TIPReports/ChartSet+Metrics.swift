import TIPScene
import TIPStatistics
import TIPLayout
import TIPData

/// Charts of metric totals over years and across countries.
extension ChartSet {
    func metric(_ metric: Metric) -> any Chart {
        let years = years(of: metric)
        let countries = countriesWith(metric)
        let series = countries.map { country in
            let (values, censored) = values(country, metric, years: years)
            return Series(
                name: country, values: values, color: countryColors(country),
                censored: censored.contains(true) ? censored : nil)
        }
        let annotates = series.count == 1 && years.count == 2 && !(series[0].censored?.contains(true) ?? false)
        let where_ = countries.count == 1 ? countries[0] : "\(countries.count) countries"
        let text = ChartText(
            title: "\(where_): \(metric.displayName.lowercasedFirst), \(span(years))",
            subtitle: censoredSubtitle(series) ?? (annotates ? "By year, with the change from the previous year" : nil),
            source: sourceNote(dataset.figures.filter { $0.metric == metric && $0.category == nil }),
            yAxisTitle: metric.displayName)
        if years.count <= 2 {
            return BarChart(
                categories: years.map(String.init), series: series, annotatesChange: annotates, text: text)
        }
        return LineChart(x: .categories(years.map(String.init)), series: series, text: text)
    }

    /// The latest defined change of each metric, per country.
    ///
    /// - Throws: when no metric has a defined change.
    func yearOverYear() throws(ChartSetError) -> BarChart {
        var categories: [String] = []
        var perCountry: [String: [Double]] = [:]
        var spans = Set<String>()
        var cited: [Figure] = []
        let countries = dataset.countries
        for metric in dataset.metrics {
            var row: [String: Double] = [:]
            for country in countries {
                guard let series = try? dataset.series(country: country, metric: metric),
                    let change = series.yearOverYearChanges().last, let percent = change.percent.value
                else { continue }
                row[country] = percent
                spans.insert("\(change.fromYear) to \(change.toYear)")
                cited += dataset.figures(country: country, metric: metric)
            }
            guard !row.isEmpty else { continue }
            categories.append(metric.displayName)
            for country in countries { perCountry[country, default: []].append(row[country] ?? .nan) }
        }
        guard !categories.isEmpty else {
            throw ChartSetError("no metric has two consecutive years with a defined change")
        }
        let drawn = countries.filter { perCountry[$0]?.contains { !$0.isNaN } ?? false }
        let series = drawn.map {
            Series(name: $0, values: perCountry[$0] ?? [], color: countryColors($0))
        }
        let span = spans.count == 1 ? spans.first ?? "" : "latest two years of each measure"
        let where_ = drawn.count == 1 ? "\(drawn[0]): y" : "Y"
        return BarChart(
            categories: categories, series: series, orientation: .horizontal, valueFormat: .signedPercent(decimals: 0),
            text: ChartText(
                title: "\(where_)ear-over-year change, \(span)",
                subtitle:
                    "Percent change from the previous year; n/a where it is undefined (zero base, censored or "
                    + "missing value)",
                source: sourceNote(cited), xAxisTitle: "Change from previous year"))
    }

    func countries(_ metric: Metric) -> BarChart {
        let latest = years(of: metric).last ?? 0
        let countries = countriesWith(metric)
        let cells = countries.map { values($0, metric, years: [latest]) }
        let present = countries.indices.filter { !cells[$0].values[0].isNaN }
        let series = Series(
            name: metric.displayName, values: present.map { cells[$0].values[0] },
            censored: present.map { cells[$0].censored[0] })
        let cited = dataset.figures.filter { $0.metric == metric && $0.category == nil && $0.year == latest }
        return BarChart(
            categories: present.map { countries[$0] }, series: [series], orientation: .horizontal,
            text: ChartText(
                title: "\(metric.displayName) by country, \(latest)", subtitle: censoredSubtitle([series]),
                source: sourceNote(cited), xAxisTitle: metric.displayName))
    }

    func smallMultiples(_ metric: Metric) -> SmallMultiplesChart {
        let years = years(of: metric)
        let panels = countriesWith(metric).map { country in
            let (values, censored) = values(country, metric, years: years)
            return SmallMultiplesChart.Panel(
                title: country, categories: years.map(String.init),
                series: [
                    Series(name: metric.displayName, values: values, censored: censored.contains(true) ? censored : nil)
                ])
        }
        var chart = SmallMultiplesChart(
            panels: panels,
            text: ChartText(
                title: "\(metric.displayName) by country, \(span(years))",
                source: sourceNote(dataset.figures.filter { $0.metric == metric && $0.category == nil })))
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
}
