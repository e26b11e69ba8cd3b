import TIPStatistics

/// "Four were sentenced to 10 years' imprisonment": a term and how many received it.
public struct SentenceGroup: Sendable, Hashable, Codable {
    /// The prison term.
    public let term: SentenceTerm
    /// How many received it.
    public let count: Int
    /// Where the sentences are reported.
    public let provenance: Provenance

    /// "Four were sentenced to 10 years": `SentenceGroup(term: SentenceTerm(years: 10), count: 4, provenance: …)`.
    ///
    /// - Precondition: `count ≥ 0` (decoding checks it and throws instead).
    public init(term: SentenceTerm, count: Int, provenance: Provenance) {
        precondition(count >= 0, "a sentence group cannot have a negative count")
        self.term = term
        self.count = count
        self.provenance = provenance
    }

    private enum CodingKeys: String, CodingKey { case term, count, provenance }

    /// Decodes through ``init(term:count:provenance:)``, checking its precondition first.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let count = try c.decode(Int.self, forKey: .count)
        guard count >= 0 else {
            throw DecodingError.dataCorruptedError(
                forKey: .count, in: c, debugDescription: "a count cannot be negative (\(count))")
        }
        try self.init(
            term: c.decode(SentenceTerm.self, forKey: .term), count: count,
            provenance: c.decode(Provenance.self, forKey: .provenance))
    }
}

extension Array where Element == SentenceGroup {
    /// The groups as a distribution of individual terms.
    public var distribution: SentenceDistribution {
        SentenceDistribution(terms: flatMap { group in [SentenceTerm](repeating: group.term, count: group.count) })
    }
}
