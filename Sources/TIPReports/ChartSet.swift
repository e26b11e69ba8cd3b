import TIPScene
import TIPStatistics
import TIPLayout
import TIPData
import TIPGeo

/// Builds the chart specifications of a ``/TIPData/Dataset``, the embedded one or a user's.
/// Pure data: no rendering here.
///
/// ``reportCharts()`` picks the charts by what the data hold. Each numeric series is a
/// ``/TIPData/Measure`` (a metric in one unit), so values in different units are never drawn
/// on one axis. Where several report editions give a figure, the latest edition's value is
/// drawn. Countries and aggregates (World, regions) are charted apart. Censored values are
/// drawn as bounds ("<5"), never as numbers; missing values and missing years leave gaps.
/// Each chart cites the sources of the figures it draws, and only those.
public struct ChartSet: Sendable {
    /// The dataset the charts are drawn from, one edition per figure (``/TIPData/Dataset/latestEditions``).
    public private(set) var dataset: Dataset

    /// Every citation of the data as loaded, in the order the summary numbers them.
    let citations: [String]
    /// The figures grouped by place and measure, built once.
    private(set) var index: FigureIndex
    /// One colour per country across the charts, when the palette holds them all.
    let countryColors: OrdinalColorScale?

    /// The most series one chart draws in distinct colours; more are split or reduced.
    static let maximumSeries = Palette.okabeIto.count
    /// Values on one axis that differ more than this many times are drawn on separate scales.
    static let magnitudeLimit = 20.0
    /// Beyond this many countries, a report draws breakdowns across countries, not per country.
    static let maximumCountriesCharted = 12
    /// The most charts a report draws; ``reportCharts()`` plans within it before drawing any.
    public static let maximumReportCharts = 300
    /// The most bars a chart of countries draws unless ``top`` says otherwise: more are not
    /// read, one per line of text.
    static let maximumCountryBars = 20
    /// The most bars a chart of countries draws: ``top`` when it is set (and positive), else
    /// ``maximumCountryBars``.
    var countryLimit: Int { top.flatMap { $0 > 0 ? $0 : nil } ?? Self.maximumCountryBars }
    /// The most bars of one year-over-year chart.
    static let maximumChangeBars = 15
    /// A source line longer than this (two lines at the smallest canvas) cites summary numbers instead.
    static let sourceLineLimit = 150

    /// The words of the charts: titles, subtitles, axis titles, legends and notes.
    public let catalogue: Catalogue

    /// Charts that compare countries on one measure keep only the `top` countries with the
    /// largest values (nil keeps every one); the subtitle says how many there are.
    public var top: Int?

    /// The order of a breakdown dimension's categories, by dimension ("age_group": ["0-17",
    /// "18+"]); categories not listed follow in their natural order. Without an entry, age
    /// bands and tiers take their natural order and other parts go largest first.
    public var categoryOrder: [String: [String]] = [:]

    /// Years or periods (``/TIPStatistics/YearRange``) the charts compare: `countries` draws
    /// each country's ``periodStatistic`` over the first, and the change chart of one metric
    /// the change from the first to the second. Empty: the latest year, and consecutive years.
    public var periods: [YearRange] = []

    /// The report edition that the tier map draws; nil draws the latest.
    public var edition: Int?

    /// How maps flatten the globe: Equal Earth (area-true) unless set.
    public var projection: Projection = .equalEarth

    /// How a period's years make one number: a sum (every year needed) or a mean.
    public var periodStatistic: PeriodStatistic = .sum

    /// How the numbers the chart set writes itself (value labels, the sentence chart's
    /// mean and median) are formatted; the charts' ticks follow the theme they are drawn with.
    public let numberLocale: NumberLocale?

