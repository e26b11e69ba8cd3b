import TIPScene
import TIPStatistics
import TIPData

/// The figures `tipcharts summary` prints: year-over-year changes, the sentence
/// distribution, victims by form of exploitation, and the consistency notes.
///
/// It is a plain `Codable` value; ``SummaryReport/json()`` is its documented schema
/// (see `Docs/summary-json-schema.md`), and the text, Markdown and CSV formats are views of it.
public struct SummaryReport: Sendable, Equatable, Codable {
    /// Increases when a field is renamed or removed; new fields may appear without a bump.
    public static let currentSchemaVersion = 1
    /// The probabilities reported in ``SentenceSection/quantiles``.
    public static let reportedProbabilities = [0.25, 0.5, 0.75, 0.9]
    /// Sentences at or above this term are counted as long.
    public static let longSentenceThreshold = SentenceTerm(years: 10)

    /// The JSON schema version (Docs/summary-json-schema.md).
    public let schemaVersion: Int
    /// The country.
    public let country: String
    /// The sources cited, numbered.
    public let sources: [SourceEntry]
    /// The quantile type used.
    public let quantileMethod: QuantileMethodEntry
    /// Changes in investigations, prosecutions and convictions.
    public let yearOverYear: [YearOverYearRow]
    /// `nil` when the data have no sentences.
    public let sentences: SentenceSection?
    /// Victims by form of exploitation, with shares.
    public let victims: [ShareRow]
    /// The sum of ``victims``' counts, as the text and Markdown tables show it (112 for Kazakhstan 2007).
    public let victimsTotal: Double
    /// Consistency notes.
    public let notes: [ConsistencyNote]

    /// Computes the summary of `report`.
    ///
    /// - Complexity: O(n log n) in the number of figures and sentences.
    public init(_ report: CountryReport, quantileMethod: QuantileMethod = .default) {
        schemaVersion = Self.currentSchemaVersion
        country = report.country
        sources = report.sources.map(SourceEntry.init)
        self.quantileMethod = QuantileMethodEntry(quantileMethod)
        yearOverYear = [Metric.investigations, .prosecutions, .convictions].flatMap { metric in
            // The embedded data have one value per year; a duplicate would be a data error, shown as no rows.
            ((try? report.series(of: metric))?.yearOverYearChanges() ?? []).map {
                YearOverYearRow(country: report.country, metric: metric, change: $0)
            }
        }
        sentences = SentenceSection(report.sentenceDistribution, method: quantileMethod)
        victims = ShareRow.rows(for: report.observations(of: .victimsIdentified))
        victimsTotal = compensatedSum(victims.map(\.count))
        notes = report.consistencyNotes
    }
}

/// One cited publication.
public struct SourceEntry: Sendable, Equatable, Codable {
    /// The article's reference number.
    public let reference: Int
    /// The citation.
    public let citation: String
    /// The publication date, when known.
    public let published: String?

    init(_ source: Source) {
        reference = source.articleReference
        citation = source.citation
        published = source.published
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
