import TIPStatistics

/// The penal-code provisions that prohibit trafficking and their maximum penalty.
public struct PenalCode: Sendable, Hashable, Codable {
    /// Article numbers as the source writes them: "125(3)(b)".
    public let articles: [String]
    /// The most severe penalty the provisions prescribe.
    public let maximumPenalty: SentenceTerm
    public let provenance: Provenance
}

/// A treaty event such as ratification.
public struct TreatyEvent: Sendable, Hashable, Codable {
    public let treaty: String
    public let event: String
    public let year: Int
    /// 1–12 when the source gives the month.
    public let month: Int?
    public let provenance: Provenance
}

/// A U.S. State Department tier placement, or what the report said where no tier is given.
public struct TierPlacement: Sendable, Hashable, Codable {
    /// The report year.
    public let year: Int
    /// "Tier 2", or `nil` when the source gives no tier for that year.
    public let tier: String?
    /// What the source says, verbatim.
    public let statement: String
    public let provenance: Provenance
}
