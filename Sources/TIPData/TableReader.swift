import TIPStatistics

/// Turns a header and rows of cells (from CSV or JSON) into figures, validating each cell.
///
/// - **Tidy** (long): one figure per row, columns `country`, `year`, `metric`, `value`
///   (names mapped by ``ColumnMapping``), optional `category`, `unit`, `qualifier`,
///   `source`, `note`; other columns are ignored.
/// - **Wide**: a row per year and a column per metric (`year,investigations,convictions`),
///   used when the file has no metric and value columns.
struct TableReader {
    let file: String
    let mapping: ColumnMapping
    /// The CSV delimiter the file was read with: in a semicolon-delimited file, a comma in a
    /// number may be a decimal comma, so it is an error unless ``ColumnMapping/decimalComma``.
    var delimiter: Unicode.Scalar = ","
    /// `--country`, matched by name, code or alias.
    let selection: CountrySelection

    init(file: String, mapping: ColumnMapping, delimiter: Unicode.Scalar = ",") {
        self.file = file
        self.mapping = mapping
        self.delimiter = delimiter
        selection = CountrySelection(mapping.onlyCountries, regions: mapping.onlyRegions)
    }

    /// A row of cells by column name, with where it came from.
    struct Row {
        let cells: Cells
        let line: Int?
        let path: String?
    }

    /// A row's cells by column name: the fields in header order, and one index of column
    /// names shared by every row of a CSV file (copy on write: no row holds its own), so a
    /// wide file of 60 columns costs an array per row, not a dictionary.
    struct Cells {
        let index: [String: Int]
        let fields: [String]

        /// The cells of `fields`, named by the shared `index`.
        init(index: [String: Int], fields: [String]) {
            self.index = index
            self.fields = fields
        }

        /// The cells of one JSON object.
        init(_ named: [String: String]) {
            var index: [String: Int] = [:]
            var fields: [String] = []
            for (name, value) in named {
                index[name] = fields.count
                fields.append(value)
            }
            self.init(index: index, fields: fields)
        }

        /// The cell of column `name`, or nil when the row has no such column.
        ///
        /// - Complexity: O(k) in the name's length (one hash).
        subscript(name: String) -> String? { index[name].map { fields[$0] } }
    }

    enum Shape { case tidy, wide }

    /// Checks the columns and decides tidy or wide.
    func shape(of header: [String], line: Int?) throws(DataError) -> Shape {
        // CSV and JSON alike: a nameless column would become a nameless metric.
        if let blank = header.firstIndex(where: { $0.trimmingSpaces.isEmpty }) {
            throw DataError(
                file: file, line: line,
                reason: line == nil
                    ? "a field has an empty name (\"\"); every field needs a name"
                    : "header column \(blank + 1) has no name")
        }
        let names = Set(header)
        for name in mapping.breakdowns where !names.contains(name) {
            throw DataError(
                file: file, line: line, column: name,
                reason:
                    "--breakdown-column names a column the file does not have; its columns are: "
                    + header.joined(separator: ", "))
        }
        let layoutColumns =
            [mapping.countryCode, mapping.aggregateWhenEmpty].compactMap { $0 }
            + mapping.categoryPairs.flatMap { [$0.dimension, $0.category] }
        for name in layoutColumns where !names.contains(name) {
            throw DataError(
                file: file, line: line, column: name,
                reason: "the mapping names a column the file does not have; its columns are: "
                    + header.joined(separator: ", "))
        }
        for field in ["country", "year", "metric", "value", "edition"] where mapping.explicitlyNamed.contains(field) {
            let name = column(field)
            guard names.contains(name) else {
                throw DataError(
                    file: file, line: line, column: name,
                    reason:
                        "\(ColumnMapping.flags[field] ?? field) names a column the file does not have; its columns "
                        + "are: \(header.joined(separator: ", "))"
                )
            }
        }
        guard names.contains(mapping.year) else {
            throw DataError(
                file: file, line: line, column: mapping.year,
                reason:
                    "no year column; expected a column '\(mapping.year)' (rename it with --year-column); the "
                    + "columns are: \(header.joined(separator: ", "))"
            )
        }
        let hasMetric = names.contains(mapping.metric), hasValue = names.contains(mapping.value)
        if hasMetric != hasValue {
            let missing = hasMetric ? mapping.value : mapping.metric
            throw DataError(
                file: file, line: line, column: missing,
                reason:
                    "a tidy file needs both '\(mapping.metric)' and '\(mapping.value)' columns; '\(missing)' "
                    + "is missing "
                    + "(name the column with \(hasMetric ? "--value-column" : "--metric-column"))")
        }
        if !names.contains(mapping.country), mapping.defaultCountry == nil, mapping.countryCode == nil {
            throw DataError(
                file: file, line: line, column: mapping.country,
                reason:
                    "no country column; add a '\(mapping.country)' column, name it with --country-column, or "
                    + "pass one --country"
            )
        }
        if !hasMetric,
            header.filter({
                !Self.wideReserved(mapping).contains($0) && !$0.hasPrefix(ColumnMapping.breakdownPrefix)
            }).isEmpty
        {
            throw DataError(
                file: file, line: line,
                reason: "no metric columns: a wide file needs a column per metric beside '\(mapping.year)'")
        }
        return hasMetric ? .tidy : .wide
    }

