import TIPScene
import TIPStatistics
import TIPLayout
import TIPData

/// Charts of a measure's totals over years and across countries.
extension ChartSet {
    /// Colours by country that stay the same across charts, when the palette holds every
    /// country; otherwise (and for aggregates) each chart colours its own series in order,
    /// so no colour repeats within a chart.
    func color(_ country: String) -> Color? { countryColors?(country) }

    /// The last finite value of `country`'s `measure`, for ranking.
    func latest(_ country: String, _ measure: Measure, years: [Int]) -> Double {
        values(country, measure, years: years).values.last(where: \.isFinite) ?? -.infinity
    }

    /// One measure over the years, a series per country (or per aggregate): bars for one or
    /// two years, lines for more. More places than the palette holds are reduced to the
    /// highest; magnitudes more than ``magnitudeLimit``-fold apart become panels with their own scales.
    func measure(_ measure: Measure, aggregates: Bool) -> any Chart {
        let years = years(of: measure)
        let all = placesWith(measure, aggregates: aggregates)
        let noun = aggregates ? "aggregates" : "countries"
        let cited = totals(measure, all)
        let where_ = all.count == 1 ? n(all[0]) : t("count.\(noun)", ["count": String(all.count)])
        let title = t(
            "measure.title", ["place": where_, "metric": label(measure).lowercasedFirst, "years": span(years)])
        if all.count > 1, spreads(measure, all, years: years) {
            var chart = smallMultiples(measure, places: all, title: title)
            let censored = chart.panels.contains { $0.series.contains { $0.censored?.contains(true) ?? false } }
            chart.text.subtitle =
                t("measure.spread.\(noun)", ["limit": String(Int(Self.magnitudeLimit))])
                + (censored ? t("censored.panels") : "")
            return chart
        }
        var shown = all
        var reduced: String?
        if all.count > Self.maximumSeries {
            let ranked = all.sorted { latest($0, measure, years: years) > latest($1, measure, years: years) }
            let kept = Set(ranked.prefix(Self.maximumSeries))
            shown = all.filter(kept.contains)
            reduced = t("measure.top.\(noun)", ["shown": String(Self.maximumSeries), "count": String(all.count)])
        }
        let series = shown.map { place in
            let (values, censored) = values(place, measure, years: years)
            return Series(
                name: n(place), values: values, color: color(place), censored: censored.contains(true) ? censored : nil)
        }
        let annotates = series.count == 1 && years.count == 2 && !(series[0].censored?.contains(true) ?? false)
        let phrases = Qualifier.allCases.filter { q in q != .exact && cited.contains { $0.qualifier == q } }.map {
            n($0.phrase)
        }
        let qualified =
            phrases.isEmpty ? nil : t("measure.qualified", ["phrases": phrases.joined(separator: ", ")])
        let text = ChartText(
            title: title,
            subtitle: [
                reduced, censoredSubtitle(series), qualified,
                annotates ? t("measure.annotated") : nil,
            ].compactMap { $0 }.first,
            source: sourceNote(cited), yAxisTitle: label(measure))
        if years.count <= 2 {
            return BarChart(
                categories: years.map(String.init), series: series,
                valueFormat: measure.isMoney ? .number(decimals: 0) : .count, annotatesChange: annotates, text: text)
        }
        return LineChart(x: .categories(years.map(String.init)), series: series, text: text)
    }

    /// True when the places' peaks of `measure` differ more than ``magnitudeLimit``-fold.
    func spreads(_ measure: Measure, _ places: [String], years: [Int]) -> Bool {
        let peaks = places.compactMap { values($0, measure, years: years).values.filter(\.isFinite).max() }
            .filter { $0 > 0 }
        guard let lo = peaks.min(), let hi = peaks.max() else { return false }
        return hi / lo > Self.magnitudeLimit
    }

