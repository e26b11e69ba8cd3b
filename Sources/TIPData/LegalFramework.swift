import TIPStatistics

/// The penal-code provisions that prohibit trafficking and their maximum penalty.
public struct PenalCode: Sendable, Hashable, Codable {
    /// Article numbers as the source writes them: "125(3)(b)".
    public let articles: [String]
    /// The most severe penalty the provisions prescribe.
    public let maximumPenalty: SentenceTerm
    /// Where the figure comes from.
    public let provenance: Provenance

    /// The penal code's trafficking articles and their maximum penalty.
    public init(articles: [String], maximumPenalty: SentenceTerm, provenance: Provenance) {
        self.articles = articles
        self.maximumPenalty = maximumPenalty
        self.provenance = provenance
    }
}

/// A treaty event such as ratification.
public struct TreatyEvent: Sendable, Hashable, Codable {
    /// The treaty ("2000 UN TIP Protocol").
    public let treaty: String
    /// What happened ("ratified").
    public let event: String
    /// The year it happened.
    public let year: Int
    /// 1–12 when the source gives the month.
    public let month: Int?
    /// Where the event is reported.
    public let provenance: Provenance

    /// - Precondition: `month`, when given, is 1–12 (decoding checks it and throws instead).
    public init(treaty: String, event: String, year: Int, month: Int? = nil, provenance: Provenance) {
        precondition(month.map { (1...12).contains($0) } ?? true, "a month is 1-12")
        self.treaty = treaty
        self.event = event
        self.year = year
        self.month = month
        self.provenance = provenance
    }

    private enum CodingKeys: String, CodingKey { case treaty, event, year, month, provenance }

    /// Decodes through ``init(treaty:event:year:month:provenance:)``.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let month = try c.decodeIfPresent(Int.self, forKey: .month)
        if let month, !(1...12).contains(month) {
            throw DecodingError.dataCorruptedError(
                forKey: .month, in: c, debugDescription: "a month is 1-12, not \(month)")
        }
        try self.init(
            treaty: c.decode(String.self, forKey: .treaty), event: c.decode(String.self, forKey: .event),
            year: c.decode(Int.self, forKey: .year), month: month,
            provenance: c.decode(Provenance.self, forKey: .provenance))
    }
}

/// A U.S. State Department tier placement, or what the report said where no tier is given.
public struct TierPlacement: Sendable, Hashable, Codable {
    /// The report year.
    public let year: Int
    /// The tier, or `nil` when the source gives no tier for that year.
    public let tier: Tier?
    /// What the source says, verbatim.
    public let statement: String
    /// Where the placement is reported.
    public let provenance: Provenance

    /// - Parameter tier: the tier, or `nil` when the source gives no tier for `year`.
    public init(year: Int, tier: Tier?, statement: String, provenance: Provenance) {
        self.year = year
        self.tier = tier
        self.statement = statement
        self.provenance = provenance
    }
}
