import TIPScene
import TIPStatistics
import TIPLayout
import TIPData

/// Recipes of percent changes between consecutive years: horizontal bars, signed.
extension ChartSet {
    /// The latest change of each measure of `country` (the first country, else the first
    /// aggregate, when nil), or of `only` that measure, for the pair of years that most
    /// measures share; measures whose latest change is another pair are in the summary.
    ///
    /// - Throws: when no measure has a defined change.
    func yearOverYear(country named: String? = nil, only: Measure? = nil) throws(ChartSetError) -> Plot {
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
        return .horizontalBars(
            kept.map { RecipeBar(category: label($0.measure), value: .number($0.percent)) },
            categoryTitle: t("summary.measure"), valueTitle: n(country), format: .signedPercent(decimals: 0),
            text: ChartText(
                title: t("yearOverYear.title", ["country": country, "from": String(pair.0), "to": String(pair.1)]),
                subtitle: t("yearOverYear.subtitle")
                    + (omitted > 0 ? t("yearOverYear.omitted", ["count": String(omitted)]) : ""),
                source: sourceNote(kept.flatMap { index.totals(country, $0.measure) }),
                xAxisTitle: t("change.axis", ["from": String(pair.0), "to": String(pair.1)])))
    }

    /// The change of `measure` in each country between the pair of consecutive years that the
    /// most countries have (the latest such pair on a tie), largest first, at most
    /// ``maximumChangeBars`` bars; with two ``periods``, the change from the first to the
    /// second (``periodChanges(of:from:to:)``).
    func changes(of measure: Measure) throws(ChartSetError) -> Plot {
        if periods.count >= 2 { return try periodChanges(of: measure, from: periods[0], to: periods[1]) }
        var rows: [(country: String, change: YearOverYearChange)] = []
        // Data of periods change from one period to the next.
        let labels = periodsByYear(measure)
        for country in placesWith(measure, aggregates: false) {
            guard let series = try? index.series(country, measure) else { continue }
            let changes =
                labels.isEmpty
                ? series.yearOverYearChanges()
                : SummaryReport.periodChanges(index.totals(country, measure), series: series).map(\.change)
            rows += changes.filter { $0.percent.value != nil }.map { (country, $0) }
        }
        guard let pair = commonestPair(rows.map { ($0.change.fromYear, $0.change.toYear) }) else {
            throw ChartSetError("no country has two consecutive years of \(measure) with a defined change")
        }
        let atPair = rows.filter { ($0.change.fromYear, $0.change.toYear) == pair }
            .map { (country: $0.country, percent: $0.change.percent.value ?? .nan) }
        let period = { (year: Int) in labels[year] ?? YearRange(year: year) }
        return try changeBars(
            measure, atPair, from: period(pair.0), to: period(pair.1),
            subtitle: t("changes.subtitle"), withoutKey: "changes.withoutYears")
    }

    /// Signed percent bars of each country's change from `from` to `to`, largest first, at
    /// most ``maximumChangeBars``, with how many changes are left out and how many countries
    /// lack one.
    func changeBars(
        _ measure: Measure, _ changes: [(country: String, percent: Double)], from: YearRange, to: YearRange,
        subtitle base: String, withoutKey: String
    ) throws(ChartSetError) -> Plot {
        guard changes.count > 1 else {
            throw ChartSetError("fewer than two countries have a defined change of \(measure) from \(from) to \(to)")
        }
        let largest = changes.sorted { abs($0.percent) > abs($1.percent) }.prefix(Self.maximumChangeBars)
        let shown = Array(largest).sorted { $0.percent > $1.percent }
        let total = placesWith(measure, aggregates: false).count
        var subtitle = base
        if shown.count < changes.count {
            subtitle += t("changes.largest", ["shown": String(shown.count), "count": String(changes.count)])
        }
        if changes.count < total { subtitle += t(withoutKey, ["count": String(total - changes.count)]) }
        let (a, b) = (from.description, to.description)
        return .horizontalBars(
            shown.map { RecipeBar(category: n($0.country), value: $0.percent.fieldValue) },
            categoryTitle: t("summary.country"), valueTitle: label(measure), format: .signedPercent(decimals: 0),
            text: ChartText(
                title: t("changes.title", ["metric": label(measure), "from": a, "to": b]),
                subtitle: subtitle,
                source: sourceNote(
                    totals(measure, shown.map(\.country)).filter { from.contains($0.year) || to.contains($0.year) }),
                xAxisTitle: t("change.axis", ["from": a, "to": b])))
    }

}
