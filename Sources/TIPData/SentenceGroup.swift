import TIPStatistics

/// "Four were sentenced to 10 years' imprisonment": a term and how many received it.
public struct SentenceGroup: Sendable, Hashable, Codable {
    public let term: SentenceTerm
    public let count: Int
    public let provenance: Provenance
}

extension Array where Element == SentenceGroup {
    /// The groups as a distribution of individual terms.
    public var distribution: SentenceDistribution {
        SentenceDistribution(counts: map { ($0.term, $0.count) })
    }
}
