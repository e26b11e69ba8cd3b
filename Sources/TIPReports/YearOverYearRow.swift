import TIPScene
import TIPStatistics
import TIPData

/// One year-over-year change of one metric. Undefined values are `null` in JSON, with
/// the reason in ``undefinedReason``.
public struct YearOverYearRow: Sendable, Equatable, Codable {
    /// The country.
    public let country: String
    /// The metric's name.
    public let metric: String
    /// The unit, if any.
    public let unit: String?
    /// The measure's label.
    public let label: String
    /// The earlier year.
    public let fromYear: Int
    /// The later year.
    public let toYear: Int
    /// The earlier value, when known and exact.
    public let from: Double?
    /// The later value, when known and exact.
    public let to: Double?
    /// `to − from`.
    public let absoluteChange: Double?
    /// `100 · (to − from) / from`.
    public let percentChange: Double?
    /// `to / from`.
    public let ratio: Double?
    /// "zeroBase", "missingYear", "missingValue", "censoredValue", or `nil` when the percent change is defined.
    public let undefinedReason: String?
    /// The values as printed: "13", "<5" for a censored value, "missing".
    public let fromText: String
    /// The later value as printed.
    public let toText: String
    /// For figures of periods ("2015–2019" in the year column), the earlier period; the
    /// change is then from one period to the next, and ``fromYear`` is its first year.
    public let fromPeriod: String?
    /// The later period, for figures of periods.
    public let toPeriod: String?

    /// - Parameter censored: the printed bound ("<5") of each year whose value is censored.
    init(
        country: String, measure: Measure, label: String? = nil, change: YearOverYearChange,
        censored: [Int: String] = [:], periods: (from: String, to: String)? = nil
    ) {
        fromPeriod = periods?.from
        toPeriod = periods?.to
        self.country = country
        metric = measure.metric.rawValue
        unit = measure.unit
        self.label = label ?? measure.label()
        fromYear = change.fromYear
        toYear = change.toYear
        from = change.from
        to = change.to
        absoluteChange = change.absolute.value
        percentChange = change.percent.value
        ratio = change.ratio.value
        let censoredEnd = censored[change.fromYear] != nil || censored[change.toYear] != nil
        undefinedReason =
            censoredEnd ? UndefinedChange.censoredValue.rawValue : change.percent.undefinedReason?.rawValue
        fromText = censored[change.fromYear] ?? change.from.map(NumberFormat.count.string) ?? "missing"
        toText = censored[change.toYear] ?? change.to.map(NumberFormat.count.string) ?? "missing"
    }

    enum CodingKeys: String, CodingKey {
        case country, metric, unit, label, fromYear, toYear, from, to, absoluteChange, percentChange, ratio,
            undefinedReason,
            fromText, toText, fromPeriod, toPeriod
    }

    /// Writes every key, with `null` for undefined values, so the schema never loses a field.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(country, forKey: .country)
        try c.encode(metric, forKey: .metric)
        try c.encode(unit, forKey: .unit)
        try c.encode(label, forKey: .label)
        try c.encode(fromYear, forKey: .fromYear)
        try c.encode(toYear, forKey: .toYear)
        try c.encode(from, forKey: .from)
        try c.encode(to, forKey: .to)
        try c.encode(absoluteChange, forKey: .absoluteChange)
        try c.encode(percentChange, forKey: .percentChange)
        try c.encode(ratio, forKey: .ratio)
        try c.encode(undefinedReason, forKey: .undefinedReason)
        try c.encode(fromText, forKey: .fromText)
        try c.encode(toText, forKey: .toText)
        try c.encode(fromPeriod, forKey: .fromPeriod)
        try c.encode(toPeriod, forKey: .toPeriod)
    }
}
