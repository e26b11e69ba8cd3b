import Foundation

extension Dataset {
    /// Reads tidy or wide data from a CSV or JSON file.
    ///
    /// The format follows the extension (`.csv`, `.json`); other files are sniffed (JSON
    /// starts with `[` or `{`). Every problem is a ``DataError`` naming the file, the line
    /// (or JSON path), the column and what was expected.
    public static func load(
        contentsOf path: String, mapping: ColumnMapping = ColumnMapping()
    ) throws(DataError) -> Dataset {
        let data: Data
        switch InputFile.read(path) {
        case let .success(bytes): data = bytes
        case let .failure(error):
            throw DataError(file: path, reason: "cannot read the file: \(error.reason)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
            let bad = lines.firstIndex { String(data: Data($0), encoding: .utf8) == nil }.map { $0 + 1 }
            throw DataError(
                file: path, line: bad,
                reason: "the file is not UTF-8 text; save it as UTF-8 (\"CSV UTF-8\" in spreadsheets)")
        }
        return try parse(text, file: path, mapping: mapping)
    }

    /// Loads a file URL: the same as the path-based ``load(contentsOf:mapping:)``.
    public static func load(contentsOf url: URL, mapping: ColumnMapping = ColumnMapping()) throws(DataError) -> Dataset
    {
        try load(contentsOf: url.path, mapping: mapping)
    }

    /// Parses `text` as the contents of `file` (whose name chooses the format).
    public static func parse(
        _ text: String, file: String, mapping: ColumnMapping = ColumnMapping()
    ) throws(DataError) -> Dataset {
        let lower = file.lowercased()
        let firstCharacter = text.first { !$0.isWhitespace && $0 != "\u{FEFF}" }
        let isJSON =
            lower.hasSuffix(".json") || (!lower.hasSuffix(".csv") && (firstCharacter == "[" || firstCharacter == "{"))
        guard firstCharacter != nil else {
            throw DataError(
                file: file, line: 1,
                reason: "the file is empty; expected a header row such as country,year,metric,value")
        }
        let delimiter = mapping.delimiter ?? (lower.hasSuffix(".tsv") ? "\t" : sniffedDelimiter(text))
        let (header, rows, headerLine) =
            isJSON
            ? try JSONTable.read(text, file: file) : try CSVTable.read(text, file: file, delimiter: delimiter)
        // A published layout (UNODC's release) loads with no options.
        let mapping = mapping.adapted(to: header)
        let reader = TableReader(file: file, mapping: mapping, delimiter: isJSON ? "," : delimiter)
        var figures: [Figure]
        if let metric = mapping.countRows {
            try reader.checkCountedHeader(header, line: headerLine)
            figures = try reader.countedFigures(rows, header: header, metric: metric)
        } else {
            let shape = try reader.shape(of: header, line: headerLine)
            figures = try reader.figures(rows, header: header, shape: shape)
        }
        figures = namedFromCodes(figures)
        // Rows skipped by --country or --metric leave an empty dataset, which the caller reports;
        // without filters, rows that give no figure are a file with nothing in it.
        let filtering = !mapping.onlyCountries.isEmpty || !mapping.onlyMetrics.isEmpty || !mapping.onlyRegions.isEmpty
        guard !rows.isEmpty, filtering || !figures.isEmpty else {
            throw DataError(
                file: file, line: headerLine.map { $0 + 1 }, reason: "the file has a header but no data rows")
        }
        return Dataset(figures: figures, origin: file)
    }
}

/// `figures` with their countries named, when every country of the file is written as an
/// ISO 3166-1 code ("KG", "UKR"): charts then read "Kyrgyzstan", not "KG". A file that
/// mixes codes and names, or holds a code no table knows, keeps what it says.
///
/// - Complexity: O(n) for n figures (each distinct country is looked up once).
func namedFromCodes(_ figures: [Figure]) -> [Figure] {
    var names: [String: String] = [:]
    for country in Set(figures.map(\.country)) {
        guard let entry = CountryCodes.entry(forCode: country) else { return figures }
        names[country] = entry.displayName
    }
    return figures.map { figure in
        var named = figure
        named.country = names[figure.country] ?? figure.country
        return named
    }
}

/// CSV text as a header and rows of named cells.
enum CSVTable {
    static func read(
        _ text: String, file: String, delimiter: Unicode.Scalar = ","
    ) throws(DataError) -> ([String], [TableReader.Row], Int?) {
        let records: [CSVRecord]
        do {
            records = try tokenizeCSV(text, delimiter: delimiter)
        } catch {
            throw DataError(file: file, line: error.line, reason: "character \(error.column): \(error.reason)")
        }
        guard let headerRecord = records.first else {
            throw DataError(
                file: file, line: 1,
                reason: "the file is empty; expected a header row such as country,year,metric,value")
        }
        let header = headerRecord.fields.map(\.trimmingSpaces)
        if let blank = header.firstIndex(of: "") {
            throw DataError(file: file, line: headerRecord.line, reason: "header column \(blank + 1) has no name")
        }
        var seen = Set<String>()
        for name in header where !seen.insert(name).inserted {
            throw DataError(
                file: file, line: headerRecord.line, column: name, reason: "the column appears twice in the header")
        }
        var rows: [TableReader.Row] = []
        rows.reserveCapacity(records.count - 1)
        let index = Dictionary(uniqueKeysWithValues: header.enumerated().map { ($0.element, $0.offset) })
        for record in records.dropFirst() {
            guard record.fields.count == header.count else {
                throw DataError(
                    file: file, line: record.line,
                    reason:
                        "the row has \(record.fields.count) fields but the header has \(header.count); quote fields "
                        + "that contain \(delimiterName(delimiter))s"
                )
            }
            rows.append(
                TableReader.Row(
                    cells: TableReader.Cells(index: index, fields: record.fields), line: record.line, path: nil))
        }
        return (header, rows, headerRecord.line)
    }
}

/// JSON data: an array of objects, or our export schema `{"figures": [...]}`.
///
/// Parsed by ``JSONScanner``: numbers keep their text and are read like CSV cells, and rows
/// carry the line of their object, so errors name the file, the line and the JSON path.
enum JSONTable {
    static func read(_ text: String, file: String) throws(DataError) -> ([String], [TableReader.Row], Int?) {
        let document: JSONValue
        do {
            document = try JSONScanner.parse(text)
        } catch {
            throw DataError(file: file, line: error.line, reason: "not valid JSON: \(error.reason)")
        }
        let (items, base): ([JSONValue], String)
        switch document {
        case let .array(array, _):
            (items, base) = (array, "$")
        case let .object(members, _):
            guard case let .array(figures, _)? = members.last(where: { $0.key == "figures" })?.value else {
                fallthrough
            }
            (items, base) = (figures, "$.figures")
        default:
            throw DataError(
                file: file, column: "$", reason: "expected an array of objects, or an object with a \"figures\" array")
        }
        var header: [String] = []
        var known = Set<String>()
        var rows: [TableReader.Row] = []
        for (index, item) in items.enumerated() {
            let path = "\(base)[\(index)]"
            guard case let .object(members, line) = item else {
                throw DataError(
                    file: file, column: path, reason: "expected an object with country, year, metric and value")
            }
            var cells: [String: String] = [:]
            for (key, value) in members {
                guard cells[key] == nil else {
                    throw DataError(
                        file: file, line: line, column: "\(path).\(key)",
                        reason: "the field appears twice in one object")
                }
                cells[key] = try cell(value, file: file, line: line, path: "\(path).\(key)")
                if known.insert(key).inserted { header.append(key) }
            }
            rows.append(TableReader.Row(cells: TableReader.Cells(cells), line: line, path: path))
        }
        return (header.sorted(), rows, nil)
    }

    /// A JSON scalar as the text a CSV cell would hold; a number keeps its JSON text.
    static func cell(_ value: JSONValue, file: String, line: Int, path: String) throws(DataError) -> String {
        switch value {
        case .null: return ""
        case let .string(string): return string
        case let .number(text): return text
        case .bool:
            throw DataError(
                file: file, line: line, column: path,
                reason: "true/false is not a value; expected a number, a string such as \"<5\", or null")
        case .array, .object:
            throw DataError(
                file: file, line: line, column: path,
                reason: "expected a number, a string or null, not an array or object")
        }
    }
}

/// "comma", "semicolon", "tab", or the character quoted, for messages.
func delimiterName(_ delimiter: Unicode.Scalar) -> String {
    switch delimiter {
    case ",": "comma"
    case ";": "semicolon"
    case "\t": "tab"
    default: "'\(delimiter)'"
    }
}