    func column(_ field: String) -> String {
        switch field {
        case "country": mapping.country
        case "year": mapping.year
        case "metric": mapping.metric
        case "edition": mapping.edition
        default: mapping.value
        }
    }

    /// Columns that are not metrics in a wide file.
    static func wideReserved(_ m: ColumnMapping) -> Set<String> {
        Set(
            [m.country, m.year, m.edition, m.unit, m.sourceColumn, "note", "qualifier", "category", "aggregate"]
                + m.breakdowns + [m.countryCode, m.aggregateWhenEmpty].compactMap { $0 }
                + m.categoryPairs.flatMap { [$0.dimension, $0.category] })
    }

    /// The breakdown columns of `header` with their dimension names: `category`, every
    /// `breakdown:NAME` column, and the mapping's breakdown columns.
    func breakdownColumns(_ header: [String]) -> [(column: String, dimension: String)] {
        header.compactMap { name in
            if name == "category" || mapping.breakdowns.contains(name) { return (name, name) }
            if name.hasPrefix(ColumnMapping.breakdownPrefix) {
                return (name, String(name.dropFirst(ColumnMapping.breakdownPrefix.count)))
            }
            return nil
        }
    }

    /// The figures of `rows`; rejects bad cells, and rows that repeat a figure unless the
    /// mapping sums them (``ColumnMapping/duplicates``).
    ///
    /// - Complexity: O(n) expected, for n rows.
    func figures(_ rows: [Row], header: [String], shape: Shape) throws(DataError) -> [Figure] {
        var figures: [Figure] = []
        var byKey: [Figure.Key: Int] = [:]
        // A tidy file gives a figure per row: sized once, not grown by doubling.
        if shape == .tidy {
            figures.reserveCapacity(rows.count)
            byKey.reserveCapacity(rows.count)
        }
        // Only our own export guards cells; a user's own leading apostrophe stays as written.
        let isExport = header.filter { !$0.hasPrefix(ColumnMapping.breakdownPrefix) } == Dataset.exportColumns
        for row in rows {
            for figure in try rowFigures(in: row, header: header, shape: shape, unguards: isExport) {
                guard let index = byKey[figure.key] else {
                    byKey[figure.key] = figures.count
                    figures.append(figure)
                    continue
                }
                let earlier = figures[index]
                let column = shape == .tidy ? mapping.value : figure.metric.rawValue
                let category = figure.category.map { " (\($0))" } ?? ""
                let unit = figure.unit.map { " in \($0)" } ?? ""
                let edition = figure.edition.map { " in the \($0) edition" } ?? ""
                let what = "\(figure.country) \(figure.year) \(figure.metric)\(category)\(unit)\(edition)"
                let place = earlier.location?.description ?? "an earlier row"
                switch mapping.duplicates {
                case .sum:
                    guard earlier.qualifier == nil, figure.qualifier == nil else {
                        let phrase = (figure.qualifier ?? earlier.qualifier)?.phrase ?? ""
                        throw error(
                            row, column: column,
                            "\(what) is qualified (\(phrase)) here or at \(place); qualified values (\"nearly\", "
                                + "\"at least\") are not summed")
                    }
                    guard let sum = FigureValue.summed(earlier.value, figure.value) else {
                        throw error(
                            row, column: column,
                            "\(what) is a tier placement here and at \(place); tiers are not summed")
                    }
                    figures[index].value = sum
                case .refuse where earlier.value == figure.value:
                    throw error(
                        row, column: column,
                        "\(what) is given twice, here and at \(place), both \(figure.value); remove the repeated "
                            + "row, or pass --sum-duplicates if the rows are parts to add up (microdata: --count-rows)")
                case .refuse:
                    throw error(
                        row, column: column,
                        "\(what) is \(figure.value) here but \(earlier.value) at \(place); keep one value per country, "
                            + "year, metric, unit, breakdown and edition, or pass --sum-duplicates if they are parts "
                            + "to add up")
                }
            }
        }
        return figures
    }

