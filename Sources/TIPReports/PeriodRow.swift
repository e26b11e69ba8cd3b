import TIPStatistics
import TIPData

/// One measure of one place over one period: its sum or mean (``/TIPStatistics/PeriodValue``),
/// or why it has none. Undefined values are `null` in JSON, with the reason beside them.
public struct PeriodRow: Sendable, Equatable, Codable {
    /// The country or aggregate.
    public let country: String
    /// The metric's name.
    public let metric: String
    /// The unit, if any.
    public let unit: String?
    /// The measure's label.
    public let label: String
    /// The period as written in tables: "2015–2019".
    public let period: String
    /// The period's first year.
    public let firstYear: Int
    /// The period's last year.
    public let lastYear: Int
    /// "sum" or "mean".
    public let statistic: String
    /// The sum or mean; nil when undefined.
    public let value: Double?
    /// "missingYear", "missingValue" or "censoredValue" when ``value`` is nil.
    public let undefinedReason: String?
    /// How many of the period's years have an exact value.
    public let yearsWithValue: Int
    /// The period's years without an exact value (absent, missing or censored).
    public let yearsWithoutValue: [Int]

    init(country: String, measure: Measure, label: String, value: PeriodValue, censoredYears: Set<Int>) {
        self.country = country
        metric = measure.metric.rawValue
        unit = measure.unit
        self.label = label
        period = value.period.description
        firstYear = value.period.first
        lastYear = value.period.last
        statistic = value.statistic.rawValue
        self.value = value.value.value
        // A sum that lacks a censored year is undefined because of the censoring, not a gap.
        let censored = value.value.value == nil && value.yearsWithoutValue.contains(where: censoredYears.contains)
        undefinedReason = censored ? UndefinedChange.censoredValue.rawValue : value.value.undefinedReason?.rawValue
        yearsWithValue = value.yearsWithValue
        yearsWithoutValue = value.yearsWithoutValue
    }

    enum CodingKeys: String, CodingKey {
        case country, metric, unit, label, period, firstYear, lastYear, statistic, value, undefinedReason,
            yearsWithValue, yearsWithoutValue
    }

    /// Writes every key, with `null` for undefined values, so the schema never loses a field.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(country, forKey: .country)
        try c.encode(metric, forKey: .metric)
        try c.encode(unit, forKey: .unit)
        try c.encode(label, forKey: .label)
        try c.encode(period, forKey: .period)
        try c.encode(firstYear, forKey: .firstYear)
        try c.encode(lastYear, forKey: .lastYear)
        try c.encode(statistic, forKey: .statistic)
        try c.encode(value, forKey: .value)
        try c.encode(undefinedReason, forKey: .undefinedReason)
        try c.encode(yearsWithValue, forKey: .yearsWithValue)
        try c.encode(yearsWithoutValue, forKey: .yearsWithoutValue)
    }
}

/// The change of one measure of one place from one period (or year) to the next one asked
/// for (``/TIPStatistics/PeriodChange``), on the periods' sums or means.
public struct PeriodChangeRow: Sendable, Equatable, Codable {
    /// The country or aggregate.
    public let country: String
    /// The metric's name.
    public let metric: String
    /// The unit, if any.
    public let unit: String?
    /// The measure's label.
    public let label: String
    /// "sum" or "mean": what is compared.
    public let statistic: String
    /// The earlier period: "2010–2014".
    public let fromPeriod: String
    /// The later period: "2015–2019".
    public let toPeriod: String
    /// The earlier period's value, when defined.
    public let from: Double?
    /// The later period's value, when defined.
    public let to: Double?
    /// `to − from`.
    public let absoluteChange: Double?
    /// `100 · (to − from) / from`.
    public let percentChange: Double?
    /// `to / from`.
    public let ratio: Double?
    /// Why the percent change is undefined: a period's reason, or "zeroBase".
    public let undefinedReason: String?

    init(from: PeriodRow, to: PeriodRow, change: PeriodChange) {
        country = from.country
        metric = from.metric
        unit = from.unit
        label = from.label
        statistic = from.statistic
        fromPeriod = from.period
        toPeriod = to.period
        self.from = from.value
        self.to = to.value
        absoluteChange = change.absolute.value
        percentChange = change.percent.value
        ratio = change.ratio.value
        undefinedReason =
            from.undefinedReason ?? to.undefinedReason ?? change.percent.undefinedReason?.rawValue
    }

    enum CodingKeys: String, CodingKey {
        case country, metric, unit, label, statistic, fromPeriod, toPeriod, from, to, absoluteChange, percentChange,
            ratio, undefinedReason
    }

    /// Writes every key, with `null` for undefined values, so the schema never loses a field.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(country, forKey: .country)
        try c.encode(metric, forKey: .metric)
        try c.encode(unit, forKey: .unit)
        try c.encode(label, forKey: .label)
        try c.encode(statistic, forKey: .statistic)
        try c.encode(fromPeriod, forKey: .fromPeriod)
        try c.encode(toPeriod, forKey: .toPeriod)
        try c.encode(from, forKey: .from)
        try c.encode(to, forKey: .to)
        try c.encode(absoluteChange, forKey: .absoluteChange)
        try c.encode(percentChange, forKey: .percentChange)
        try c.encode(ratio, forKey: .ratio)
        try c.encode(undefinedReason, forKey: .undefinedReason)
    }
}

extension PeriodRow {
    /// The rows of every place and measure with totals, for each of `periods` in the order
    /// given, and the changes between each period and the next one given.
    ///
    /// - Complexity: O(c · m · p · y log n) for c places, m measures, p periods of y years
    ///   and series of n points.
    static func rows(
        _ index: FigureIndex, labels: MetricLabels, periods: [YearRange], statistic: PeriodStatistic
    ) -> (values: [PeriodRow], changes: [PeriodChangeRow]) {
        guard !periods.isEmpty else { return ([], []) }
        var values: [PeriodRow] = [], changes: [PeriodChangeRow] = []
        for place in index.places {
            for measure in index.measures {
                let totals = index.totals(place, measure)
                guard !totals.isEmpty, let series = try? index.series(place, measure) else { continue }
                let censored = Set(totals.filter { if case .below = $0.value { true } else { false } }.map(\.year))
                let label = measure.label(labels)
                let computed = periods.map { PeriodValue(series, over: $0, statistic) }
                let rows = computed.map {
                    PeriodRow(country: place, measure: measure, label: label, value: $0, censoredYears: censored)
                }
                values += rows
                for i in rows.indices.dropLast() {
                    changes.append(
                        PeriodChangeRow(
                            from: rows[i], to: rows[i + 1], change: PeriodChange(from: computed[i], to: computed[i + 1])
                        ))
                }
            }
        }
        return (values, changes)
    }
}