    /// The chart set of `dataset`, with its words from `catalogue` (English by default) and
    /// the numbers it writes in `numberLocale` (the theme default when nil).
    public init(_ dataset: Dataset, catalogue: Catalogue = .english, numberLocale: NumberLocale? = nil) {
        self.catalogue = catalogue
        self.numberLocale = numberLocale
        self.dataset = dataset.latestEditions
        citations = dataset.citations
        index = FigureIndex(self.dataset)
        let countries = self.dataset.countries
        countryColors = countries.count <= Self.maximumSeries ? OrdinalColorScale(domain: countries) : nil
    }

    /// This chart set drawing only `country`: its sources keep their numbers in the whole
    /// set's summary, and the country keeps its colour.
    private func restricted(to country: String, metrics: [Metric] = []) -> ChartSet {
        var copy = self
        copy.dataset = dataset.filtered(countries: [country], metrics: metrics)
        copy.index = FigureIndex(copy.dataset)
        return copy
    }

    /// The label of `measure`: "Persons convicted", "Funding, KZT", in the catalogue's language.
    func label(_ measure: Measure) -> String { n(measure.label(dataset.labels)) }

    /// The catalogue's template `key` with `values` filled in.
    func t(_ key: String, _ values: [String: String] = [:]) -> String { catalogue.text(key, values) }

    /// The catalogue's name for a country, metric, category or place (itself when not listed).
    func n(_ name: String) -> String { catalogue.name(name) }

    /// The file-name stem of `measure`: the metric, with the unit only when the metric comes in several.
    func name(_ measure: Measure) -> String {
        let units = Set(index.measures.filter { $0.metric == measure.metric }.map(\.unit))
        return slug(measure.metric.rawValue + (units.count > 1 ? "-" + (measure.unit ?? "none") : ""))
    }

    /// The chart of `kind`.
    ///
    /// - Parameters:
    ///   - metric: the metric of kinds that draw one (``ChartKind/takesMetric``); the first
    ///     metric that suits the kind when `nil`.
    ///   - unit: the unit, when the metric comes in several.
    ///   - country: the country of kinds that draw one (the first that has the data when
    ///     `nil`); for kinds that compare countries, the one country to draw.
    /// - Throws: ``ChartSetError`` naming what the data lack for this chart.
    public func chart(
        _ kind: ChartKind, metric: Metric? = nil, unit: String? = nil, country: String? = nil
    )
        throws(ChartSetError) -> any Chart
    {
        // Kinds that compare countries draw only `country` when one is named, with the
        // sources numbered as in the whole set's summary.
        if let country, kind.comparesCountries {
            guard dataset.places.contains(country) else { throw ChartSetError("the data have no country '\(country)'") }
            return try restricted(to: country).chart(kind, metric: metric, unit: unit)
        }
        switch kind {
        case .lawEnforcement:
            return try pick(country) { c throws(ChartSetError) in try lawEnforcement(country: c) }
        case .metric: return measure(try totalMeasure(metric, unit), aggregates: false)
        case .yearOverYear:
            guard let country else {
                if let metric { return try changes(of: try totalMeasure(metric, unit)) }
                return try yearOverYear()
            }
            guard dataset.places.contains(country) else { throw ChartSetError("the data have no country '\(country)'") }
            // One country: the latest change of each of its measures, or of the one asked for.
            guard let metric else { return try yearOverYear(country: country) }
            let measure = try totalMeasure(metric, unit)
            return try restricted(to: country, metrics: [metric]).yearOverYear(country: country, only: measure)
        case .countries: return countries(try totalMeasure(metric, unit))
        case .smallMultiples: return smallMultiples(try totalMeasure(metric, unit))
        case .breakdown, .shares:
            return try pick(country) { c throws(ChartSetError) in
                let m = try partsMeasure(metric, unit, country: c)
                let dimension = dimensions(c, m).first ?? "category"
                return kind == .breakdown
                    ? try breakdown(m, dimension: dimension, country: c)
                    : try shares(m, dimension: dimension, country: c)
            }
        case .tierTimeline:
            // One country reads best as a step line, as the report draws it.
            let histories = dataset.tierHistories
            if let country = country ?? (histories.count == 1 ? histories.first?.country : nil) {
                return try tierSteps(country: country)
            }
            return try tierTimeline()
        case .sentences: return try pick(country) { c throws(ChartSetError) in try sentences(country: c) }
        case .routes: return try pick(country) { c throws(ChartSetError) in try routes(country: c) }
        case .metricMap: return try metricMap(try totalMeasure(metric, unit))
        case .tierMap:
            // A named country: its own map, fitted to it.
            guard let country else { return try tierMap(edition: edition) }
            guard dataset.places.contains(country) else { throw ChartSetError("the data have no country '\(country)'") }
            return try restricted(to: country).tierMap(edition: edition)
        }
    }

