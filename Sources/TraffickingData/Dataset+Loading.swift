import Foundation

extension Dataset {
    /// Reads tidy or wide data from a CSV or JSON file.
    ///
    /// The format follows the extension (`.csv`, `.json`); other files are sniffed (JSON
    /// starts with `[` or `{`). Every problem is a ``DataError`` naming the file, the line
    /// (or JSON path), the column and what was expected.
    public static func load(contentsOf path: String, mapping: ColumnMapping = ColumnMapping()) throws(DataError) -> Dataset {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw DataError(file: path, reason: "cannot read the file: \((error as NSError).localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
            let bad = lines.firstIndex { String(data: Data($0), encoding: .utf8) == nil }.map { $0 + 1 }
            throw DataError(file: path, line: bad, reason: "the file is not UTF-8 text; save it as UTF-8 (\"CSV UTF-8\" in spreadsheets)")
        }
        return try parse(text, file: path, mapping: mapping)
    }

    /// Parses `text` as the contents of `file` (whose name chooses the format).
    public static func parse(_ text: String, file: String, mapping: ColumnMapping = ColumnMapping()) throws(DataError) -> Dataset {
        let lower = file.lowercased()
        let firstCharacter = text.first { !$0.isWhitespace && $0 != "\u{FEFF}" }
        let isJSON = lower.hasSuffix(".json") || (!lower.hasSuffix(".csv") && (firstCharacter == "[" || firstCharacter == "{"))
        guard firstCharacter != nil else {
            throw DataError(file: file, line: 1, reason: "the file is empty; expected a header row such as country,year,metric,value")
        }
        let reader = TableReader(file: file, mapping: mapping)
        let (header, rows, headerLine) = isJSON ? try JSONTable.read(text, file: file) : try CSVTable.read(text, file: file)
        let shape = try reader.shape(of: header, line: headerLine)
        let figures = try reader.figures(rows, header: header, shape: shape)
        guard !figures.isEmpty else {
            throw DataError(file: file, line: headerLine.map { $0 + 1 }, reason: "the file has a header but no data rows")
        }
        return Dataset(figures: figures, origin: file)
    }
}

/// CSV text as a header and rows of named cells.
enum CSVTable {
    static func read(_ text: String, file: String) throws(DataError) -> ([String], [TableReader.Row], Int?) {
        let records: [CSVRecord]
        do {
            records = try tokenizeCSV(text)
        } catch {
            throw DataError(file: file, line: error.line, reason: "character \(error.column): \(error.reason)")
        }
        guard let headerRecord = records.first else {
            throw DataError(file: file, line: 1, reason: "the file is empty; expected a header row such as country,year,metric,value")
        }
        let header = headerRecord.fields.map(\.trimmingSpaces)
        if let blank = header.firstIndex(of: "") {
            throw DataError(file: file, line: headerRecord.line, reason: "header column \(blank + 1) has no name")
        }
        var seen = Set<String>()
        for name in header where !seen.insert(name).inserted {
            throw DataError(file: file, line: headerRecord.line, column: name, reason: "the column appears twice in the header")
        }
        var rows: [TableReader.Row] = []
        for record in records.dropFirst() {
            guard record.fields.count == header.count else {
                throw DataError(file: file, line: record.line,
                                reason: "the row has \(record.fields.count) fields but the header has \(header.count); quote fields that contain commas")
            }
            rows.append(TableReader.Row(cells: Dictionary(uniqueKeysWithValues: zip(header, record.fields)), line: record.line, path: nil))
        }
        return (header, rows, headerRecord.line)
    }
}

/// JSON data: an array of objects, or our export schema `{"figures": [...]}`.
enum JSONTable {
    static func read(_ text: String, file: String) throws(DataError) -> ([String], [TableReader.Row], Int?) {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            throw DataError(file: file, reason: "not valid JSON: \(Self.describe(error))")
        }
        let (items, base): ([Any], String)
        if let array = object as? [Any] {
            (items, base) = (array, "$")
        } else if let dictionary = object as? [String: Any], let figures = dictionary["figures"] as? [Any] {
            (items, base) = (figures, "$.figures")
        } else {
            throw DataError(file: file, column: "$", reason: "expected an array of objects, or an object with a \"figures\" array")
        }
        var header: [String] = []
        var rows: [TableReader.Row] = []
        for (index, item) in items.enumerated() {
            let path = "\(base)[\(index)]"
            guard let fields = item as? [String: Any] else {
                throw DataError(file: file, column: path, reason: "expected an object with country, year, metric and value")
            }
            var cells: [String: String] = [:]
            for key in fields.keys.sorted() {
                cells[key] = try cell(fields[key] as Any, file: file, path: "\(path).\(key)")
                if !header.contains(key) { header.append(key) }
            }
            rows.append(TableReader.Row(cells: cells, line: nil, path: path))
        }
        return (header.sorted(), rows, nil)
    }

    /// A JSON scalar as the text a CSV cell would hold.
    static func cell(_ value: Any, file: String, path: String) throws(DataError) -> String {
        switch value {
        case is NSNull: return ""
        case let string as String: return string
        case let number as NSNumber:
            // JSON true/false arrive as NSNumber whose type code is "c" (char); the parser never makes chars of numbers.
            if String(cString: number.objCType) == "c" {
                throw DataError(file: file, column: path, reason: "true/false is not a value; expected a number, a string such as \"<5\", or null")
            }
            return plainNumber(number.doubleValue)
        default:
            throw DataError(file: file, column: path, reason: "expected a number, a string or null, not an array or object")
        }
    }

    static func describe(_ error: Error) -> String {
        let ns = error as NSError
        return (ns.userInfo[NSDebugDescriptionErrorKey] as? String) ?? ns.localizedDescription
    }
}
