import TIPScene
import TIPStatistics
import TIPLayout
import Foundation
import TIPData

extension ChartSpec {
    /// A row of the spec's data and the path that names it in messages.
    struct Row {
        let fields: [String: Scalar]
        let path: String
    }

    /// Inline rows, or the rows of `data.file` (tidy fields: country, year, metric, category, value).
    func dataRows() throws -> [Row] {
        switch (data.values, data.file) {
        case let (values?, nil):
            guard !values.isEmpty else { throw SpecError(file: origin, path: "$.data.values", reason: "has no rows") }
            return values.enumerated().map { Row(fields: $0.element, path: "$.data.values[\($0.offset)]") }
        case let (nil, file?):
            let resolved = try resolveDataFile(file)
            let dataset: Dataset
            do { dataset = try Dataset.load(contentsOf: resolved) } catch {
                throw SpecError(file: origin, path: "$.data.file", reason: "\(error)")
            }
            return dataset.figures.enumerated().map { index, f in
                let value: Scalar =
                    switch f.value {
                    case let .exact(v): .number(v)
                    case .below, .tier: .string(f.value.description)
                    case .missing: .null
                    }
                var fields: [String: Scalar] = [
                    "country": .string(f.country), "year": .number(Double(f.year)),
                    "metric": .string(f.metric.rawValue), "value": value,
                ]
                if let category = f.category { fields["category"] = .string(category) }
                if let unit = f.unit { fields["unit"] = .string(unit) }
                if let edition = f.edition { fields["edition"] = .number(Double(edition)) }
                return Row(fields: fields, path: f.location?.description ?? "$.data.file[\(index)]")
            }
        default:
            throw SpecError(
                file: origin, path: "$.data", reason: "give exactly one of \"values\" (inline rows) or \"file\"")
        }
    }

    /// `data.file` resolved against the spec's folder. Absolute paths and paths that climb
    /// out of that folder (`..`, or a symbolic link that leads outside) are refused unless
    /// ``allowsOutsideFiles`` is set (`--allow-outside-data`), so a spec from someone else
    /// cannot make the tool read, and quote in its errors, any file on the machine.
    func resolveDataFile(_ file: String) throws -> String {
        try resolvedSpecDataFile(file, spec: origin, path: "$.data.file", allowsOutside: allowsOutsideFiles)
    }

    /// The field an encoding channel names, checked against the rows.
    func field(_ channel: String, in rows: [Row]) throws -> String {
        let name: String? =
            switch channel {
            case "x": encoding.x
            case "y": encoding.y
            case "color": encoding.color
            default: encoding.theta
            }
        guard let name else {
            throw SpecError(
                file: origin, path: "$.encoding.\(channel)", reason: "is required for a \(type.rawValue) chart")
        }
        let known = Set(rows.flatMap(\.fields.keys))
        guard known.contains(name) else {
            throw SpecError(
                file: origin, path: "$.encoding.\(channel)",
                reason:
                    "names the field '\(name)', which no row has; the fields are: "
                    + "\(known.sorted().joined(separator: ", "))"
            )
        }
        return name
    }

    /// A numeric cell; `nil` when it is null or missing. Censored text ("<5") is not a number here.
    func number(_ row: Row, _ field: String) throws -> Double? {
        switch row.fields[field] {
        case let .number(v)?: return v
        case nil, .null?: return nil
        case let .string(s)?:
            if case let .exact(v)? = FigureValue(parsing: s) { return v }
            if FigureValue(parsing: s) == .missing { return nil }
            throw SpecError(file: origin, path: "\(row.path).\(field)", reason: "'\(s)' is not a number")
        }
    }

