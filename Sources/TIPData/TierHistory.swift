/// A country's tier placements over report editions, with what changed.
///
/// Placements come from tier rows of a file (a value such as `Tier 2 Watch List`) and from
/// a ``CountryProfile``'s ``TierPlacement``s that name a tier. An edition without a
/// placement is missing, not "unchanged": a change is counted only between consecutive
/// placements, and it says which editions it spans.
public struct TierHistory: Sendable, Equatable, Codable {
    /// One edition's placement.
    public struct Placement: Sendable, Equatable, Codable {
        /// The report edition (year).
        public let edition: Int
        /// The tier.
        public let tier: Tier

        /// The `edition`'s placement at `tier`.
        public init(edition: Int, tier: Tier) {
            self.edition = edition
            self.tier = tier
        }
    }

    /// Consecutive editions at one tier.
    public struct Run: Sendable, Equatable, Codable {
        /// The tier.
        public let tier: Tier
        /// The first edition of the run.
        public let from: Int
        /// The last edition of the run.
        public let to: Int
    }

    /// A move between consecutive placements.
    public struct Change: Sendable, Equatable, Codable {
        /// Upgrade (to a better tier), downgrade, or into or out of Special Case.
        public enum Direction: String, Sendable, Equatable, Codable {
            /// To a better tier (a lower rank).
            case upgrade
            /// To a worse tier.
            case downgrade
            /// Into or out of Special Case, which is neither.
            case unranked
        }
        /// The earlier edition.
        public let fromEdition: Int
        /// The later edition.
        public let toEdition: Int
        /// The earlier tier.
        public let from: Tier
        /// The later tier.
        public let to: Tier
        /// Which way it went.
        public let direction: Direction
    }

    /// The country.
    public let country: String
    /// Placements by edition, ascending; one per edition.
    public let placements: [Placement]

    /// The history of `placements`; a later duplicate edition replaces an earlier one.
    public init(country: String, placements: [Placement]) {
        self.country = country
        var byEdition: [Int: Tier] = [:]
        for p in placements { byEdition[p.edition] = p.tier }
        self.placements = byEdition.keys.sorted().map { Placement(edition: $0, tier: byEdition[$0] ?? .specialCase) }
    }

    /// Every change between consecutive placements.
    ///
    /// - Complexity: O(n).
    public var changes: [Change] {
        zip(placements, placements.dropFirst()).compactMap { a, b in
            guard a.tier != b.tier else { return nil }
            let direction: Change.Direction =
                switch (a.tier.rank, b.tier.rank) {
                case let (x?, y?): y < x ? .upgrade : .downgrade
                default: .unranked
                }
            return Change(fromEdition: a.edition, toEdition: b.edition, from: a.tier, to: b.tier, direction: direction)
        }
    }

    /// The editions that placed the country on the Tier 2 Watch List.
    public var watchListEditions: [Int] { placements.filter { $0.tier == .tier2WatchList }.map(\.edition) }

    /// The placements as runs of consecutive editions at one tier, in order. Editions are
    /// consecutive when they are one year apart, so a missing edition ends a run.
    ///
    /// - Complexity: O(n).
    public var runs: [Run] {
        var result: [Run] = []
        for p in placements {
            if let last = result.last, last.tier == p.tier, last.to + 1 == p.edition {
                result[result.count - 1] = Run(tier: p.tier, from: last.from, to: p.edition)
            } else {
                result.append(Run(tier: p.tier, from: p.edition, to: p.edition))
            }
        }
        return result
    }

    /// The longest of ``runs`` (the earliest on ties); `nil` without placements.
    public var longestRun: Run? {
        runs.reduce(nil) { best, run in best.map { run.to - run.from > $0.to - $0.from ? run : $0 } ?? run }
    }
}

extension Dataset {
    /// The tier history of each country (and aggregate) with placements, in data order:
    /// tier rows of the figures (latest edition wins) and the profiles' placements that name a tier.
    public var tierHistories: [TierHistory] {
        var placements: [String: [TierHistory.Placement]] = [:]
        for profile in profiles {
            for p in profile.tierPlacements {
                if let tier = p.tier {
                    placements[profile.country, default: []].append(.init(edition: p.year, tier: tier))
                }
            }
        }
        for figure in figures {
            if let tier = figure.value.tier {
                placements[figure.country, default: []].append(.init(edition: figure.year, tier: tier))
            }
        }
        return places.filter { placements[$0] != nil }.map {
            TierHistory(country: $0, placements: placements[$0] ?? [])
        }
    }
}
