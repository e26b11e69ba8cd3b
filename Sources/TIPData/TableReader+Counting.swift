extension TableReader {
    /// The category of a microdata row whose breakdown cell is empty: counted, so that the
    /// parts of a total add up to it, and named, so that the unknown part is never hidden.
    static let notStated = "Not stated"
    /// The category of a row with none of a flag dimension's columns marked.
    static let noneMarked = "None of these"

    /// Microdata counted into figures (``ColumnMapping/countRows``): per country and year,
    /// the number of rows as the total, and the number per value of each breakdown column
    /// and each flag dimension (whose categories are the column names, "_" read as a
    /// space). A row is counted once in every category it is marked with, so a flag
    /// dimension's parts may add up to more than the total (a donut of them is refused).
    ///
    /// - Throws: ``DataError`` naming the line and column of an empty country or year, a
    ///   year that is not one, or a flag cell that is not 0/1.
    /// - Complexity: O(n · (b + f)) for n rows, b breakdown columns and f flag columns.
    func countedFigures(_ rows: [Row], header: [String], metric: String) throws(DataError) -> [Figure] {
        struct Group: Hashable {
            var country: String
            var year: Int
            var part: Breakdown.Part?
        }
        var counts: [Group: Int] = [:]
        var order: [Group] = []
        var firstLine: [Group: SourceLocation] = [:]
        var sources: [String: String] = [:]
        let breakdowns = breakdownColumns(header)
        let truthy: Set<String> = ["1", "true", "yes", "y", "x"], falsy: Set<String> = ["0", "false", "no", "n", ""]
        func count(_ group: Group, _ location: SourceLocation) {
            if counts[group] == nil {
                order.append(group)
                firstLine[group] = location
            }
            counts[group, default: 0] += 1
        }
        // Flag categories and year texts are worked out once, not per row.
        let flagCategories = mapping.flagDimensions.map { flags in
            flags.columns.map { $0.split(separator: "_", omittingEmptySubsequences: false).joined(separator: " ") }
        }
        var years: [String: Int] = [:]
        for row in rows {
            let location = SourceLocation(file: file, line: row.line, path: row.path)
            let cell = { (name: String) -> String in row.cells[name]?.trimmingSpaces ?? "" }
            let named = cell(mapping.country)
            guard let country = named.isEmpty ? mapping.defaultCountry : named else {
                throw DataError(
                    file: file, line: row.line, column: mapping.country, reason: "the country is empty")
            }
            if !selection.contains(country) { continue }
            let yearText = cell(mapping.year)
            guard let year = years[yearText] ?? ValueParsing.year(yearText) else {
                throw DataError(
                    file: file, line: row.line, column: mapping.year,
                    reason: yearText.isEmpty
                        ? "the year is empty; every record needs the year it belongs to"
                        : "'\(yearText.shortenedForMessages)' is not a year; expected a whole number such as 2019")
            }
            years[yearText] = year
            if sources[country] == nil, case let source = cell(mapping.sourceColumn), !source.isEmpty {
                sources[country] = source
            }
            count(Group(country: country, year: year), location)
            for (column, dimension) in breakdowns {
                let value = cell(column)
                count(
                    Group(
                        country: country, year: year,
                        part: Breakdown.Part(dimension: dimension, value: value.isEmpty ? Self.notStated : value)),
                    location)
            }
            for (flags, categories) in zip(mapping.flagDimensions, flagCategories) {
                var marked = false
                for (column, category) in zip(flags.columns, categories) {
                    let text = cell(column)
                    // "1" and "0" need no lower-casing; other spellings do.
                    let isTrue = text == "1" || (text != "0" && !text.isEmpty && truthy.contains(text.lowercased()))
                    if isTrue {
                        marked = true
                        count(
                            Group(
                                country: country, year: year,
                                part: Breakdown.Part(dimension: flags.dimension, value: category)),
                            location)
                    } else if text != "0", !falsy.contains(text.lowercased()) {
                        throw DataError(
                            file: file, line: row.line, column: column,
                            reason: "'\(text.shortenedForMessages)' is not a flag; expected 1 or 0 (also yes/no, "
                                + "true/false, x or empty)")
                    }
                }
                if !marked {
                    count(
                        Group(
                            country: country, year: year,
                            part: Breakdown.Part(dimension: flags.dimension, value: Self.noneMarked)),
                        location)
                }
            }
        }
        return order.map { group in
            Figure(
                country: group.country, year: group.year, metric: Metric(metric),
                breakdown: Breakdown(group.part.map { [$0] } ?? []), value: .exact(Double(counts[group] ?? 0)),
                source: mapping.source ?? sources[group.country], isAggregate: Dataset.isKnownAggregate(group.country),
                location: firstLine[group])
        }
    }

    /// Checks a microdata header: the year and country columns (or `--country`), and every
    /// flag column.
    func checkCountedHeader(_ header: [String], line: Int?) throws(DataError) {
        let names = Set(header)
        guard names.contains(mapping.year) else {
            throw DataError(
                file: file, line: line, column: mapping.year,
                reason: "no year column to count records by; expected '\(mapping.year)' (rename it with "
                    + "--year-column); the columns are: \(header.joined(separator: ", "))")
        }
        if !names.contains(mapping.country), mapping.defaultCountry == nil {
            throw DataError(
                file: file, line: line, column: mapping.country,
                reason: "no country column; name it with --country-column, or pass one --country for a file of "
                    + "one country's records")
        }
        for name in mapping.breakdowns where !names.contains(name) {
            throw DataError(
                file: file, line: line, column: name,
                reason: "--breakdown-column names a column the file does not have; its columns are: "
                    + header.joined(separator: ", "))
        }
        for flags in mapping.flagDimensions {
            for column in flags.columns where !names.contains(column) {
                throw DataError(
                    file: file, line: line, column: column,
                    reason: "--flag-columns names a column the file does not have; its columns are: "
                        + header.joined(separator: ", "))
            }
        }
    }
}
