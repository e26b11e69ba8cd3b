import TIPScene
import TIPData
import TIPStatistics

/// Statistics of prison terms, in years.
public struct SentenceSection: Sendable, Equatable, Codable {
    public struct QuantileEntry: Sendable, Equatable, Codable {
        public let probability: Double
        public let value: Double
    }

    public struct FrequencyEntry: Sendable, Equatable, Codable {
        public let years: Double
        public let count: Int
        /// `100 · count / n`.
        public let percent: Double
        public let cumulativeCount: Int
    }

    public let unit: String
    public let statistics: SummaryStatistics
    public let quantiles: [QuantileEntry]
    public let totalPrisonYears: Double
    public let longSentenceThresholdYears: Double
    public let longSentenceCount: Int
    /// `100 · longSentenceCount / n`.
    public let longSentencePercent: Double
    public let frequency: [FrequencyEntry]

    /// `nil` when there are no sentences.
    init?(_ distribution: SentenceDistribution, method: QuantileMethod) {
        let sample = distribution.sampleInYears
        guard let statistics = distribution.summary(quantileMethod: method),
            let values = sample.quantiles(SummaryReport.reportedProbabilities, method: method),
            let share = distribution.share(atLeast: SummaryReport.longSentenceThreshold)
        else { return nil }
        unit = "years"
        self.statistics = statistics
        quantiles = zip(SummaryReport.reportedProbabilities, values).map { QuantileEntry(probability: $0, value: $1) }
        totalPrisonYears = distribution.totalPrisonYears
        longSentenceThresholdYears = SummaryReport.longSentenceThreshold.years
        longSentenceCount = distribution.terms.count { $0 >= SummaryReport.longSentenceThreshold }
        longSentencePercent = 100 * share
        frequency = FrequencyTable(sample).rows.map {
            FrequencyEntry(
                years: $0.value, count: $0.count, percent: 100 * $0.proportion, cumulativeCount: $0.cumulativeCount)
        }
    }
}
