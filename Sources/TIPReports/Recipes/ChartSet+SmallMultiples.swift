import TIPScene
import TIPStatistics
import TIPLayout
import TIPData

/// Small multiples: one panel per country for one measure, as a faceted grammar plot.
extension ChartSet {
    /// Panels whose largest values differ by more than this factor get their own scales.
    static let sharedScaleLimit = 10.0
    /// The most panels one chart holds (the grammar's limit); more are split into parts.
    static var maximumPanels: Int { Plot.maximumPanels }

    /// Every country's `measure` in its own panel, titled for the set.
    func smallMultiples(_ measure: Measure) -> Plot {
        let all = placesWith(measure, aggregates: false)
        return smallMultiples(
            measure, places: all,
            title: t(
                "countries.title",
                ["metric": label(measure), "years": span(years(of: measure), periodsByYear(measure))])
        )
    }

    /// A line with dots per place over every year of `measure`, one panel per place in
    /// the given order, wrapped near square. The panels share one scale unless their
    /// largest values differ more than ``sharedScaleLimit``-fold; a missing year is a gap,
    /// a censored value a hollow dot labelled "<5".
    ///
    /// - Complexity: O(places × years).
    func smallMultiples(_ measure: Measure, places: [String], title: String) -> Plot {
        let years = years(of: measure)
        // Periods ("2015–2019") are ordered categories; years are a time axis.
        let labels = periodsByYear(measure)
        let names = years.map { yearLabel($0, labels) }
        var rows: [[String: FieldValue]] = []
        var peaks: [Double] = []
        for place in places {
            let (values, censored) = values(place, measure, years: years)
            for (i, year) in years.enumerated() {
                rows.append([
                    "year": labels.isEmpty ? .number(Double(year)) : .text(names[i]), "place": .text(n(place)),
                    "value": fieldValue(values[i], censored: censored[i]),
                ])
            }
            if let peak = values.filter(\.isFinite).map(abs).max(), peak > 0 { peaks.append(peak) }
        }
        let shared = peaks.max().map { hi in hi / (peaks.min() ?? hi) <= Self.sharedScaleLimit } ?? true
        var x = ChannelEncoding.field("year", type: labels.isEmpty ? .temporal : .ordinal, title: t("summary.year"))
        x.sort = .explicit(names)
        var y = ChannelEncoding.field("value", type: .quantitative, title: label(measure))
        y.format = measure.isMoney ? .number(decimals: 0) : .count
        var facet = ChannelEncoding.field("place", type: .nominal, title: t("summary.country"))
        facet.sort = .explicit(places.map(n))
        var plot = Plot(
            data: DataTable(rows: rows, order: ["year", "place", "value"]),
            layers: [Layer(mark: MarkDefinition(.line, point: true), encoding: [.x: x, .y: y, .facet: facet])],
            text: ChartText(
                title: title,
                subtitle: shared
                    ? t("smallMultiples.shared")
                    : t("smallMultiples.own", ["limit": String(Int(Self.sharedScaleLimit))]),
                source: sourceNote(totals(measure, places))))
        plot.facet = Facet(columns: nil, independentY: !shared)
        return plot
    }

    /// The small multiples of `measure`, split into charts of at most ``maximumPanels``
    /// panels ("part 2 of 3"), so a file with many countries gives several readable charts
    /// instead of one that cannot be drawn. Each part decides its own scale sharing.
    func smallMultiplesPages(_ measure: Measure) -> [Plot] {
        let all = placesWith(measure, aggregates: false)
        let title = t(
            "countries.title", ["metric": label(measure), "years": span(years(of: measure), periodsByYear(measure))])
        guard all.count > Self.maximumPanels else { return [smallMultiples(measure, places: all, title: title)] }
        let count = (all.count + Self.maximumPanels - 1) / Self.maximumPanels
        return (0..<count).map { page in
            let places = Array(all[(page * Self.maximumPanels)..<min(all.count, (page + 1) * Self.maximumPanels)])
            var chart = smallMultiples(
                measure, places: places, title: title + t("part", ["page": String(page + 1), "count": String(count)]))
            if chart.facet?.independentY == false { chart.text.subtitle = t("smallMultiples.sharedInPart") }
            return chart
        }
    }
}
