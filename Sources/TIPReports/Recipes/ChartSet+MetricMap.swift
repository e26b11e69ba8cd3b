import TIPData
import TIPGeo
import TIPLayout
import TIPScene
import TIPStatistics

/// One measure per country on a world map.
extension ChartSet {
    /// A colour scale spans this many times from its smallest to its largest value before
    /// it turns logarithmic: beyond it a linear ramp paints all but the largest countries alike.
    static let mapLogRatio = 100.0

    /// Each country's latest value of `measure` (as the chart of countries takes it) as a
    /// sequential choropleth: viridis from the smallest to the largest value, on a log scale
    /// when they are more than ``mapLogRatio`` times apart and all above zero; countries
    /// without a value grey. A value reported only as a bound ("<5") is coloured at its
    /// bound and hatched, and the subtitle says so. Names go to ISO alpha-3 codes through the country
    /// table; a name the atlas lacks is listed under the map. A dozen countries or fewer get
    /// a map fitted to them.
    ///
    /// - Throws: ``ChartSetError`` when no country has a value of `measure`.
    /// - Complexity: O(c · y + points of the atlas) for c countries and y years.
    func metricMap(_ measure: Measure) throws(ChartSetError) -> Plot {
        let labels = periodsByYear(measure)
        let countries = placesWith(measure, aggregates: false)
        let picked = latestValues(measure, of: countries)
        var rows: [[String: FieldValue]] = []
        var cited: [Figure] = []
        for (country, pick) in zip(countries, picked) {
            guard let year = pick.year else { continue }
            rows.append([
                "code": .text(mapKey(country)), "country": .text(n(country)),
                "value": pick.censored ? .censored(pick.value) : .number(pick.value),
            ])
            if let figure = index.totals(country, measure).first(where: { $0.year == year }) { cited.append(figure) }
        }
        guard !rows.isEmpty else { throw ChartSetError("no country has a value of \(label(measure))") }
        let values = picked.map(\.value).filter(\.isFinite)
        let lo = values.min() ?? 0, hi = values.max() ?? 0
        let log = lo > 0 && hi / lo > Self.mapLogRatio
        var color = ChannelEncoding.field("value", type: .quantitative, title: label(measure))
        if log { color.scale = ScaleOptions(type: .log) }
        let shownYears = Array(Set(picked.compactMap(\.year))).sorted()
        let span = span(shownYears, labels)
        var notes: [String] = []
        if shownYears.count > 1 { notes.append(t("map.latestEach")) }
        if picked.contains(where: \.censored) { notes.append(t("map.censored")) }
        if log { notes.append(t("map.log")) }
        return mapPlot(
            rows, value: "value", color: color,
            text: ChartText(
                title: shownYears.count > 1
                    ? t("countries.title.latest", ["metric": label(measure), "years": span])
                    : t("countries.title", ["metric": label(measure), "years": span]),
                subtitle: notes.isEmpty ? nil : notes.joined(separator: "; ").capitalizedFirst,
                source: sourceNote(cited)),
            noDataLabel: t("map.noData"))
    }
}
