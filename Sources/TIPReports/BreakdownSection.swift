import TIPStatistics
import TIPData

/// One country's parts of one measure along one breakdown dimension in one year (victims
/// by form of exploitation, by sex), with each part's share of the reported total.
///
/// Shares are given only when every part is exact, unqualified and non-negative and the
/// sum is positive; otherwise ``sharesUndefinedReason`` says why, and each row has no percent.
/// When the year's reported total is more than the parts add up to, the rest is a row of
/// its own, "Not broken down", and the shares are of the reported total (as the donut draws
/// them); parts that add up to more than the total are shares of their own sum.
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
    /// The total the shares are of: the reported total when the parts fall short of it (with
    /// a "Not broken down" row), else the sum of the parts; nil unless every part is exact
    /// and unqualified.
    public let total: Double?
    /// The year's reported total of the measure, when the data give one.
    public let reportedTotal: Double?

    /// The category of the row that holds what the parts leave out of the reported total.
    public static let notBrokenDown = "Not broken down"
    /// "qualified", "censored", "missing", "negative" or "zeroTotal" when shares are undefined; else `nil`.
    public let sharesUndefinedReason: String?

    init(
        country: String, measure: Measure, label: String, dimension: String, year: Int, parts: [Figure],
        reportedTotal: Double? = nil
    ) {
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
        self.reportedTotal = reportedTotal
        // A sum of bounds ("nearly", "at least", "<5") is not a total.
        let sum = compensatedSum(exact)
        let rest =
            reason == nil
            ? reportedTotal.flatMap { Shares.remainder(ofTotal: $0, afterParts: sum) }.flatMap { $0 > 0 ? $0 : nil }
            : nil
        total = ["missing", "censored", "qualified"].contains(reason) ? nil : sum + (rest ?? 0)
        let shares = reason == nil ? try? Shares(exact + (rest.map { [$0] } ?? [])) : nil
        let labels = shares?.roundedPercentages(decimals: 1)
        let restRow = rest.map { value in
            ShareRow(
                category: Self.notBrokenDown, count: value, valueText: NumberFormat.count.string(value),
                percent: shares.map { $0.percentages[exact.count] },
                label: labels.map { $0[exact.count].description } ?? "n/a")
        }
        rows =
            sorted.enumerated().map { index, figure in
                ShareRow(
                    category: figure.category ?? "", count: figure.value.exactValue,
                    valueText: [
                        figure.qualifier?.phrase ?? "",
                        figure.value.exactValue.map(NumberFormat.count.string)
                            ?? figure.value.description,
                    ].filter { !$0.isEmpty }.joined(separator: " "),
                    percent: shares.map { $0.percentages[index] }, label: labels.map { $0[index].description } ?? "n/a")
            } + (restRow.map { [$0] } ?? [])
    }
}
