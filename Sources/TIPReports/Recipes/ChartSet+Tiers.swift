import TIPScene
import TIPLayout
import TIPData

/// Tier placements over report editions.
extension ChartSet {
    /// The level index of `tier` in ``/TIPLayout/TierTimelineChart/tierLevels``.
    func level(_ tier: Tier) -> Int { Tier.allCases.firstIndex(of: tier) ?? 0 }

    /// The tier levels, named in the catalogue's language.
    var tierLevels: [TierTimelineChart.Level] {
        TierTimelineChart.tierLevels.map { level in
            var named = level
            named.name = n(level.name)
            return named
        }
    }

    /// The editions from the first to the last placement, so a missing edition shows.
    func editions(_ histories: [TierHistory]) -> [Int] {
        let all = histories.flatMap { $0.placements.map(\.edition) }
        guard let first = all.min(), let last = all.max() else { return [] }
        return Array(first...last)
    }

    /// Where the placements come from: tier rows and profile placements.
    func tierSources(_ countries: [String]) -> String {
        let figures = dataset.figures.filter { $0.value.tier != nil && countries.contains($0.country) }
        let provenances = dataset.profiles.filter { countries.contains($0.country) }
            .flatMap { $0.tierPlacements.filter { $0.tier != nil }.map(\.provenance) }
        return sourceNote(figures, provenances)
    }

    /// Countries as rows, editions as columns, each cell coloured by tier.
    func tierTimeline() throws(ChartSetError) -> TierTimelineChart {
        let pages = try tierTimelinePages()
        guard pages.count == 1, let only = pages.first else {
            throw ChartSetError(
                "\(dataset.tierHistories.count) countries have tier placements, more than one chart holds "
                    + "(\(TierTimelineChart.maximumRows)); filter with --country, or draw the pages tier-timeline-1 "
                    + "to tier-timeline-\(pages.count)")
        }
        return only
    }

    /// The tier grid in charts of at most ``/TIPLayout/TierTimelineChart/maximumRows`` countries
    /// ("part 2 of 3"), on one shared span of editions, so many countries stay readable.
    func tierTimelinePages() throws(ChartSetError) -> [TierTimelineChart] {
        let histories = dataset.tierHistories
        guard !histories.isEmpty else { throw ChartSetError("the data hold no tier placements") }
        let editions = editions(histories)
        let size = TierTimelineChart.maximumRows
        let count = (histories.count + size - 1) / size
        return (0..<count).map { page in
            let part = Array(histories[(page * size)..<min(histories.count, (page + 1) * size)])
            let rows = part.map { history in
                let byEdition = Dictionary(
                    history.placements.map { ($0.edition, $0.tier) }, uniquingKeysWith: { _, later in later })
                return TierTimelineChart.Row(name: n(history.country), cells: editions.map { byEdition[$0].map(level) })
            }
            let changes = part.flatMap(\.changes)
            let ups = changes.count { $0.direction == .upgrade }, downs = changes.count { $0.direction == .downgrade }
            var subtitle = t(
                "tiers.grid.subtitle",
                [
                    "upgrades": t(ups == 1 ? "tiers.upgrade" : "tiers.upgrades", ["count": String(ups)]),
                    "downgrades": t(downs == 1 ? "tiers.downgrade" : "tiers.downgrades", ["count": String(downs)]),
                ])
            if rows.contains(where: { $0.cells.contains(nil) }) {
                subtitle += t("tiers.grid.empty")
            }
            let years = span(editions)
            return TierTimelineChart(
                levels: tierLevels, columns: editions.map(String.init), rows: rows,
                text: ChartText(
                    title: (part.count == 1
                        ? t("tiers.title", ["country": part[0].country, "years": years])
                        : t("tiers.title.all", ["years": years]))
                        + (count > 1 ? t("part", ["page": String(page + 1), "count": String(count)]) : ""),
                    subtitle: subtitle, source: tierSources(part.map(\.country))))
        }
    }

    /// One country's placements as a step line.
    func tierSteps(country: String) throws(ChartSetError) -> TierTimelineChart {
        guard let history = dataset.tierHistories.first(where: { $0.country == country }) else {
            throw ChartSetError("the data hold no tier placements for \(country)")
        }
        let editions = editions([history])
        let byEdition = Dictionary(history.placements.map { ($0.edition, $0.tier) }, uniquingKeysWith: { _, b in b })
        let watch = history.watchListEditions.count
        var subtitle = t("tiers.steps.subtitle")
        if watch > 0 { subtitle += t(watch == 1 ? "tiers.watch" : "tiers.watches", ["count": String(watch)]) }
        if let run = history.longestRun, run.to > run.from {
            subtitle += t(
                "tiers.longest", ["tier": n(run.tier.description), "from": String(run.from), "to": String(run.to)])
        }
        return TierTimelineChart(
            levels: tierLevels, columns: editions.map(String.init),
            rows: [TierTimelineChart.Row(name: n(country), cells: editions.map { byEdition[$0].map(level) })],
            style: .steps,
            text: ChartText(
                title: t("tiers.title", ["country": country, "years": span(editions)]), subtitle: subtitle,
                source: tierSources([country])))
    }
}
