import TIPStatistics
import TIPData

/// One country's categorised figures of one metric in one year (victims by form of
/// exploitation), with each category's share of their sum.
///
/// Shares are given only when every part is exact, unqualified and non-negative and the
/// sum is positive; otherwise ``sharesUndefinedReason`` says why, and each row has no percent.
public struct BreakdownSection: Sendable, Equatable, Codable {
    /// The country.
    public let country: String
    /// The metric's name.
    public let metric: String
    /// The metric's display name.
    public let label: String
    /// What the categories are: "form of exploitation", "purpose" or "category".
    public let categoryName: String
    /// The year of the figures.
    public let year: Int
    /// The unit, when every part has the same one.
    public let unit: String?
    /// The categories, largest first.
    public let rows: [ShareRow]
    /// The sum of the parts, when every part is exact and unqualified.
    public let total: Double?
    /// "qualified", "censored", "missing", "negative" or "zeroTotal" when shares are undefined; else `nil`.
    public let sharesUndefinedReason: String?

    init(country: String, metric: Metric, year: Int, parts: [Figure]) {
        self.country = country
        self.metric = metric.rawValue
        label = metric.displayName
        categoryName = metric.breakdownName
        self.year = year
        let units = Set(parts.map { $0.unit ?? "" })
        unit = units.count == 1 ? units.first.flatMap { $0.isEmpty ? nil : $0 } : nil
        let sorted = parts.sorted { ($0.value.exactValue ?? -.infinity) > ($1.value.exactValue ?? -.infinity) }
        let exact = sorted.compactMap(\.value.exactValue)
        let reason: String? =
            if sorted.contains(where: { $0.value == .missing }) { "missing" } else if exact.count < sorted.count {
                "censored"
            } else if sorted.contains(where: { ($0.qualifier ?? .exact) != .exact }) {
                "qualified"
            } else if exact.contains(where: { $0 < 0 }) { "negative" } else if (try? Shares(exact)) == nil {
                "zeroTotal"
            } else { nil }
        sharesUndefinedReason = reason
        // A sum of bounds ("nearly", "at least", "<5") is not a total.
        total = ["missing", "censored", "qualified"].contains(reason) ? nil : compensatedSum(exact)
        let shares = reason == nil ? try? Shares(exact) : nil
        let labels = shares?.roundedPercentages(decimals: 1)
        rows = sorted.enumerated().map { index, figure in
            ShareRow(
                category: figure.category ?? "", count: figure.value.exactValue,
                valueText: [
                    figure.qualifier?.phrase ?? "",
                    figure.value.exactValue.map(NumberFormat.count.string)
                        ?? figure.value.description,
                ].filter { !$0.isEmpty }.joined(separator: " "),
                percent: shares.map { $0.percentages[index] }, label: labels.map { $0[index].description } ?? "n/a")
        }
    }
}
