import TIPScene
import TIPStatistics
import TIPLayout
import TIPData

/// The recipe of countries compared on one measure: horizontal bars, largest first.
extension ChartSet {
    /// The countries side by side in the measure's latest year; a country without a value
    /// that year is an "n/a" row, not left out.
    func countries(_ measure: Measure) -> Plot {
        let latest = years(of: measure).last ?? 0
        let countries = placesWith(measure, aggregates: false)
        let cells = countries.map { values($0, measure, years: [latest]) }
        let order = countries.indices.sorted { a, b in
            let (x, y) = (cells[a].values[0], cells[b].values[0])
            if x.isNaN != y.isNaN { return !x.isNaN }
            return x > y || (x == y && a < b)
        }
        let bars = order.map { i in
            let (value, censored) = (cells[i].values[0], cells[i].censored[0])
            return RecipeBar(
                category: n(countries[i]), value: censored ? .censored(value) : value.fieldValue,
                label: value.isNaN ? t("value.missing") : nil)
        }
        let cited = totals(measure, countries).filter { $0.year == latest }
        let missing = order.filter { cells[$0].values[0].isNaN }.count
        let anyCensored = order.contains { cells[$0].censored[0] }
        return .horizontalBars(
            bars, categoryTitle: t("summary.country"), valueTitle: label(measure), format: .count,
            text: ChartText(
                title: t("countries.title", ["metric": label(measure), "years": String(latest)]),
                subtitle: anyCensored
                    ? t("censored.subtitle") : (missing > 0 ? t("countries.missing", ["year": String(latest)]) : nil),
                source: sourceNote(cited), xAxisTitle: label(measure)))
    }
}
