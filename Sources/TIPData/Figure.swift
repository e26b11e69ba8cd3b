import TIPStatistics

/// One row of tidy data: the value of a metric for a country (or aggregate) and year, in
/// one unit, at one place in the metric's breakdown, as one report edition gives it.
///
/// Equality ignores ``location``: the same figure read from two files is the same figure.
/// The source column's text is ``source``; ``provenance``, when present, names the
/// publication and quotes the passage.
public struct Figure: Sendable, Hashable, Codable {
    /// The country (or aggregate, see ``isAggregate``) the figure describes.
    public var country: String
    /// The year the figure describes (for a tier placement, the edition's year).
    public var year: Int
    /// What is measured.
    public var metric: Metric
    /// Where the figure sits within the metric: empty for the total.
    public var breakdown: Breakdown
    /// Exact, censored ("<5"), missing, or a tier placement.
    public var value: FigureValue
    /// The unit column's text, if any; part of the figure's identity (KZT and USD are two series).
    public var unit: String?
    /// "nearly", "at least", "approximately" as the source qualifies the value.
    public var qualifier: Qualifier?
    /// The source column's text, if any.
    public var source: String?
    /// The note column's text, if any.
    public var note: String?
    /// The report edition (the TIP Report year) that gives the figure, when the file says.
    public var edition: Int?
    /// The years a figure of a period covers ("2015–2019" in the year column); nil for a
    /// figure of one year. ``year`` is the period's first year.
    public var period: YearRange?
    /// True for World and regional totals, which are charted apart from countries.
    public var isAggregate: Bool
    /// The publication and verbatim passage that state the figure, when known (the
    /// embedded dataset has one for every figure; a loaded file has only ``source``).
    public var provenance: Provenance?
    /// Where the figure was read from, for messages.
    public var location: SourceLocation?

    /// A figure as a data file gives it.
    ///
    /// - Parameters:
    ///   - category: the value of the `category` dimension ("labour trafficking"); added to `breakdown`.
    ///   - breakdown: the figure's place along other dimensions (sex, age group).
    public init(
        country: String, year: Int, metric: Metric, category: String? = nil, breakdown: Breakdown = Breakdown(),
        value: FigureValue, unit: String? = nil, qualifier: Qualifier? = nil, source: String? = nil,
        note: String? = nil, edition: Int? = nil, isAggregate: Bool = false, provenance: Provenance? = nil,
        location: SourceLocation? = nil, period: YearRange? = nil
    ) {
        self.country = country
        self.year = year
        self.metric = metric
        self.breakdown = Breakdown(
            (category.map { [Breakdown.Part(dimension: "category", value: $0)] } ?? []) + breakdown.parts)
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.source = source
        self.note = note
        self.edition = edition
        self.isAggregate = isAggregate
        self.provenance = provenance
        self.location = location
        self.period = period.flatMap { $0.count > 1 ? $0 : nil }
        if let p = self.period { self.year = p.first }
    }

    /// "2015" or, for a period, "2015–2019".
    public var yearLabel: String { period?.description ?? String(year) }

    /// The breakdown as a label ("male, 0–17 years"); `nil` for the total.
    public var category: String? { breakdown.label }

    /// The identity of a figure within one edition: a file holds one value per key.
    public struct Key: Hashable, Sendable, Comparable {
        /// The country.
        public let country: String
        /// The year.
        public let year: Int
        /// The metric.
        public let metric: Metric
        /// The unit.
        public let unit: String?
        /// The place in the breakdown.
        public let breakdown: Breakdown
        /// The edition, if any.
        public let edition: Int?
        /// The last year of a figure's period, when it covers several.
        public internal(set) var lastYear: Int? = nil

        public static func < (a: Key, b: Key) -> Bool {
            (a.country, a.metric.rawValue, a.unit ?? "", a.year, a.lastYear ?? a.year, a.edition ?? 0) < (
                b.country, b.metric.rawValue, b.unit ?? "", b.year, b.lastYear ?? b.year, b.edition ?? 0
            )
                || ((a.country, a.metric.rawValue, a.unit ?? "", a.year, a.lastYear ?? a.year, a.edition ?? 0) == (
                    b.country, b.metric.rawValue, b.unit ?? "", b.year, b.lastYear ?? b.year, b.edition ?? 0
                ) && a.breakdown < b.breakdown)
        }

        /// The same key in every edition, for finding revisions.
        public var withoutEdition: Key {
            Key(
                country: country, year: year, metric: metric, unit: unit, breakdown: breakdown, edition: nil,
                lastYear: lastYear)
        }
    }

    /// Its identity: one value per key in a file.
    public var key: Key {
        Key(
            country: country, year: year, metric: metric, unit: unit, breakdown: breakdown, edition: edition,
            lastYear: period?.last)
    }

    public static func == (a: Figure, b: Figure) -> Bool {
        a.key == b.key && a.value == b.value && a.qualifier == b.qualifier && a.source == b.source
            && a.note == b.note && a.isAggregate == b.isAggregate && a.provenance == b.provenance
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(key)
        hasher.combine(value)
    }

    enum CodingKeys: String, CodingKey {
        case country, year, metric, breakdown, value, unit, qualifier, source, note, edition, isAggregate, provenance,
            period
    }
}

/// A place in an input file: "data.csv:7", or a JSON path "data.json: $[3].value".
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file.
    public let file: String
    /// 1-based line, for text formats.
    public let line: Int?
    /// A JSON path such as `$[3].value`, for JSON input.
    public let path: String?

    /// A position in `file`.
    public init(file: String, line: Int? = nil, path: String? = nil) {
        self.file = file
        self.line = line
        self.path = path
    }

    public var description: String {
        if let line { return "\(file):\(line)" }
        if let path { return "\(file): \(path)" }
        return file
    }
}

extension Figure {
    /// The citation a chart or table gives for this figure: the publication when the
    /// provenance is known, else the source column's text; `nil` when the file gives neither.
    public var citation: String? { provenance?.source.citation ?? source }
}
