import TIPData

/// One country's tier placements for the summary, with what changed.
public struct TierSection: Sendable, Equatable, Codable {
    /// The longest run at one tier.
    public struct Run: Sendable, Equatable, Codable {
        /// The tier.
        public let tier: String
        /// The first edition of the run.
        public let fromEdition: Int
        /// The last edition of the run.
        public let toEdition: Int
    }

    /// The country.
    public let country: String
    /// Placements by edition: `{edition, tier}`.
    public let placements: [TierHistory.Placement]
    /// Upgrades, downgrades and moves into or out of Special Case.
    public let changes: [TierHistory.Change]
    /// Editions on the Tier 2 Watch List.
    public let watchListEditions: [Int]
    /// The longest run of consecutive editions at one tier.
    public let longestRun: Run?

    init(_ history: TierHistory) {
        country = history.country
        placements = history.placements
        changes = history.changes
        watchListEditions = history.watchListEditions
        longestRun = history.longestRun.map { Run(tier: $0.tier.rawValue, fromEdition: $0.from, toEdition: $0.to) }
    }
}
