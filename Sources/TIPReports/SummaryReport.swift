import TIPScene
import TIPStatistics
import TIPData

/// The figures `tipcharts summary` prints for any ``/TIPData/Dataset``: year-over-year
/// changes, statistics per country and metric, categories with their shares, the sentence
/// distribution of each country that lists sentences, and the consistency notes.
///
/// It is a plain `Codable` value; ``json()`` is its documented schema
/// (see `Docs/summary-json-schema.md`), and the text, Markdown and CSV formats are views of it.
public struct SummaryReport: Sendable, Equatable, Codable {
    /// Increases when a field is renamed or removed; new fields may appear without a bump.
    /// Version 2 covers every dataset with one schema (version 1 had one for the embedded
    /// report and another for loaded files).
    public static let currentSchemaVersion = 2
    /// The probabilities reported in ``SentenceSection/quantiles``.
    public static let reportedProbabilities = [0.25, 0.5, 0.75, 0.9]
    /// Sentences at or above this term are counted as long.
    public static let longSentenceThreshold = SentenceTerm(years: 10)

    /// The JSON schema version (Docs/summary-json-schema.md).
    public let schemaVersion: Int
    /// Where the data came from: a file, or the embedded dataset.
    public let origin: String
    /// The countries, in data order.
    public let countries: [String]
    /// World and regional totals, in data order; never counted as countries.
    public let aggregates: [String]
    /// The metrics, in data order.
    public let metrics: [String]
    /// The sources cited, numbered.
    public let sources: [SourceEntry]
    /// The quantile type used.
    public let quantileMethod: QuantileMethodEntry
    /// Every change between consecutive years, per country and metric.
    public internal(set) var yearOverYear: [YearOverYearRow]
    /// Statistics of each metric's totals, per country.
    public internal(set) var statistics: [MetricStatistics]
    /// Each place's and measure's sum or mean over each period asked for (`--period`), in
    /// the order asked; empty when none was.
    public let periods: [PeriodRow]
    /// The change from each period asked for to the next one, per place and measure.
    public let periodChanges: [PeriodChangeRow]
    /// Each country's categorised metrics (victims by form of exploitation), with shares.
    public let breakdowns: [BreakdownSection]
    /// The prison terms of each country that lists them.
    public let sentences: [SentenceSection]
    /// Each country's tier placements, with upgrades, downgrades, Watch List years and the longest run.
    public let tiers: [TierSection]
    /// Figures that report editions give differently, with both values and sources.
    public let revisions: [Revision]
    /// Consistency notes.
    public let notes: [ConsistencyNote]

