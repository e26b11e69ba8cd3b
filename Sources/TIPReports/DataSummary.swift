import TIPScene
import TIPStatistics
import TIPData

/// `tipcharts summary --data FILE`: year-over-year changes and statistics for each country
/// and metric of a user's data, with the consistency notes.
public struct DataSummary: Sendable, Equatable, Codable {
    /// Statistics of one metric of one country over its years.
    public struct MetricStatistics: Sendable, Equatable, Codable {
        /// The country.
        public let country: String
        /// The metric's name.
        public let metric: String
        /// The metric's display name.
        public let label: String
        /// The years the statistics cover.
        public let years: [Int]
        /// Exact values only; censored and missing ones are counted, not summed.
        public let censoredCount: Int
        /// Missing values, counted, not summed.
        public let missingCount: Int
        /// `nil` when no value is exact.
        public let statistics: SummaryStatistics?
    }

    /// The JSON schema version (Docs/summary-json-schema.md).
    public let schemaVersion: Int
    /// The file summarised.
    public let origin: String
    /// The countries, in file order.
    public let countries: [String]
    /// The metrics, in file order.
    public let metrics: [String]
    /// The quantile type used.
    public let quantileMethod: QuantileMethodEntry
    /// Every change between consecutive years.
    public let yearOverYear: [YearOverYearRow]
    /// Per country and metric.
    public let statistics: [MetricStatistics]
    /// Consistency notes on the data.
    public let notes: [ConsistencyNote]

    /// The summary of `dataset`.
    public init(_ dataset: Dataset, quantileMethod: QuantileMethod = .default) {
        schemaVersion = SummaryReport.currentSchemaVersion
        origin = dataset.origin
        countries = dataset.countries
        metrics = dataset.metrics.map(\.rawValue)
        self.quantileMethod = QuantileMethodEntry(quantileMethod)
        var rows: [YearOverYearRow] = []
        var statistics: [MetricStatistics] = []
        for country in dataset.countries {
            for metric in dataset.metrics {
                let figures = dataset.figures(country: country, metric: metric)
                guard !figures.isEmpty else { continue }
                let censored = Dictionary(
                    figures.compactMap { f -> (Int, String)? in
                        if case .below = f.value { return (f.year, f.value.description) }
                        return nil
                    }, uniquingKeysWith: { a, _ in a })
                // Loaded data hold one value per key, so the series cannot have a duplicate year.
                let changes = (try? dataset.series(country: country, metric: metric))?.yearOverYearChanges() ?? []
                rows += changes.map {
                    YearOverYearRow(country: country, metric: metric, change: $0, censored: censored)
                }
                let exact = figures.compactMap(\.value.exactValue)
                statistics.append(
                    MetricStatistics(
                        country: country, metric: metric.rawValue, label: metric.displayName,
                        years: figures.map(\.year),
                        censoredCount: censored.count, missingCount: figures.count - exact.count - censored.count,
                        // The loader admits only finite numbers, so the sample cannot be refused.
                        statistics: (try? Sample(exact)).flatMap {
                            SummaryStatistics(of: $0, quantileMethod: quantileMethod)
                        }))
            }
        }
        yearOverYear = rows
        self.statistics = statistics
        notes = dataset.consistencyNotes
    }
}
