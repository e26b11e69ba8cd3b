import TIPStatistics
import TIPData

/// Statistics of one measure's totals (a metric in one unit) for one country over its years.
///
/// Only exact values enter the statistics; censored ("<5") and missing values are counted.
public struct MetricStatistics: Sendable, Equatable, Codable {
    /// The country.
    public let country: String
    /// The metric's name.
    public let metric: String
    /// The unit, if any.
    public let unit: String?
    /// The measure's label ("Funding, KZT").
    public let label: String
    /// The years the statistics cover.
    public let years: [Int]
    /// How many values are censored.
    public let censoredCount: Int
    /// How many values are missing.
    public let missingCount: Int
    /// `nil` when no value is exact.
    public let statistics: SummaryStatistics?

    /// The statistics of `totals`, the uncategorised figures of one country and metric.
    ///
    /// - Complexity: O(n log n).
    init(country: String, measure: Measure, label: String, _ totals: [Figure], method: QuantileMethod) {
        self.country = country
        metric = measure.metric.rawValue
        unit = measure.unit
        self.label = label
        years = totals.map(\.year)
        let exact = totals.compactMap(\.value.exactValue)
        censoredCount = totals.count { if case .below = $0.value { true } else { false } }
        missingCount = totals.count - exact.count - censoredCount
        // The loader and the initialisers admit only finite numbers, so the sample is not refused.
        statistics = (try? Sample(exact)).flatMap { SummaryStatistics(of: $0, quantileMethod: method) }
    }
}
