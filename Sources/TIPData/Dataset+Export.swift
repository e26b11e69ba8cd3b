import Foundation

extension Dataset {
    /// The tidy columns export writes, in order.
    public static let exportColumns = [
        "country", "year", "metric", "category", "value", "unit", "qualifier", "source", "note",
    ]

    /// Tidy CSV (RFC 4180, LF line ends). Text cells that a spreadsheet would run as a
    /// formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) get a leading `'`;
    /// the loader removes it again, so export then load gives the same data.
    public func csv() -> String {
        var lines = [Self.exportColumns.joined(separator: ",")]
        for f in figures {
            let text = [
                f.country, String(f.year), f.metric.rawValue, f.category ?? "", f.value.exportText,
                f.unit ?? "", f.qualifier?.rawValue ?? "", f.source ?? "", f.note ?? "",
            ]
            lines.append(text.map(csvCell).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"schemaVersion": 1, "origin": …, "figures": [{country, year, metric, category, value, unit, qualifier,
    /// source, note}]}`;
    /// `value` is a number, a string such as `"<5"` for a censored value, or `null` when missing.
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
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}

private struct ExportDocument: Encodable {
    let schemaVersion: Int
    let origin: String
    let figures: [ExportFigure]
}

private struct ExportFigure: Encodable {
    let figure: Figure

    enum Keys: String, CodingKey { case country, year, metric, category, value, unit, qualifier, source, note }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(figure.country, forKey: .country)
        try c.encode(figure.year, forKey: .year)
        try c.encode(figure.metric.rawValue, forKey: .metric)
        try c.encodeIfPresent(figure.category, forKey: .category)
        switch figure.value {
        case let .exact(v): try c.encode(v, forKey: .value)
        case .below: try c.encode(figure.value.description, forKey: .value)
        case .missing: try c.encodeNil(forKey: .value)
        }
        try c.encodeIfPresent(figure.unit, forKey: .unit)
        try c.encodeIfPresent(figure.qualifier?.rawValue, forKey: .qualifier)
        try c.encodeIfPresent(figure.source, forKey: .source)
        try c.encodeIfPresent(figure.note, forKey: .note)
    }
}