    private func error(_ row: Row, column: String?, _ reason: String) -> DataError {
        DataError(
            file: file, line: row.line, column: row.path.map { p in column.map { "\(p).\($0)" } ?? p } ?? column,
            reason: reason)
    }

    /// - Parameter unguards: remove export's formula guard (the file has export's exact header).
    private func rowFigures(in row: Row, header: [String], shape: Shape, unguards: Bool) throws(DataError) -> [Figure] {
        let location = SourceLocation(file: file, line: row.line, path: row.path)
        let countryCell = row.cells[mapping.country]?.trimmingSpaces
        let codeCell = mapping.countryCode.flatMap { row.cells[$0]?.trimmingSpaces }.flatMap { $0.isEmpty ? nil : $0 }
        let country =
            (countryCell?.isEmpty == false ? countryCell : nil)
            ?? codeCell.map { CountryCodes.entry(forCode: $0)?.displayName ?? $0 } ?? mapping.defaultCountry
        let unguard = { (text: String) -> String in unguards ? unneutralised(text) : text }
        guard let country = country.map(unguard) else {
            let also = mapping.countryCode.map { " and so is '\($0)'" } ?? ""
            throw error(row, column: mapping.country, "the country is empty\(also)")
        }
        let optional = { (name: String) -> String? in
            let v = row.cells[name]?.trimmingSpaces
            return v?.isEmpty == false ? v.map(unguard) : nil
        }
        // --country and --metric skip rows before their cells are checked.
        if !selection.contains(country) { return [] }
        if shape == .tidy, !mapping.onlyMetrics.isEmpty,
            !mapping.onlyMetrics.contains(optional(mapping.metric) ?? "")
        {
            return []
        }
        var edition: Int?
        if let text = optional(mapping.edition) {
            guard let year = ValueParsing.year(text) else {
                throw error(
                    row, column: mapping.edition,
                    "'\(text)' is not an edition year; expected a whole number such as 2008")
            }
            edition = year
        }
        let yearText = row.cells[mapping.year]?.trimmingSpaces ?? ""
        // A period ("2015-2019") is a figure of several years, dated by its first.
        let single = yearText.isEmpty ? nil : ValueParsing.year(yearText)
        // Both ends must be years as a single year is (1800-2200); "2015-2015" is the year 2015.
        let period =
            yearText.isEmpty || single != nil
            ? nil
            : YearRange(parsing: yearText).flatMap { p in
                ValueParsing.year(String(p.first)) != nil && ValueParsing.year(String(p.last)) != nil
                    ? p : nil
            }
        // A tier placement belongs to its edition and has no data year of its own.
        guard let year = yearText.isEmpty ? edition : single ?? period?.first else {
            throw error(
                row, column: mapping.year,
                yearText.isEmpty
                    ? "the year is empty; give the year the figure describes (or an edition column, for tiers)"
                    : "'\(yearText.shortenedForMessages)' is not a year; expected a whole number such as 2007, or a "
                        + "period such as 2015-2019")
        }
        var parts: [Breakdown.Part] = []
        for (column, dimension) in breakdownColumns(header) {
            guard let text = optional(column), !Breakdown.totalTexts.contains(text.lowercased()) else { continue }
            parts.append(Breakdown.Part(dimension: dimension, value: text))
        }
        for pair in mapping.categoryPairs {
            if let part = try pairedPart(pair, optional: optional, row: row) { parts.append(part) }
        }
        let breakdown = Breakdown(parts)
        var isAggregate = Dataset.isKnownAggregate(country)
        if let column = mapping.aggregateWhenEmpty, optional(column) == nil { isAggregate = true }
        if let text = optional("aggregate") {
            switch text.lowercased() {
            case "true", "yes", "y", "1", "x": isAggregate = true
            case "false", "no", "n", "0": isAggregate = false
            default:
                throw error(
                    row, column: "aggregate", "'\(text)' is not yes or no; expected true, false, yes, no, 1 or 0")
            }
        }
        let unit = optional(mapping.unit)
        var qualifier: Qualifier?
        if let text = optional("qualifier") {
            guard
                let q = Qualifier(rawValue: text.replacingSpaces)
                    ?? Qualifier.allCases.first(where: { $0.phrase == text })
            else {
                throw error(
                    row, column: "qualifier",
                    "'\(text)' is not a qualifier; expected exact, approximately, nearly or at least")
            }
            qualifier = q == .exact ? nil : q
        }
        func figure(metric: String, cell raw: String, column: String) throws(DataError) -> Figure {
            // A tier code ("2") of a tier metric is its placement; the code is looked up before
            // the cell is read as a number.
            let code = raw.trimmingSpaces
            let isTier = Self.tierMetrics.contains(metric.lowercased())
            if isTier, let tier = mapping.tierCodes[code] {
                return Figure(
                    country: country, year: year, metric: Metric(metric), breakdown: breakdown, value: .tier(tier),
                    unit: unit, source: optional(mapping.sourceColumn) ?? mapping.source, note: optional("note"),
                    edition: edition, isAggregate: isAggregate, location: location, period: period)
            }
            if isTier, !mapping.tierCodes.isEmpty, !code.isEmpty, Tier(rawValue: code) == nil {
                throw error(
                    row, column: column,
                    "'\(code.shortenedForMessages)' is not one of the --tier-codes ("
                        + mapping.tierCodes.keys.sorted().joined(separator: ", ") + ") nor a tier such as Tier 2")
            }
            let cell = try number(raw, row: row, column: column)
            if isTier, mapping.tierCodes.isEmpty, case .exact? = ValueParsing.value(cell)?.value {
                throw error(
                    row, column: column,
                    "the tier placement is the number '\(code.shortenedForMessages)'; tiers are ordinal placements, "
                        + "so say what the codes stand for with --tier-codes "
                        + "(such as 1=Tier 1,2=Tier 2,3=Tier 2 Watch List,4=Tier 3)")
            }
            guard let (value, written) = ValueParsing.value(cell) else {
                throw error(
                    row, column: column,
                    "'\(cell.shortenedForMessages)' is not a number; \(ValueParsing.expectedNumber)")
            }
            if let written, let qualifier, written != qualifier {
                throw error(
                    row, column: column,
                    "'\(cell.trimmingSpaces)' says \(written.phrase) but the qualifier column says "
                        + "\(qualifier.phrase); keep one")
            }
            if case let .exact(v) = value, v < 0, !Self.signedUnits.contains(unit?.lowercased() ?? "") {
                throw error(
                    row, column: column,
                    "\(cell.trimmingSpaces) is negative; counts and amounts cannot be below zero (use unit "
                        + "'percent' for changes)"
                )
            }
            return Figure(
                country: country, year: year, metric: Metric(metric), breakdown: breakdown, value: value,
                unit: unit, qualifier: qualifier ?? written, source: optional(mapping.sourceColumn) ?? mapping.source,
                note: optional("note"),
                edition: edition, isAggregate: isAggregate, location: location, period: period)
        }
        switch shape {
        case .tidy:
            guard let metric = optional(mapping.metric) else {
                throw error(row, column: mapping.metric, "the metric is empty")
            }
            return [try figure(metric: metric, cell: row.cells[mapping.value] ?? "", column: mapping.value)]
        case .wide:
            var result: [Figure] = []
            for name in header
            where !Self.wideReserved(mapping).contains(name) && !name.hasPrefix(ColumnMapping.breakdownPrefix)
                && (mapping.onlyMetrics.isEmpty || mapping.onlyMetrics.contains(name.trimmingSpaces))
            {
                // Trimmed as a tidy file's metric cells are, so a wide file and its export agree.
                result.append(try figure(metric: name.trimmingSpaces, cell: row.cells[name] ?? "", column: name))
            }
            return result
        }
    }

