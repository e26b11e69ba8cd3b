/// A metric in one unit: the identity of a numeric series. Funding in KZT and funding in
/// USD are two measures, never added or compared.
public struct Measure: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// What is measured.
    public let metric: Metric
    /// The unit, if the data give one.
    public let unit: String?

    /// The measure of `metric` in `unit`.
    public init(_ metric: Metric, unit: String? = nil) {
        self.metric = metric
        self.unit = unit
    }

    /// Currency codes that labels spell out: a chart of money says its currency.
    public static let currencies: Set<String> = [
        "USD", "EUR", "GBP", "KZT", "KGS", "TJS", "UZS", "TMT", "RUB", "AFN", "CNY", "INR", "JPY",
    ]

    /// True when the unit is a currency code.
    public var isMoney: Bool { unit.map { Self.currencies.contains($0.uppercased()) } ?? false }

    /// "funding" or "funding (KZT)": the metric, with the unit when it is money.
    public var description: String { metric.rawValue + (isMoney ? " (\(unit?.uppercased() ?? ""))" : "") }

    /// "Funding, KZT", or the metric's label when the unit needs no saying.
    public func label(_ labels: MetricLabels = .standard) -> String {
        labels[metric] + (isMoney ? ", \(unit?.uppercased() ?? "")" : "")
    }

    public static func < (a: Measure, b: Measure) -> Bool {
        (a.metric.rawValue, a.unit ?? "") < (b.metric.rawValue, b.unit ?? "")
    }
}

extension Figure {
    /// The figure's measure: its metric in its unit.
    public var measure: Measure { Measure(metric, unit: unit) }
}