    /// The report chart named `name` (as ``reportCharts()`` names it), if the data give it.
    public func chart(named name: String) -> (any Chart)? {
        reportCharts().first { $0.name == name }?.chart
    }

    /// The chart for `country`, or for the first country that gives one; the first error when none does.
    private func pick(
        _ country: String?, _ make: (String) throws(ChartSetError) -> any Chart
    ) throws(ChartSetError)
        -> any Chart
    {
        if let country {
            guard dataset.places.contains(country) else {
                throw ChartSetError("the data have no country '\(country)'")
            }
            return try make(country)
        }
        var first: ChartSetError?
        for candidate in dataset.countries {
            do { return try make(candidate) } catch { first = first ?? error }
        }
        throw first ?? ChartSetError("the data have no figures")
    }

    private func matching(_ metric: Metric?, _ unit: String?) -> [Measure] {
        index.measures.filter { (metric == nil || $0.metric == metric) && (unit == nil || $0.unit == unit) }
    }

    private func totalMeasure(_ metric: Metric?, _ unit: String?) throws(ChartSetError) -> Measure {
        guard let first = matching(metric, unit).first(where: { !years(of: $0).isEmpty }) else {
            let what = metric.map { "'\($0)'" + (unit.map { " in \($0)" } ?? "") } ?? "any metric"
            throw ChartSetError("the data have no totals of \(what) (figures without a breakdown)")
        }
        return first
    }

    private func partsMeasure(_ metric: Metric?, _ unit: String?, country: String) throws(ChartSetError) -> Measure {
        guard let first = matching(metric, unit).first(where: { !dimensions(country, $0).isEmpty }) else {
            throw ChartSetError(
                "\(country) has no figures" + (metric.map { " of '\($0)'" } ?? "") + " broken down by category")
        }
        return first
    }

    // MARK: - Shared helpers

    /// "Source: A; B." for the figures and provenances a chart draws; when that would take
    /// more than about two lines, "Sources: see the summary's list [3, 7, 12]."; the dataset's
    /// origin when they cite nothing.
    func sourceNote(_ figures: [Figure], _ provenances: [Provenance] = []) -> String {
        let cited = (provenances.map(\.source.citation) + figures.compactMap(\.citation)).uniqued()
        if cited.isEmpty { return t("source.one", ["citations": dataset.origin]) }
        let line = t(cited.count > 1 ? "source.many" : "source.one", ["citations": cited.joined(separator: "; ")])
        guard line.count > Self.sourceLineLimit else { return line }
        let numbers = cited.compactMap { citations.firstIndex(of: $0).map { $0 + 1 } }.sorted()
        return t("source.listed", ["count": String(cited.count), "ranges": ranges(numbers)])
    }

    /// "1–3, 7, 9–12".
    func ranges(_ numbers: [Int]) -> String {
        var parts: [String] = []
        var start: Int?
        var previous: Int?
        for n in numbers + [Int.min] {
            if let p = previous, n == p + 1 {
                previous = n
                continue
            }
            if let s = start, let p = previous { parts.append(s == p ? "\(s)" : "\(s)–\(p)") }
            start = n
            previous = n
        }
        return parts.joined(separator: ", ")
    }

