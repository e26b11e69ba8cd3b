import TIPScene
import TIPLayout
import TIPData

/// Tier placements over report editions, as grammar plots: a grid of coloured cells, or
/// one country's step line.
extension ChartSet {
    /// More countries than this cannot keep their names apart on the smallest canvas we
    /// allow (400 × 300); the report pages longer lists.
    static let maximumTierRows = 12

    /// Each tier's colour: an ordinal blue-to-red ramp (ColorBrewer RdBu, readable with
    /// red-green colour blindness), and grey for Special Case.
    static func tierColor(_ tier: Tier) -> Color {
        switch tier {
        case .tier1: Color(hex: 0x2166AC)
        case .tier2: Color(hex: 0x92C5DE)
        case .tier2WatchList: Color(hex: 0xF4A582)
        case .tier3: Color(hex: 0xB2182B)
        case .specialCase: Color(hex: 0x8C8C8C)
        }
    }

    /// A tier's short label in a grid cell: "1", "2", "2WL", "3", "SC".
    static func tierShortLabel(_ tier: Tier) -> String {
        switch tier {
        case .tier1: "1"
        case .tier2: "2"
        case .tier2WatchList: "2WL"
        case .tier3: "3"
        case .specialCase: "SC"
        }
    }

    /// The colour of a cell without a placement: the grid's light grey.
    static let noPlacementColor = Color(hex: 0xE1E1E1)

    /// The editions from the first to the last placement, so a missing edition shows.
    func editions(_ histories: [TierHistory]) -> [Int] {
        let all = histories.flatMap { $0.placements.map(\.edition) }
        guard let first = all.min(), let last = all.max() else { return [] }
        return Array(first...last)
    }

    /// Where the placements come from: tier rows and profile placements, of `edition` only
    /// when it is given (a map of one edition cites that edition's sources).
    func tierSources(_ countries: [String], edition: Int? = nil) -> String {
        let figures = dataset.figures.filter {
            $0.value.tier != nil && countries.contains($0.country) && (edition == nil || $0.year == edition)
        }
        let provenances = dataset.profiles.filter { countries.contains($0.country) }
            .flatMap {
                $0.tierPlacements.filter { $0.tier != nil && (edition == nil || $0.year == edition) }.map(\.provenance)
            }
        return sourceNote(figures, provenances)
    }

    /// Countries as rows, editions as columns, each cell coloured by tier.
    func tierTimeline() throws(ChartSetError) -> Plot {
        let pages = try tierTimelinePages()
        guard pages.count == 1, let only = pages.first else {
            throw ChartSetError(
                "\(dataset.tierHistories.count) countries have tier placements, more than one chart holds "
                    + "(\(Self.maximumTierRows)); filter with --country, or draw the pages tier-timeline-1 "
                    + "to tier-timeline-\(pages.count)")
        }
        return only
    }

