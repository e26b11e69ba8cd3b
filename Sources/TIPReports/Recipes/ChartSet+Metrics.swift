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
            "measure.title",
            ["place": where_, "metric": label(measure).lowercasedFirst, "years": span(years, periodsByYear(measure))])
        var shown = all
        var reduced: String?
        if all.count > Self.maximumSeries {
            let ranked = all.sorted { latest($0, measure, years: years) > latest($1, measure, years: years) }
            let kept = Set(ranked.prefix(Self.maximumSeries))
            shown = all.filter(kept.contains)
            reduced = t("measure.top.\(noun)", ["shown": String(Self.maximumSeries), "count": String(all.count)])
        }
        // Places far apart in magnitude get a panel each; beyond the panels one chart holds,
        // the largest are drawn (the small multiples, page by page, show every one).
        let paneled = all.count > Self.maximumPanels ? shown : all
        if paneled.count > 1, spreads(measure, paneled, years: years) {
            var chart = smallMultiples(measure, places: paneled, title: title)
            let censored = paneled.contains { values($0, measure, years: years).censored.contains(true) }
            chart.text.subtitle =
                (paneled.count < all.count ? reduced.map { $0 + ". " } ?? "" : "")
                + t("measure.spread.\(noun)", ["limit": String(Int(Self.magnitudeLimit))])
                + (censored ? t("censored.panels") : "")
            return chart
        }
        let series = shown.map { place in
            let (values, censored) = values(place, measure, years: years)
            return RecipeSeries(name: n(place), values: zip(values, censored).map(fieldValue), color: color(place))
        }
        let annotates = series.count == 1 && years.count == 2 && !series[0].values.contains(where: \.isCensored)
        let phrases = Qualifier.allCases.filter { q in q != .exact && cited.contains { $0.qualifier == q } }.map {
            n($0.phrase)
        }
        let qualified =
            phrases.isEmpty ? nil : t("measure.qualified", ["phrases": phrases.joined(separator: ", ")])
        let text = ChartText(
            title: title,
            subtitle: [
                reduced, series.contains { $0.values.contains(where: \.isCensored) } ? t("censored.subtitle") : nil,
                qualified,
                annotates ? t("measure.annotated") : nil,
            ].compactMap { $0 }.first,
            source: sourceNote(cited), yAxisTitle: label(measure))
        let format: ValueFormat = measure.isMoney ? .number(decimals: 0) : .count
        let placeTitle = t("summary.country")
        if years.count <= 2 {
            let bars = Plot.groupedBars(
                categories: years.map { yearLabel($0, periodsByYear(measure)) }, series: series,
                categoryTitle: t("summary.year"),
                valueTitle: label(measure), seriesTitle: placeTitle, format: format, text: text)
            guard annotates, let from = series[0].values[0].number, let to = series[0].values[1].number else {
                return bars
            }
            let change =
                from == 0
                ? "n/a (zero base)"
                : ValueFormat.signedPercent(decimals: 0).string(100 * (to - from) / from, locale: numberLocale)
            return bars.annotation(.bracket(from: .text(String(years[0])), to: .text(String(years[1])), text: change))
        }
        return Plot.yearLines(
            years: years, series: series, yearTitle: t("summary.year"), valueTitle: label(measure),
            seriesTitle: placeTitle, format: format, text: text, periods: periodsByYear(measure))
    }

    /// True when the places' peaks of `measure` differ more than ``magnitudeLimit``-fold.
    func spreads(_ measure: Measure, _ places: [String], years: [Int]) -> Bool {
        let peaks = places.compactMap { values($0, measure, years: years).values.filter(\.isFinite).max() }
            .filter { $0 > 0 }
        guard let lo = peaks.min(), let hi = peaks.max() else { return false }
        return hi / lo > Self.magnitudeLimit
    }

    /// The pair of years that occurs most often, the latest on a tie.
    func commonestPair(_ pairs: [(Int, Int)]) -> (Int, Int)? {
        var counts: [Int: Int] = [:]
        for pair in pairs { counts[pair.1, default: 0] += 1 }
        guard let best = counts.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) else { return nil }
        return pairs.first { $0.1 == best.key }
    }
}
