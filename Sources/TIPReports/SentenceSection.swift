import TIPScene
import TIPData
import TIPStatistics

/// Statistics of one country's prison terms, in years.
public struct SentenceSection: Sendable, Equatable, Codable {
    /// One quantile.
    public struct QuantileEntry: Sendable, Equatable, Codable {
        /// The probability p.
        public let probability: Double
        /// Q(p).
        public let value: Double
    }

    /// How many terms of each length.
    public struct FrequencyEntry: Sendable, Equatable, Codable {
        /// The term in years.
        public let years: Double
        /// How many received it.
        public let count: Int
        /// `100 · count / n`.
        public let percent: Double
        /// How many received it or less.
        public let cumulativeCount: Int
    }

    /// The country whose courts gave the terms.
    public let country: String
    /// The unit of the statistics ("years").
    public let unit: String
    /// Summary statistics of the terms.
    public let statistics: SummaryStatistics
    /// Quantiles at the reported probabilities.
    public let quantiles: [QuantileEntry]
    /// The sum of the terms, in years.
    public let totalPrisonYears: Double
    /// What counts as a long term, in years.
    public let longSentenceThresholdYears: Double
    /// How many terms are at least that long.
    public let longSentenceCount: Int
    /// `100 · longSentenceCount / n`.
    public let longSentencePercent: Double
    /// The frequency table of the terms.
    public let frequency: [FrequencyEntry]

    /// The statistics of `profile`'s sentences; `nil` when it lists none.
    init?(_ profile: CountryProfile, method: QuantileMethod) {
        let distribution = profile.sentenceDistribution
        let sample = distribution.sampleInYears
        guard let statistics = distribution.summary(quantileMethod: method),
            let values = sample.quantiles(SummaryReport.reportedProbabilities, method: method),
            let share = distribution.share(atLeast: SummaryReport.longSentenceThreshold)
        else { return nil }
        country = profile.country
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