    /// Rows to categories × series: one cell per category and series (a number, a censored
    /// bound, or missing), refusing a second row for the same cell.
    ///
    /// - Complexity: O(n log n) for n rows (numeric categories are sorted; positions are looked up by hash).
    func pivot(_ rows: [Row], x: String, y: String, color: String?) throws -> SpecTable {
        let xs = rows.map { $0.fields[x] ?? .null }
        let numeric = xs.allSatisfy { if case .number = $0 { true } else { false } }
        var categories = xs.map(\.text).uniqued()
        if numeric { categories.sort { (Double($0) ?? 0) < (Double($1) ?? 0) } }
        let names = color.map { c in rows.map { $0.fields[c]?.text ?? "" }.uniqued() } ?? [y]
        var cells = Array(
            repeating: Array(repeating: FieldValue.missing, count: categories.count), count: names.count)
        // Positions by dictionary, so that n rows take O(n log n) with the sort above, not O(n · categories).
        let categoryIndex = Dictionary(categories.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let nameIndex = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var filled = Set<Int>()
        for row in rows {
            let c = categoryIndex[row.fields[x]?.text ?? ""] ?? 0
            let s = color.flatMap { nameIndex[row.fields[$0]?.text ?? ""] } ?? 0
            guard filled.insert(s * categories.count + c).inserted else {
                throw SpecError(
                    file: origin, path: row.path,
                    reason:
                        "a second value for \(x) = \(categories[c])\(color.map { " and \($0) = \(names[s])" } ?? ""); "
                        + "give one row per bar or point"
                )
            }
            switch row.fields[y] {
            case let .number(v)?: cells[s][c] = .number(v)
            case let .string(text)?:
                switch FigureValue(parsing: text) {
                case let .exact(v)?: cells[s][c] = .number(v)
                case let .below(bound)?: cells[s][c] = .censored(bound)
                case .missing?: break
                case .tier?:
                    throw SpecError(
                        file: origin, path: "\(row.path).\(y)",
                        reason: "'\(text)' is a tier placement; a bar or line chart needs numbers (draw tiers with the "
                            + "tier-timeline chart)")
                case nil:
                    throw SpecError(
                        file: origin, path: "\(row.path).\(y)",
                        reason: "'\(text)' is not a number or a censored value such as <5")
                }
            default: break
            }
        }
        return SpecTable(categories: categories, series: names, cells: cells)
    }

    func binning() throws -> BinningRule {
        switch bins {
        case nil: return .sturges
        case let .number(width)?:
            guard width.isFinite, width > 0 else {
                throw SpecError(
                    file: origin, path: "$.bins", reason: "a bin width must be a positive number, not \(width)")
            }
            return .fixedWidth(width)
        case let .string(name)?:
            switch name {
            case "sturges": return .sturges
            case "scott": return .scott
            case "freedmanDiaconis", "fd": return .freedmanDiaconis
            case "unitIntegers": return .unitIntegers
            default:
                throw SpecError(
                    file: origin, path: "$.bins",
                    reason: "expected sturges, scott, freedmanDiaconis, unitIntegers or a bin width")
            }
        case .null?: return .sturges
        }
    }

    /// "count", "number:2", "percent:1", "signedPercent", "currency:$".
    func valueFormat(_ text: String?, path: String) throws -> ValueFormat? {
        guard let text else { return nil }
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        let argument = parts.count > 1 ? parts[1] : nil
        let decimals = argument.flatMap(Int.init)
        if parts.first != "currency", let argument {
            guard let decimals, (0...6).contains(decimals) else {
                throw SpecError(
                    file: origin, path: path,
                    reason: "the number of decimals must be a whole number from 0 to 6, not '\(argument.prefix(40))'")
            }
        }
        switch parts.first {
        case "count": return .count
        case "number": return .number(decimals: decimals ?? 1)
        case "percent": return .percent(decimals: decimals ?? 0)
        case "signedPercent": return .signedPercent(decimals: decimals ?? 0)
        case "currency": return .currency(symbol: argument ?? "$")
        default:
            throw SpecError(
                file: origin, path: path,
                reason:
                    "expected count, number[:decimals], percent[:decimals], signedPercent[:decimals] or "
                    + "currency[:symbol]"
            )
        }
    }
}