    /// The latest change of each measure of `country` (the first country, else the first
    /// aggregate, when nil), or of `only` that measure, for the pair of years that most
    /// measures share; measures whose latest change is another pair are in the summary.
    ///
    /// - Throws: when no measure has a defined change.
    func yearOverYear(country named: String? = nil, only: Measure? = nil) throws(ChartSetError) -> BarChart {
        guard let country = named ?? dataset.countries.first ?? dataset.aggregates.first else {
            throw ChartSetError("the data have no figures")
        }
        var latest: [(measure: Measure, change: YearOverYearChange, percent: Double)] = []
        for measure in index.measures where only == nil || measure == only {
            guard let series = try? index.series(country, measure),
                let change = series.yearOverYearChanges().last(where: { $0.percent.value != nil }),
                let percent = change.percent.value
            else { continue }
            latest.append((measure, change, percent))
        }
        guard let pair = commonestPair(latest.map { ($0.change.fromYear, $0.change.toYear) }) else {
            throw ChartSetError("no metric has two consecutive years with a defined change")
        }
        let shown = latest.filter { ($0.change.fromYear, $0.change.toYear) == pair }
            .sorted { abs($0.percent) > abs($1.percent) }.prefix(Self.maximumChangeBars)
        let kept = latest.filter { row in shown.contains { $0.measure == row.measure } }
        let omitted = latest.count - kept.count
        return BarChart(
            categories: kept.map { label($0.measure) }, series: [Series(name: n(country), values: kept.map(\.percent))],
            orientation: .horizontal, valueFormat: .signedPercent(decimals: 0),
            text: ChartText(
                title: t("yearOverYear.title", ["country": country, "from": String(pair.0), "to": String(pair.1)]),
                subtitle: t("yearOverYear.subtitle")
                    + (omitted > 0 ? t("yearOverYear.omitted", ["count": String(omitted)]) : ""),
                source: sourceNote(kept.flatMap { index.totals(country, $0.measure) }),
                xAxisTitle: t("change.axis", ["from": String(pair.0), "to": String(pair.1)])))
    }

    /// The change of `measure` in each country between the pair of consecutive years that the
    /// most countries have (the latest such pair on a tie), largest first, at most
    /// ``maximumChangeBars`` bars.
    func changes(of measure: Measure) throws(ChartSetError) -> BarChart {
        var rows: [(country: String, change: YearOverYearChange)] = []
        for country in placesWith(measure, aggregates: false) {
            guard let series = try? index.series(country, measure) else { continue }
            rows += series.yearOverYearChanges().filter { $0.percent.value != nil }.map { (country, $0) }
        }
        guard let pair = commonestPair(rows.map { ($0.change.fromYear, $0.change.toYear) }) else {
            throw ChartSetError("no country has two consecutive years of \(measure) with a defined change")
        }
        let atPair = rows.filter { ($0.change.fromYear, $0.change.toYear) == pair }
            .sorted { ($0.change.percent.value ?? 0) > ($1.change.percent.value ?? 0) }
        guard atPair.count > 1 else {
            throw ChartSetError("fewer than two countries have a defined change of \(measure)")
        }
        let largest = atPair.sorted { abs($0.change.percent.value ?? 0) > abs($1.change.percent.value ?? 0) }
            .prefix(Self.maximumChangeBars)
        let shown = Array(largest).sorted { ($0.change.percent.value ?? 0) > ($1.change.percent.value ?? 0) }
        let total = placesWith(measure, aggregates: false).count
        var subtitle = t("changes.subtitle")
        if shown.count < atPair.count {
            subtitle += t("changes.largest", ["shown": String(shown.count), "count": String(atPair.count)])
        }
        if atPair.count < total {
            subtitle += t("changes.withoutYears", ["count": String(total - atPair.count)])
        }
        return BarChart(
            categories: shown.map { n($0.country) },
            series: [Series(name: label(measure), values: shown.map { $0.change.percent.value ?? .nan })],
            orientation: .horizontal, valueFormat: .signedPercent(decimals: 0),
            text: ChartText(
                title: t("changes.title", ["metric": label(measure), "from": String(pair.0), "to": String(pair.1)]),
                subtitle: subtitle,
                source: sourceNote(
                    totals(measure, shown.map(\.country)).filter { [pair.0, pair.1].contains($0.year) }),
                xAxisTitle: t("change.axis", ["from": String(pair.0), "to": String(pair.1)])))
    }

