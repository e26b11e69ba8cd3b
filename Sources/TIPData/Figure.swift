/// One row of tidy data: the value of a metric for a country and year.
///
/// Equality ignores ``location``: the same figure read from two files is the same figure.
/// The source column's text is ``source``; ``provenance``, when present, names the
/// publication and quotes the passage.
public struct Figure: Sendable, Hashable, Codable {
    /// The country (or aggregate) the figure describes.
    public var country: String
    /// The year the figure describes.
    public var year: Int
    /// What is measured.
    public var metric: Metric
    /// A breakdown within the metric ("labour trafficking"); `nil` for the total.
    public var category: String?
    /// Exact, censored ("<5") or missing.
    public var value: FigureValue
    /// The unit column's text, if any.
    public var unit: String?
    /// "nearly", "at least", "approximately" as the source qualifies the value.
    public var qualifier: Qualifier?
    /// The source column's text, if any.
    public var source: String?
    /// The note column's text, if any.
    public var note: String?
    /// The publication and verbatim passage that state the figure, when known (the
    /// embedded dataset has one for every figure; a loaded file has only ``source``).
    public var provenance: Provenance?
    /// Where the figure was read from, for messages.
    public var location: SourceLocation?

    /// A figure as a data file gives it.
    public init(
        country: String, year: Int, metric: Metric, category: String? = nil, value: FigureValue,
        unit: String? = nil, qualifier: Qualifier? = nil, source: String? = nil, note: String? = nil,
        provenance: Provenance? = nil, location: SourceLocation? = nil
    ) {
        self.country = country
        self.year = year
        self.metric = metric
        self.category = category
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.source = source
        self.note = note
        self.provenance = provenance
        self.location = location
    }

    /// The identity of a figure: a dataset holds one value per key.
    public struct Key: Hashable, Sendable, Comparable {
        /// The country.
        public let country: String
        /// The year.
        public let year: Int
        /// The metric.
        public let metric: Metric
        /// The breakdown category, if any.
        public let category: String?

        public static func < (a: Key, b: Key) -> Bool {
            (a.country, a.metric.rawValue, a.category ?? "", a.year) < (
                b.country, b.metric.rawValue, b.category ?? "", b.year
            )
        }
    }

    /// Its identity: one value per key in a file.
    public var key: Key { Key(country: country, year: year, metric: metric, category: category) }

    public static func == (a: Figure, b: Figure) -> Bool {
        a.country == b.country && a.year == b.year && a.metric == b.metric && a.category == b.category
            && a.value == b.value
            && a.unit == b.unit && a.qualifier == b.qualifier && a.source == b.source && a.note == b.note
            && a.provenance == b.provenance
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(key)
        hasher.combine(value)
    }

    enum CodingKeys: String, CodingKey {
        case country, year, metric, category, value, unit, qualifier, source, note, provenance
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
