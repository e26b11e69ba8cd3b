import TIPStatistics
import TIPData

/// One country's parts of one measure along one breakdown dimension in one year (victims
/// by form of exploitation, by sex), with each part's share of their sum.
///
/// Shares are given only when every part is exact, unqualified and non-negative and the
/// sum is positive; otherwise ``sharesUndefinedReason`` says why, and each row has no percent.
public struct BreakdownSection: Sendable, Equatable, Codable {
    /// The country.
    public let country: String
    /// The metric's name.
    public let metric: String
    /// The measure's label.
    public let label: String
    /// The breakdown dimension: "category", "sex", "age_group".
    public let dimension: String
    /// What the parts are: "form of exploitation", "purpose", "category" or the dimension's name.
    public let categoryName: String
    /// The year of the figures.
    public let year: Int
    /// The unit, when every part has the same one.
    public let unit: String?
    /// The categories: age bands and tiers in their natural order, others largest first.
    public let rows: [ShareRow]
    /// The sum of the parts, when every part is exact and unqualified.
    public let total: Double?
    /// "qualified", "censored", "missing", "negative" or "zeroTotal" when shares are undefined; else `nil`.
    public let sharesUndefinedReason: String?

    init(country: String, measure: Measure, label: String, dimension: String, year: Int, parts: [Figure]) {
        self.country = country
        metric = measure.metric.rawValue
        self.label = label
        self.dimension = dimension
        categoryName = measure.metric.partsName(along: dimension)
        self.year = year
        unit = measure.unit
        let bySize = parts.sorted { ($0.value.exactValue ?? -.infinity) > ($1.value.exactValue ?? -.infinity) }
        // Age bands and tiers in their natural order; other parts largest first.
        let sorted = CategoryOrder.arranged(bySize, dimension: dimension)
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