    /// The pair of years that occurs most often, the latest on a tie.
    func commonestPair(_ pairs: [(Int, Int)]) -> (Int, Int)? {
        var counts: [Int: Int] = [:]
        for pair in pairs { counts[pair.1, default: 0] += 1 }
        guard let best = counts.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) else { return nil }
        return pairs.first { $0.1 == best.key }
    }

    /// The countries side by side in the measure's latest year; a country without a value
    /// that year is an "n/a" row, not left out.
    func countries(_ measure: Measure) -> BarChart {
        let latest = years(of: measure).last ?? 0
        let countries = placesWith(measure, aggregates: false)
        let cells = countries.map { values($0, measure, years: [latest]) }
        let order = countries.indices.sorted { a, b in
            let (x, y) = (cells[a].values[0], cells[b].values[0])
            if x.isNaN != y.isNaN { return !x.isNaN }
            return x > y || (x == y && a < b)
        }
        let series = Series(
            name: label(measure), values: order.map { cells[$0].values[0] },
            censored: order.map { cells[$0].censored[0] })
        let cited = totals(measure, countries).filter { $0.year == latest }
        let missing = order.filter { cells[$0].values[0].isNaN }.count
        return BarChart(
            categories: order.map { n(countries[$0]) }, series: [series], orientation: .horizontal,
            text: ChartText(
                title: t("countries.title", ["metric": label(measure), "years": String(latest)]),
                subtitle: censoredSubtitle([series])
                    ?? (missing > 0 ? t("countries.missing", ["year": String(latest)]) : nil),
                source: sourceNote(cited), xAxisTitle: label(measure)))
    }

    func smallMultiples(_ measure: Measure) -> SmallMultiplesChart {
        let all = placesWith(measure, aggregates: false)
        return smallMultiples(
            measure, places: all,
            title: t("countries.title", ["metric": label(measure), "years": span(years(of: measure))]))
    }

    func smallMultiples(_ measure: Measure, places: [String], title: String) -> SmallMultiplesChart {
        let years = years(of: measure)
        let panels = places.map { place in
            let (values, censored) = values(place, measure, years: years)
            return SmallMultiplesChart.Panel(
                title: n(place), categories: years.map(String.init),
                series: [
                    Series(name: label(measure), values: values, censored: censored.contains(true) ? censored : nil)
                ])
        }
        var chart = SmallMultiplesChart(
            panels: panels,
            text: ChartText(
                title: title,
                source: sourceNote(totals(measure, places))))
        chart.text.subtitle =
            chart.usesSharedScale
            ? t("smallMultiples.shared")
            : t("smallMultiples.own", ["limit": String(Int(SmallMultiplesChart.sharedScaleLimit))])
        return chart
    }

    /// The small multiples of `measure`, split into charts of at most
    /// ``SmallMultiplesChart/maximumPanels`` panels ("part 2 of 3"), so a file with many
    /// countries gives several readable charts instead of one that cannot be drawn.
    func smallMultiplesPages(_ measure: Measure) -> [SmallMultiplesChart] {
        let whole = smallMultiples(measure)
        let size = SmallMultiplesChart.maximumPanels
        guard whole.panels.count > size else { return [whole] }
        let count = (whole.panels.count + size - 1) / size
        return (0..<count).map { page in
            var chart = whole
            chart.panels = Array(whole.panels[(page * size)..<min(whole.panels.count, (page + 1) * size)])
            chart.text.title += t("part", ["page": String(page + 1), "count": String(count)])
            chart.text.subtitle =
                chart.usesSharedScale
                ? t("smallMultiples.sharedInPart")
                : t("smallMultiples.own", ["limit": String(Int(SmallMultiplesChart.sharedScaleLimit))])
            return chart
        }
    }
}