    /// Every year from the first to the last in which `measure` has a total, so a missing
    /// year is a gap on the axis rather than a year that disappears; for data of periods,
    /// the first year of each period ("2015" for 2015–2019), each one category.
    func years(of measure: Measure) -> [Int] { index.years(of: measure) }

    /// The countries (or the aggregates) with a total of `measure`, in dataset order.
    func placesWith(_ measure: Measure, aggregates: Bool) -> [String] {
        index.places(with: measure, aggregates: aggregates)
    }

    /// The totals of `measure` for `places`.
    func totals(_ measure: Measure, _ places: [String]) -> [Figure] {
        places.flatMap { index.totals($0, measure) }
    }

    /// The breakdown dimensions along which `country`'s `measure` has one-dimensional parts.
    func dimensions(_ country: String, _ measure: Measure) -> [String] {
        index.parts(country, measure).filter { $0.breakdown.parts.count == 1 }
            .map { $0.breakdown.parts[0].dimension }.uniqued()
    }

    /// The parts of `measure` along `dimension` alone for `country`, in the latest year that has any.
    func parts(_ country: String, _ measure: Measure, _ dimension: String) -> (year: Int?, figures: [Figure]) {
        let all = index.parts(country, measure).filter { $0.breakdown.dimensions == [dimension] }
        guard let year = all.map(\.year).max() else { return (nil, []) }
        return (year, all.filter { $0.year == year })
    }

    /// Values and censoring of `measure` for `country` over `years`; NaN where absent or missing.
    func values(_ country: String, _ measure: Measure, years: [Int]) -> (values: [Double], censored: [Bool]) {
        let byYear = Dictionary(
            index.totals(country, measure).map { ($0.year, $0.value) }, uniquingKeysWith: { a, _ in a })
        var values: [Double] = [], censored: [Bool] = []
        for year in years {
            switch byYear[year] {
            case let .exact(v)?: values.append(v); censored.append(false)
            case let .below(bound)?: values.append(bound); censored.append(true)
            default: values.append(.nan); censored.append(false)
            }
        }
        return (values, censored)
    }

    /// "2006–2007", or one year.
    func span(_ years: [Int]) -> String {
        guard let first = years.first, let last = years.last else { return "" }
        return first == last ? String(first) : "\(first)–\(last)"
    }

    /// The periods of `measure`'s years, for data whose year column holds periods ("2015–2019"
    /// for 2015); empty for yearly data. Found once, by the index.
    func periodsByYear(_ measure: Measure) -> [Int: YearRange] { index.periods(of: measure) }

    /// "2015" or, for data of periods, "2015–2019".
    func yearLabel(_ year: Int, _ periods: [Int: YearRange]) -> String { periods[year]?.description ?? String(year) }

    /// The span of `years` as ``span(_:)`` writes it, to the end of the last period.
    func span(_ years: [Int], _ periods: [Int: YearRange]) -> String {
        guard let first = years.first, let last = years.last else { return "" }
        return span([first, periods[last]?.last ?? last])
    }

    /// A file-name-safe form: lower case, letters and digits, other characters as "-".
    func slug(_ text: String) -> String {
        String(text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }

    /// A value as a grammar cell: the bound when censored ("<5"), missing when NaN.
    func fieldValue(_ value: Double, censored: Bool) -> FieldValue {
        censored ? .censored(value) : value.fieldValue
    }

    func censoredSubtitle(_ censored: [[Bool]]) -> String? {
        censored.contains { $0.contains(true) } ? t("censored.subtitle") : nil
    }
}

extension String {
    /// "labour trafficking" → "Labour trafficking".
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
    /// "Forced labour" → "forced labour"; an acronym such as "NGO" stays.
    var lowercasedFirst: String {
        let firstWord = prefix { $0 != " " && $0 != "," }
        if firstWord.count > 1, firstWord.allSatisfy({ $0.isUppercase || $0.isNumber }) { return self }
        return prefix(1).lowercased() + dropFirst()
    }
}