    /// The tier grid in charts of at most ``maximumTierRows`` countries ("part 2 of 3"), on
    /// one shared span of editions, so many countries stay readable. A cell is a rect of
    /// its tier's colour with its short label; an edition without a placement is a grey
    /// cell that the legend names. Rows are at most 32 points high, so a few countries make
    /// a compact strip.
    ///
    /// - Complexity: O(countries × editions).
    func tierTimelinePages() throws(ChartSetError) -> [Plot] {
        let histories = dataset.tierHistories
        guard !histories.isEmpty else { throw ChartSetError("the data hold no tier placements") }
        let editions = editions(histories)
        let size = Self.maximumTierRows
        let count = (histories.count + size - 1) / size
        return (0..<count).map { page in
            let part = Array(histories[(page * size)..<min(histories.count, (page + 1) * size)])
            let none = n("No placement given")
            var rows: [[String: FieldValue]] = []
            var used = Set<Tier>(), hasGap = false
            for history in part {
                let byEdition = Dictionary(
                    history.placements.map { ($0.edition, $0.tier) }, uniquingKeysWith: { _, later in later })
                for edition in editions {
                    let tier = byEdition[edition]
                    if let tier { used.insert(tier) } else { hasGap = true }
                    rows.append([
                        "edition": .text(String(edition)), "country": .text(n(history.country)),
                        "tier": .text(tier.map { n($0.description) } ?? none),
                        "short": .text(tier.map(Self.tierShortLabel) ?? ""),
                    ])
                }
            }
            let levels = Tier.allCases.filter(used.contains)
            var color = ChannelEncoding.field("tier", type: .ordinal, title: t("summary.tier"))
            color.sort = .explicit(levels.map { n($0.description) } + (hasGap ? [none] : []))
            color.scale = ScaleOptions(
                range: levels.map(Self.tierColor) + (hasGap ? [Self.noPlacementColor] : []))
            var x = ChannelEncoding.field("edition", type: .ordinal, title: t("summary.edition"))
            x.sort = .explicit(editions.map(String.init))
            var y = ChannelEncoding.field("country", type: .nominal, title: t("summary.country"))
            y.sort = .explicit(part.map { n($0.country) })
            let changes = part.flatMap(\.changes)
            let ups = changes.count { $0.direction == .upgrade }, downs = changes.count { $0.direction == .downgrade }
            var subtitle = t(
                "tiers.grid.subtitle",
                [
                    "upgrades": t(ups == 1 ? "tiers.upgrade" : "tiers.upgrades", ["count": String(ups)]),
                    "downgrades": t(downs == 1 ? "tiers.downgrade" : "tiers.downgrades", ["count": String(downs)]),
                ])
            if hasGap { subtitle += t("tiers.grid.empty") }
            let years = span(editions)
            var plot = Plot(
                data: DataTable(rows: rows, order: ["edition", "country", "tier", "short"]),
                layers: [
                    Layer(
                        mark: MarkDefinition(.rect),
                        encoding: [.x: x, .y: y, .color: color, .text: .field("short", type: .nominal, title: "")])
                ],
                text: ChartText(
                    title: (part.count == 1
                        ? t("tiers.title", ["country": part[0].country, "years": years])
                        : t("tiers.title.all", ["years": years]))
                        + (count > 1 ? t("part", ["page": String(page + 1), "count": String(count)]) : ""),
                    subtitle: subtitle, source: tierSources(part.map(\.country)), xAxisTitle: "", yAxisTitle: ""))
            plot.maximumBandStep = 32
            return plot
        }
    }

    /// One country's placements as a step line over the editions, every tier a row of the
    /// y axis (best at the top), a dot in its tier's colour at each placement; a missing
    /// edition breaks the line.
    ///
    /// - Complexity: O(editions).
    func tierSteps(country: String) throws(ChartSetError) -> Plot {
        guard let history = dataset.tierHistories.first(where: { $0.country == country }) else {
            throw ChartSetError("the data hold no tier placements for \(country)")
        }
        let editions = editions([history])
        let rows: [[String: FieldValue]] = history.placements.map {
            ["edition": .text(String($0.edition)), "tier": .text(n($0.tier.description))]
        }
        let used = Tier.allCases.filter { tier in history.placements.contains { $0.tier == tier } }
        var x = ChannelEncoding.field("edition", type: .ordinal, title: t("summary.edition"))
        x.scale = ScaleOptions(domain: editions.map { .text(String($0)) })
        var y = ChannelEncoding.field("tier", type: .ordinal, title: t("summary.tier"))
        y.scale = ScaleOptions(domain: Tier.allCases.map { .text(n($0.description)) })
        var color = ChannelEncoding.field("tier", type: .ordinal, title: t("summary.tier"))
        color.sort = .explicit(used.map { n($0.description) })
        color.scale = ScaleOptions(range: used.map(Self.tierColor))
        var line = MarkDefinition(.line, color: Color(hex: 0x1A1A1A), strokeWidth: 2)
        line.interpolate = .step
        let watch = history.watchListEditions.count
        var subtitle = t("tiers.steps.subtitle")
        if watch > 0 { subtitle += t(watch == 1 ? "tiers.watch" : "tiers.watches", ["count": String(watch)]) }
        if let run = history.longestRun, run.to > run.from {
            subtitle += t(
                "tiers.longest", ["tier": n(run.tier.description), "from": String(run.from), "to": String(run.to)])
        }
        return Plot(
            data: DataTable(rows: rows, order: ["edition", "tier"]),
            layers: [
                // A light line along every tier, so a short step still reads against its row.
                Layer(
                    data: DataTable(
                        rows: Tier.allCases.map { ["tier": .text(n($0.description))] }, order: ["tier"]),
                    mark: MarkDefinition(.rule, color: Self.noPlacementColor, strokeWidth: 1), encoding: [.y: y]),
                Layer(mark: line, encoding: [.x: x, .y: y]),
                Layer(mark: MarkDefinition(.point, size: 4.5), encoding: [.x: x, .y: y, .color: color]),
            ],
            text: ChartText(
                title: t("tiers.title", ["country": country, "years": span(editions)]), subtitle: subtitle,
                source: tierSources([country]), xAxisTitle: "", yAxisTitle: ""))
    }
}
