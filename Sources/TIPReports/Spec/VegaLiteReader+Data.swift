import Foundation
import TIPData
import TIPLayout

extension VegaLiteReader {
    /// `data`: inline `values` (an array of objects), or a `url` naming a CSV or JSON file
    /// beside the spec. Every value is read as the data loader reads it ("<5" censored, "NA"
    /// missing); field order is the first row's key order for files, sorted for inline rows.
    func table(_ value: JSONValue, path: String) throws(SpecError) -> DataTable {
        let d = try JSONObjectReader(value, path: path, file: file)
        try d.checkKeys(
            ["values", "url", "format"],
            unsupported: [
                "name": "named data sets are not supported; give values or url",
                "sequence": "generated data is not supported yet",
            ])
        switch (d["values"], try d.string("url")) {
        case let (values?, nil):
            guard let rows = values.array else { throw d.error("values", "expected an array of objects") }
            return try table(rows: rows, path: path + ".values")
        case let (nil, url?):
            return try fileTable(url, format: try d.child("format"), path: path)
        default:
            throw d.error(nil, "give exactly one of \"values\" (inline rows) or \"url\" (a file beside the spec)")
        }
    }

    func table(rows: [JSONValue], path: String) throws(SpecError) -> DataTable {
        var out: [[String: FieldValue]] = []
        out.reserveCapacity(rows.count)
        for (i, row) in rows.enumerated() {
            let r = try JSONObjectReader(row, path: "\(path)[\(i)]", file: file)
            var cells: [String: FieldValue] = [:]
            for (key, v) in r.object { cells[key] = try cell(v, path: "\(path)[\(i)].\(key)") }
            out.append(cells)
        }
        return DataTable(rows: out)
    }

    /// A CSV (by extension or `format.type`) or JSON file, resolved inside the spec's folder.
    func fileTable(_ url: String, format: JSONObjectReader?, path: String) throws(SpecError) -> DataTable {
        if url.contains("://") {
            throw SpecError(file: file, path: path + ".url", reason: "only local files are read, never the network")
        }
        try format?.checkKeys(["type", "parse"])
        let type =
            try format?.string("type") ?? ((url as NSString).pathExtension.lowercased() == "json" ? "json" : "csv")
        let resolved = try resolve(url, path: path + ".url")
        let bytes: Data
        switch InputFile.read(resolved) {
        case let .success(b): bytes = b
        case let .failure(error):
            throw SpecError(file: file, path: path + ".url", reason: "cannot read '\(url)': \(error.reason)")
        }
        switch type {
        case "json":
            let json: JSONValue
            do { json = try JSONDecoder().decode(JSONValue.self, from: bytes) } catch {
                throw SpecError(file: file, path: path + ".url", reason: "'\(url)' is not valid JSON")
            }
            guard let rows = json.array else {
                throw SpecError(file: file, path: path + ".url", reason: "'\(url)' must hold an array of objects")
            }
            return try table(rows: rows, path: url)
        case "csv", "tsv":
            guard let text = String(data: bytes, encoding: .utf8) else {
                throw SpecError(file: file, path: path + ".url", reason: "'\(url)' is not UTF-8 text")
            }
            let body = type == "tsv" ? text.replacingOccurrences(of: "\t", with: ",") : text
            let records: [CSVRecord]
            do { records = try tokenizeCSV(body) } catch {
                throw SpecError(
                    file: file, path: path + ".url",
                    reason: "\(url): line \(error.line), column \(error.column): \(error.reason)")
            }
            guard let header = records.first else { return .empty }
            let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
            var columns = Array(repeating: [FieldValue](), count: names.count)
            for record in records.dropFirst() {
                if record.fields.count == 1, record.fields[0].isEmpty { continue }
                guard record.fields.count == names.count else {
                    throw SpecError(
                        file: file, path: path + ".url",
                        reason:
                            "\(url): line \(record.line): \(record.fields.count) fields where the header has "
                            + "\(names.count)"
                    )
                }
                for (k, field) in record.fields.enumerated() { columns[k].append(parsedCell(field)) }
            }
            do { return try DataTable(fields: names, columns: columns.map(Column.init)) } catch {
                throw SpecError(file: file, path: path + ".url", reason: "\(url): \(error.message)")
            }
        default:
            throw SpecError(file: file, path: path + ".format.type", reason: "expected csv, tsv or json")
        }
    }

    /// `url` against the spec's folder (``resolvedSpecDataFile(_:spec:path:allowsOutside:)``).
    func resolve(_ url: String, path: String) throws(SpecError) -> String {
        try resolvedSpecDataFile(url, spec: file, path: path, allowsOutside: allowsOutsideFiles)
    }
}
