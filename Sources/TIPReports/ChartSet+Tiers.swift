import TIPScene
import TIPLayout
import TIPData

/// Tier placements over report editions.
extension ChartSet {
    /// The level index of `tier` in ``TIPLayout/TierTimelineChart/tierLevels``.
    func level(_ tier: Tier) -> Int { Tier.allCases.firstIndex(of: tier) ?? 0 }

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

    /// The tier grid in charts of at most ``TIPLayout/TierTimelineChart/maximumRows`` countries
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
                return TierTimelineChart.Row(name: history.country, cells: editions.map { byEdition[$0].map(level) })
            }
            let changes = part.flatMap(\.changes)
            let ups = changes.count { $0.direction == .upgrade }, downs = changes.count { $0.direction == .downgrade }
            var subtitle =
                "Tier placement in each TIP Report edition; \(ups) upgrade\(ups == 1 ? "" : "s") and "
                + "\(downs) downgrade\(downs == 1 ? "" : "s")"
            if rows.contains(where: { $0.cells.contains(nil) }) {
                subtitle += "; an empty cell is an edition for which the data give no placement"
            }
            return TierTimelineChart(
                columns: editions.map(String.init), rows: rows,
                text: ChartText(
                    title: (part.count == 1 ? "\(part[0].country): " : "")
                        + "TIP Report tier placements, \(span(editions))"
                        + (count > 1 ? " (part \(page + 1) of \(count))" : ""),
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
        var subtitle = "Higher is better; a gap is an edition for which the data give no placement"
        if watch > 0 { subtitle += "; \(watch) edition\(watch == 1 ? "" : "s") on the Watch List" }
        if let run = history.longestRun, run.to > run.from {
            subtitle += "; longest run: \(run.tier), \(run.from)–\(run.to)"
        }
        return TierTimelineChart(
            columns: editions.map(String.init),
            rows: [TierTimelineChart.Row(name: country, cells: editions.map { byEdition[$0].map(level) })],
            style: .steps,
            text: ChartText(
                title: "\(country): TIP Report tier placements, \(span(editions))", subtitle: subtitle,
                source: tierSources([country])))
    }
}
