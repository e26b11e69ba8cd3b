import Foundation

extension Dataset {
    /// The tidy columns export writes, in order; a `breakdown:NAME` column follows
    /// `category` for each other breakdown dimension of the data.
    public static let exportColumns = [
        "country", "year", "edition", "metric", "category", "value", "unit", "qualifier", "source", "note", "aggregate",
    ]

    /// The breakdown dimensions other than `category`, in order of first appearance.
    var extraDimensions: [String] {
        figures.flatMap(\.breakdown.dimensions).filter { $0 != "category" }.uniqued()
    }

    /// Tidy CSV (RFC 4180, LF line ends). Text cells that a spreadsheet would run as a
    /// formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) get a leading `'`;
    /// the loader removes it again, so export then load gives the same data.
    public func csv() -> String {
        let dimensions = extraDimensions
        var header = Self.exportColumns
        header.insert(contentsOf: dimensions.map { ColumnMapping.breakdownPrefix + $0 }, at: 5)
        var lines = [header.joined(separator: ",")]
        for f in figures {
            let text =
                [
                    f.country, f.exportedYear, f.edition.map(String.init) ?? "", f.metric.rawValue,
                    f.breakdown.value(of: "category") ?? "",
                ] + dimensions.map { f.breakdown.value(of: $0) ?? "" } + [
                    f.value.exportText, f.unit ?? "", f.qualifier?.rawValue ?? "", f.source ?? "", f.note ?? "",
                    f.isAggregate ? "yes" : "",
                ]
            lines.append(text.map(csvCell).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"schemaVersion": 1, "origin": …, "figures": [{country, year, edition?, metric, category?,
    /// "breakdown:NAME"?, value, unit?, qualifier?, source?, note?, aggregate?}]}`;
    /// `value` is a number, a string such as `"<5"` for a censored value or `"Tier 2"` for a
    /// tier, or `null` when missing.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(
            ExportDocument(schemaVersion: 1, origin: origin, figures: figures.map(ExportFigure.init)))
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

extension FigureValue {
    /// "", "<5" or "1834" for CSV.
    var exportText: String {
        switch self {
        case .missing: ""
        default: description
        }
    }
}

/// One CSV cell as TIPCharts writes it everywhere: text a spreadsheet would run as a
/// formula (starting with `=`, `+`, `-`, `@`, tab or carriage return, and not a number such
/// as `-12.5`) gets a leading `'` (OWASP "CSV injection"); then RFC 4180 quoting if needed.
package func csvCell(_ text: String) -> String {
    guard let first = text.unicodeScalars.first, formulaLeaders.contains(first), ValueParsing.number(text) == nil
    else { return quotedCSV(text) }
    return quotedCSV("'" + text)
}

/// RFC 4180 quoting when a field needs it.
func quotedCSV(_ field: String) -> String {
    // Unicode scalars, not Characters: "\r\n" is one Character that equals neither "\r" nor "\n".
    guard
        field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            || field.hasPrefix(" ") || field.hasSuffix(" ")
    else { return field }
    // Doubled scalar by scalar too: a quote followed by a combining mark is one Character,
    // which a Character-based replace passes over (a fuzzer found `"` + U+07EF left single).
    var doubled = String.UnicodeScalarView()
    for scalar in field.unicodeScalars {
        if scalar == "\"" { doubled.append("\"") }
        doubled.append(scalar)
    }
    return "\"" + String(doubled) + "\""
}

private struct ExportDocument: Encodable {
    let schemaVersion: Int
    let origin: String
    let figures: [ExportFigure]
}

private struct ExportFigure: Encodable {
    let figure: Figure

    struct Keys: CodingKey {
        let stringValue: String
        init(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
        static let country = Keys(stringValue: "country"), year = Keys(stringValue: "year")
        static let edition = Keys(stringValue: "edition"), metric = Keys(stringValue: "metric")
        static let category = Keys(stringValue: "category"), value = Keys(stringValue: "value")
        static let unit = Keys(stringValue: "unit"), qualifier = Keys(stringValue: "qualifier")
        static let source = Keys(stringValue: "source"), note = Keys(stringValue: "note")
        static let aggregate = Keys(stringValue: "aggregate")
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(figure.country, forKey: .country)
        // A figure of a period writes it ("2015-2019"), so that it loads back as one.
        if figure.period != nil {
            try c.encode(figure.exportedYear, forKey: .year)
        } else {
            try c.encode(figure.year, forKey: .year)
        }
        try c.encodeIfPresent(figure.edition, forKey: .edition)
        try c.encode(figure.metric.rawValue, forKey: .metric)
        for part in figure.breakdown.parts {
            let key =
                part.dimension == "category"
                ? Keys.category : Keys(stringValue: ColumnMapping.breakdownPrefix + part.dimension)
            try c.encode(part.value, forKey: key)
        }
        if figure.isAggregate { try c.encode("yes", forKey: .aggregate) }
        switch figure.value {
        case let .exact(v): try c.encode(v, forKey: .value)
        case .below, .tier: try c.encode(figure.value.description, forKey: .value)
        case .missing: try c.encodeNil(forKey: .value)
        }
        try c.encodeIfPresent(figure.unit, forKey: .unit)
        try c.encodeIfPresent(figure.qualifier?.rawValue, forKey: .qualifier)
        try c.encodeIfPresent(figure.source, forKey: .source)
        try c.encodeIfPresent(figure.note, forKey: .note)
    }
}

extension Figure {
    /// The year column as export writes it: "2015", or a period as "2015-2019" (an ASCII
    /// hyphen, which every spreadsheet keeps as text).
    var exportedYear: String { period.map { "\($0.first)-\($0.last)" } ?? String(year) }
}