    /// Computes the summary of `dataset`; with `periods`, also each series' `periodStatistic`
    /// over each period and the change from each period to the next (``PeriodRow``).
    ///
    /// - Complexity: O(n log n) for n figures (grouped once by place and measure, then each
    ///   series summarised), plus O(c · m) for c places and m measures and O(s log s) for s sentences.
    public init(
        _ dataset: Dataset, quantileMethod: QuantileMethod = .default, periods: [YearRange] = [],
        periodStatistic: PeriodStatistic = .sum
    ) {
        let data = dataset.latestEditions
        schemaVersion = Self.currentSchemaVersion
        origin = dataset.origin
        countries = data.countries
        aggregates = data.aggregates
        metrics = data.metrics.map(\.rawValue)
        let publications = dataset.sources
        sources = dataset.citations.enumerated().map { index, citation in
            SourceEntry(
                reference: index + 1, citation: citation,
                publication: publications.first { $0.citation == citation })
        }
        self.quantileMethod = QuantileMethodEntry(quantileMethod)
        var rows: [YearOverYearRow] = []
        var statistics: [MetricStatistics] = []
        var breakdowns: [BreakdownSection] = []
        let index = FigureIndex(data)
        for place in index.places {
            for measure in index.measures {
                let totals = index.totals(place, measure)
                let parts = index.parts(place, measure).filter { $0.breakdown.parts.count == 1 }
                guard !totals.isEmpty || !parts.isEmpty else { continue }
                let label = measure.label(data.labels)
                if !totals.isEmpty {
                    // One value per key after latestEditions, so the series cannot have a duplicate year.
                    let series = try? index.series(place, measure)
                    let censored = Dictionary(
                        totals.compactMap { f -> (Int, String)? in
                            if case .below = f.value { return (f.year, f.value.description) }
                            return nil
                        }, uniquingKeysWith: { a, _ in a })
                    if totals.contains(where: { $0.period != nil }), let series {
                        rows += Self.periodChanges(totals, series: series).map {
                            YearOverYearRow(
                                country: place, measure: measure, label: label, change: $0.change, censored: censored,
                                periods: ($0.from, $0.to))
                        }
                    } else {
                        rows += (series?.yearOverYearChanges() ?? []).map {
                            YearOverYearRow(
                                country: place, measure: measure, label: label, change: $0, censored: censored)
                        }
                    }
                    statistics.append(
                        MetricStatistics(country: place, measure: measure, label: label, totals, method: quantileMethod)
                    )
                }
                for dimension in parts.map({ $0.breakdown.parts[0].dimension }).uniqued() {
                    let along = parts.filter { $0.breakdown.parts[0].dimension == dimension }
                    guard let latest = along.map(\.year).max() else { continue }
                    breakdowns.append(
                        BreakdownSection(
                            country: place, measure: measure, label: label, dimension: dimension, year: latest,
                            parts: along.filter { $0.year == latest },
                            reportedTotal: totals.first { $0.year == latest && $0.qualifier == nil }?.value.exactValue))
                }
            }
        }
        yearOverYear = rows
        self.statistics = statistics
        (self.periods, periodChanges) = PeriodRow.rows(
            index, labels: data.labels, periods: periods, statistic: periodStatistic)
        self.breakdowns = breakdowns
        sentences = data.profiles.compactMap { SentenceSection($0, method: quantileMethod) }
        tiers = data.tierHistories.map(TierSection.init)
        revisions = dataset.revisions
        notes = data.consistencyNotes
    }
}

/// One cited publication or source text, numbered for the summary's source list.
public struct SourceEntry: Sendable, Equatable, Codable {
    /// The number the summary gives it, from 1.
    public let reference: Int
    /// The citation.
    public let citation: String
    /// The publication date, when known.
    public let published: String?
    /// The seed article's reference number, for publications of the embedded dataset.
    public let articleReference: Int?

    init(reference: Int, citation: String, publication: Source?) {
        self.reference = reference
        self.citation = citation
        published = publication?.published
        articleReference = publication?.articleReference
    }
}

/// The quantile definition in use, by number and name.
public struct QuantileMethodEntry: Sendable, Equatable, Codable {
    /// Hyndman & Fan / R type, 1–9.
    public let type: Int
    /// "R type 7 (NumPy linear)".
    public let name: String

    init(_ method: QuantileMethod) {
        type = method.rawValue
        name = method.description
    }
}

extension SummaryReport {
    /// The changes of a series of periods ("2010–2014", "2015–2019"): from each figure to
    /// the next, by first year. Two periods with years between them that no figure covers
    /// are a change left undefined (a missing year), never bridged.
    ///
    /// - Complexity: O(p log p) for p figures.
    static func periodChanges(
        _ totals: [Figure], series: YearSeries
    ) -> [(change: YearOverYearChange, from: String, to: String)] {
        let sorted = totals.sorted { $0.year < $1.year }
        return zip(sorted, sorted.dropFirst()).map { a, b in
            let end = a.period?.last ?? a.year
            let adjacent = b.year == end + 1
            // Without the later point, the change is undefined: the years between are missing.
            let base =
                adjacent ? series : (try? YearSeries(series.points.filter { $0.year == a.year })) ?? series
            return (YearOverYearChange(fromYear: a.year, toYear: b.year, series: base), a.yearLabel, b.yearLabel)
        }
    }
}
