import TIPScene
import TIPStatistics
import TIPLayout
import TIPData

/// The recipe of countries compared on one measure: horizontal bars, largest first.
extension ChartSet {
    /// The countries side by side, largest first: each in the measure's latest year, or,
    /// when some country has no value that year, in its own latest year with a value, shown
    /// beside its name ("Kazakhstan (2020)"), so that a country that reports a year later
    /// is compared, not drawn as "n/a". A country with no value in any year is an "n/a" row.
    /// With ``top``, only the largest `top` are drawn, and the subtitle says of how many.
    /// With ``periods``, the countries are compared over the first (``periodCountries(_:over:)``).
    ///
    /// - Complexity: O(c · y + c log c) for c countries and y years.
    func countries(_ measure: Measure) -> Plot {
        if let period = periods.first { return periodCountries(measure, over: period) }
        let labels = periodsByYear(measure)
        let years = years(of: measure)
        let latest = years.last ?? 0
        let countries = placesWith(measure, aggregates: false)
        let picked = latestValues(measure, of: countries)
        let shownYears = picked.compactMap(\.year)
        let mixed = Set(shownYears).count > 1 || shownYears.contains { $0 != latest }
        var order = countries.indices.sorted { a, b in
            let (x, y) = (picked[a].value, picked[b].value)
            if x.isNaN != y.isNaN { return !x.isNaN }
            return x > y || (x == y && a < b)
        }
        let reported = order.filter { !picked[$0].value.isNaN }.count
        let cut = countryLimit < order.count
        if cut { order = Array(order.prefix(countryLimit)) }
        let bars = order.map { i in
            let (year, value, censored) = picked[i]
            let name = n(countries[i]) + (mixed ? year.map { " (\(yearLabel($0, labels)))" } ?? "" : "")
            return RecipeBar(
                category: name, value: censored ? .censored(value) : value.fieldValue,
                label: value.isNaN ? t("value.missing") : nil)
        }
        let cited = order.compactMap { i -> Figure? in
            guard let year = picked[i].year else { return nil }
            return index.totals(countries[i], measure).first { $0.year == year }
        }
        let missing = order.filter { picked[$0].value.isNaN }.count
        let anyCensored = order.contains { picked[$0].censored }
        let span = span(Array(Set(shownYears)).sorted(), labels)
        var notes: [String] = []
        if cut {
            notes.append(t("countries.top", ["count": String(bars.count), "of": String(reported)]))
        }
        if anyCensored {
            notes.append(t("censored.subtitle"))
        } else if missing > 0 {
            notes.append(t("countries.missingAny"))
        }
        if mixed { notes.append(t("countries.latestEach")) }
        return .horizontalBars(
            bars, categoryTitle: t("summary.country"), valueTitle: label(measure), format: .count,
            text: ChartText(
                title: mixed
                    ? t("countries.title.latest", ["metric": label(measure), "years": span])
                    : t("countries.title", ["metric": label(measure), "years": yearLabel(latest, labels)]),
                subtitle: notes.isEmpty ? nil : notes.joined(separator: "; ").capitalizedFirst,
                source: sourceNote(cited), xAxisTitle: label(measure)))
    }

    /// Each of `countries`' latest year with a value of `measure` (exact or censored), with
    /// that value; a nil year and NaN for a country with none.
    ///
    /// - Complexity: O(c · y) for c countries and y years.
    func latestValues(_ measure: Measure, of countries: [String]) -> [(year: Int?, value: Double, censored: Bool)] {
        let years = years(of: measure)
        return countries.map { country in
            let cells = values(country, measure, years: years)
            guard let i = cells.values.lastIndex(where: { !$0.isNaN }) else { return (nil, .nan, false) }
            return (years[i], cells.values[i], cells.censored[i])
        }
    }
}
