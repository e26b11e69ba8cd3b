import TIPStatistics
import TIPLayout
import TIPData

/// Recipes over periods (``ChartSet/periods``): countries compared on a period's sum or
/// mean, and each country's change from one period to another.
extension ChartSet {
    /// The countries side by side on their ``periodStatistic`` of `measure` over `period`,
    /// largest first (the ``top`` largest when set); a country without a value for the period
    /// (a sum lacking a year, a mean with none) is left out and counted in the subtitle.
    ///
    /// - Complexity: O(c · (p log n) + c log c) for c countries, a period of p years and
    ///   series of n points.
    func periodCountries(_ measure: Measure, over period: YearRange) -> Plot {
        let countries = placesWith(measure, aggregates: false)
        var valued: [(country: String, value: Double)] = []
        for country in countries {
            guard let series = try? index.series(country, measure),
                let value = PeriodValue(series, over: period, periodStatistic).value.value
            else { continue }
            valued.append((country, value))
        }
        // Largest first; equal values keep the data's order (the sort is stable).
        var shown = valued.enumerated().sorted { a, b in
            a.element.value > b.element.value || (a.element.value == b.element.value && a.offset < b.offset)
        }.map(\.element)
        var notes: [String] = []
        if countryLimit < shown.count {
            notes.append(t("countries.top", ["count": String(countryLimit), "of": String(shown.count)]))
            shown = Array(shown.prefix(countryLimit))
        }
        if valued.count < countries.count {
            notes.append(t("countries.periodIncomplete", ["count": String(countries.count - valued.count)]))
        }
        let statistic = t("period." + periodStatistic.rawValue)
        return .horizontalBars(
            shown.map { RecipeBar(category: n($0.country), value: $0.value.fieldValue) },
            categoryTitle: t("summary.country"), valueTitle: label(measure),
            format: periodStatistic == .sum ? .count : .number(decimals: 1),
            text: ChartText(
                title: t(
                    "countries.title.period",
                    ["metric": label(measure), "period": period.description, "statistic": statistic]),
                subtitle: notes.isEmpty ? nil : notes.joined(separator: "; ").capitalizedFirst,
                source: sourceNote(totals(measure, shown.map(\.country)).filter { period.contains($0.year) }),
                xAxisTitle: label(measure) + " (" + statistic + ")"))
    }

    /// Each country's percent change of `measure` from `from` to `to` (two years or two
    /// periods), on their ``periodStatistic``; countries without both values are counted in
    /// the subtitle.
    ///
    /// - Throws: when fewer than two countries have a defined change.
    func periodChanges(of measure: Measure, from: YearRange, to: YearRange) throws(ChartSetError) -> Plot {
        var rows: [(country: String, percent: Double)] = []
        for country in placesWith(measure, aggregates: false) {
            guard let series = try? index.series(country, measure),
                let percent = PeriodChange(series, from: from, to: to, periodStatistic).percent.value
            else { continue }
            rows.append((country, percent))
        }
        let single = from.count == 1 && to.count == 1
        return try changeBars(
            measure, rows, from: from, to: to,
            subtitle: single ? t("changes.subtitle") : t("changes.subtitle." + periodStatistic.rawValue),
            withoutKey: single ? "changes.withoutYears" : "changes.withoutPeriods")
    }
}
