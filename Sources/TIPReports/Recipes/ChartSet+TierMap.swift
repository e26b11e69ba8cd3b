import TIPData
import TIPGeo
import TIPLayout
import TIPScene

/// Tier placements of one report edition on a world map.
extension ChartSet {
    /// The placements of `edition` (the latest edition when nil) as a tier choropleth: a
    /// country in its tier's colour (the tier grid's ramp, the Watch List distinct), the
    /// legend in tier order, countries without a placement grey. A country's name goes to
    /// its ISO 3166-1 alpha-3 code through the country table (aliases such as Burma and
    /// Türkiye included); a name the atlas does not hold is listed under the map. A dozen
    /// countries or fewer get a regional map fitted to them.
    ///
    /// - Throws: ``ChartSetError`` when the data hold no placements, or none in `edition`.
    /// - Complexity: O(countries + points of the atlas).
    func tierMap(edition: Int? = nil) throws(ChartSetError) -> Plot {
        let histories = dataset.tierHistories
        let editions = Set(histories.flatMap { $0.placements.map(\.edition) }).sorted()
        guard let latest = editions.last else { throw ChartSetError("the data hold no tier placements") }
        let chosen = edition ?? latest
        var rows: [[String: FieldValue]] = []
        var used = Set<Tier>()
        for history in histories {
            guard let placement = history.placements.last(where: { $0.edition == chosen }) else { continue }
            used.insert(placement.tier)
            rows.append([
                "code": .text(mapKey(history.country)), "country": .text(n(history.country)),
                "tier": .text(n(placement.tier.description)),
            ])
        }
        guard !rows.isEmpty else {
            throw ChartSetError(
                "no country has a tier placement in the \(chosen) edition; the data have "
                    + editions.map(String.init).joined(separator: ", "))
        }
        let levels = Tier.allCases.filter(used.contains)
        var color = ChannelEncoding.field("tier", type: .ordinal, title: t("summary.tier"))
        color.sort = .explicit(levels.map { n($0.description) })
        color.scale = ScaleOptions(range: levels.map(Self.tierColor))
        return mapPlot(
            rows, value: "tier", color: color,
            text: ChartText(
                title: t("tiers.map.title", ["edition": String(chosen)]),
                subtitle: t("tiers.map.subtitle", ["count": String(rows.count)]),
                source: tierSources(histories.map(\.country), edition: chosen)),
            noDataLabel: n("No placement given"))
    }
}