    /// The breakdown part that a dimension column and a category column give together; nil
    /// for a total category.
    private func pairedPart(
        _ pair: ColumnMapping.CategoryPair, optional: (String) -> String?, row: Row
    ) throws(DataError) -> Breakdown.Part? {
        guard let category = optional(pair.category), !Breakdown.totalTexts.contains(category.lowercased()) else {
            return nil
        }
        let written = optional(pair.dimension) ?? ""
        let dimension = written.lowercased().hasPrefix("by ") ? String(written.dropFirst(3)) : written
        guard !Breakdown.totalTexts.contains(dimension.lowercased()) else {
            throw error(
                row, column: pair.dimension,
                "the category '\(category.shortenedForMessages)' has no dimension ('\(written)'); name what it breaks "
                    + "the figure down by, such as 'by form of exploitation'")
        }
        return Breakdown.Part(dimension: dimension, value: category)
    }

    /// `cell` in the loader's number style: a decimal comma ("1.834,5", "1 834,5") rewritten
    /// as a decimal point, and a comma in a semicolon-delimited file without it refused as
    /// ambiguous ("1,834" is 1834 in one locale and 1.834 in another).
    private func number(_ cell: String, row: Row, column: String) throws(DataError) -> String {
        if mapping.decimalComma {
            let grouped = cell.filter { $0 != "." && $0 != " " && $0 != "\u{00A0}" && $0 != "\u{202F}" }
            return String(grouped.map { $0 == "," ? "." : $0 })
        }
        guard delimiter != ";" || !cell.contains(",") else {
            throw error(
                row, column: column,
                "'\(cell.shortenedForMessages)' has a comma in a semicolon-delimited file, where it may be a decimal "
                    + "comma; pass --decimal-comma if it is one, or write the number without grouping")
        }
        return cell
    }

    /// Metric names whose cells are tier placements (compared in lower case).
    static let tierMetrics: Set<String> = ["tier", "tier placement", "tier_placement", "tip tier", "tip_tier"]

    /// Units whose values may be negative.
    static let signedUnits: Set<String> = ["percent", "%", "percentage_points", "change"]
}

/// Undoes the spreadsheet-formula guard that export adds (`'=x` reads back as `=x`,
/// `''x` as `'x`), for files with export's exact header only. Tested on Unicode scalars,
/// so a cell starting with CR LF is recognised.
func unneutralised(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard scalars.first == "'", let second = scalars.dropFirst().first, formulaLeaders.contains(second) else {
        return text
    }
    return String(scalars.dropFirst())
}

/// First characters that make a spreadsheet treat a cell as a formula, plus the guard itself.
let formulaLeaders: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\n", "'"]

extension String {
    /// At most 60 characters, with "… (N characters)" when longer, so a huge cell is not echoed whole.
    var shortenedForMessages: String {
        count <= 60 ? self : String(prefix(60)) + "… (\(count) characters)"
    }

    var replacingSpaces: String { split(separator: " ").joined(separator: "_") }
}
