import TIPScene
import TIPStatistics
import TIPData

/// One category's count and share of the total.
public struct ShareRow: Sendable, Equatable, Codable {
    /// The category (a form of exploitation).
    public let category: String
    /// Its count.
    public let count: Double
    /// Unrounded, `100 · count / total`.
    public let percent: Double
    /// Rounded to one decimal by largest remainder, so the labels add up to 100.0%.
    public let label: String

    /// Rows for observations of one metric, largest first; empty when the total is 0.
    static func rows(for observations: [Observation]) -> [ShareRow] {
        let sorted = observations.sorted { $0.value > $1.value }
        guard let shares = try? Shares(sorted.map(\.value)) else { return [] }
        let labels = shares.roundedPercentages(decimals: 1)
        return zip(sorted, zip(shares.percentages, labels)).map {
            ShareRow(
                category: $0.category ?? $0.metric.displayName, count: $0.value,
                percent: $1.0, label: $1.1.description)
        }
    }
}
