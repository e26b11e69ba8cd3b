import TIPStatistics
import TIPLayout
import TIPData

/// The recipe of one breakdown compared across countries: 100 % stacked bars, a bar per
/// country, for data with too many countries for a chart of each.
extension ChartSet {
    /// The most countries one breakdown-across-countries chart draws.
    static let maximumAcrossCountries = 15

    /// The parts of `measure` along `dimension` as shares of each country's reported total,
    /// one 100 % stacked bar per country: the ``top`` (else ``maximumAcrossCountries``)
    /// countries with the largest totals, each in its latest year with a breakdown, the year
    /// beside its name when they differ. A shortfall of the parts against the reported total
    /// is a "Not broken down" segment, as in ``shares(_:dimension:country:)``; a country whose
    /// parts are censored, qualified or add up to more than its total is left out and counted
    /// in the subtitle.
    ///
    /// - Throws: when fewer than two countries have exact parts.
    /// - Complexity: O(c · p log p) for c countries of p parts.
    func breakdownAcrossCountries(_ measure: Measure, dimension: String) throws(ChartSetError) -> Plot {
        var candidates: [(country: String, year: Int, total: Double, parts: [(String, Double)])] = []
        var left = 0
        for country in placesWith(measure, aggregates: false) where dimensions(country, measure).contains(dimension) {
            let (year, figures) = parts(country, measure, dimension)
            let exact = figures.compactMap { f -> (String, Double)? in
                guard (f.qualifier ?? .exact) == .exact, let v = f.value.exactValue, v >= 0 else { return nil }
                return (f.breakdown.value(of: dimension) ?? "", v)
            }
            let sum = exact.reduce(0) { $0 + $1.1 }
            let reported = index.totals(country, measure).first { $0.year == year }?.value.exactValue
            let total = reported ?? sum
            guard let year, figures.count > 1, exact.count == figures.count, total > 0, total.isFinite,
                let rest = Shares.remainder(ofTotal: total, afterParts: sum)
            else {
                left += 1
                continue
            }
            candidates.append((country, year, total, exact + (rest > 0 ? [(t("shares.unallocated"), rest)] : [])))
        }
        guard candidates.count > 1 else {
            throw ChartSetError("fewer than two countries have exact parts of '\(measure)' by \(dimension)")
        }
        let limit = top ?? Self.maximumAcrossCountries
        let shown = Array(
            candidates.enumerated().sorted { ($0.element.total, -$0.offset) > ($1.element.total, -$1.offset) }
                .prefix(limit).map(\.element))
        // Categories by their share over the countries shown, then in natural or given order.
        var weight: [String: Double] = [:]
        for c in shown { for (name, v) in c.parts { weight[name, default: 0] += v / c.total } }
        let unallocated = t("shares.unallocated")
        let bySize = weight.keys.filter { $0 != unallocated }.sorted { (weight[$0] ?? 0, $1) > (weight[$1] ?? 0, $0) }
        let categories =
            (categoryOrder[dimension].map { CategoryOrder.ordered(bySize, explicit: $0) }
                ?? CategoryOrder.natural(bySize) ?? bySize)
            + (weight[unallocated] == nil ? [] : [unallocated])
        guard categories.count <= Self.maximumSeries else {
            throw ChartSetError(
                "'\(measure)' by \(dimension) has \(categories.count) categories; a stacked bar holds at most "
                    + "\(Self.maximumSeries)")
        }
        let mixed = Set(shown.map(\.year)).count > 1
        let names = shown.map { n($0.country) + (mixed ? " (\($0.year))" : "") }
        var rows: [[String: FieldValue]] = []
        for (name, c) in zip(names, shown) {
            for category in categories {
                let value = c.parts.first { $0.0 == category }?.1 ?? 0
                rows.append([
                    "country": .text(name), "part": .text(n(category.capitalizedFirst)), "value": .number(value),
                ])
            }
        }
        var x = ChannelEncoding.field("value", type: .quantitative, title: t("across.axis"))
        x.stack = .stacked(.normalize)
        x.format = .percent(decimals: 0)
        var y = ChannelEncoding.field("country", type: .nominal, title: t("summary.country"))
        y.sort = .explicit(names)
        var color = ChannelEncoding.field(
            "part", type: .nominal, title: n(measure.metric.partsName(along: dimension).capitalizedFirst))
        color.sort = .explicit(categories.map { n($0.capitalizedFirst) })
        var notes = [t("across.subtitle" + (mixed ? ".latestEach" : ""))]
        if candidates.count > shown.count {
            notes.append(t("countries.top", ["count": String(shown.count), "of": String(candidates.count)]))
        }
        if left > 0 { notes.append(t("across.left", ["count": String(left)])) }
        let cited = shown.flatMap { c in
            index.parts(c.country, measure).filter { $0.year == c.year && $0.breakdown.dimensions == [dimension] }
                + index.totals(c.country, measure).filter { $0.year == c.year }
        }
        return Plot(
            data: DataTable(rows: rows, order: ["country", "part", "value"]),
            layers: [Layer(mark: MarkDefinition(.bar), encoding: [.x: x, .y: y, .color: color])],
            text: ChartText(
                title: t(
                    "across.title",
                    [
                        "metric": label(measure), "dimension": n(measure.metric.partsName(along: dimension)),
                        "years": span(Array(Set(shown.map(\.year))).sorted()),
                    ]),
                subtitle: notes.joined(separator: "; ").capitalizedFirst, source: sourceNote(cited),
                xAxisTitle: t("across.axis"), yAxisTitle: ""))
    }
}
