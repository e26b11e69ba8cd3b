import TIPCharts
import ArgumentParser

/// `--data FILE` with its column mapping and filters, shared by every command.
struct DataOptions: ParsableArguments {
    @Option(help: "A tidy or wide CSV or JSON file (default: the embedded Kazakhstan dataset).")
    var data: String?

    @Option(
        name: .customLong("country"),
        help: ArgumentHelp(
            "Keep only this country (repeatable: --country A --country B keeps both). One --country also names "
                + "the country of a file without a country column."))
    var countries: [String] = []

    /// The one country named, when exactly one is.
    var country: String? { countries.count == 1 ? countries[0] : nil }

    @Option(help: "Keep only this metric (repeatable).")
    var metric: [String] = []

    @Option(help: "The column that holds the country (default: country).")
    var countryColumn: String?

    @Option(help: "The column that holds the year (default: year).")
    var yearColumn: String?

    @Option(help: "The column that holds the metric name (default: metric).")
    var metricColumn: String?

    @Option(help: "The column that holds the value (default: value).")
    var valueColumn: String?

    @Option(
        help: ArgumentHelp(
            "The column that holds the report edition, such as report_year (default: edition). The latest edition "
                + "of a figure is charted; the summary lists revisions."))
    var editionColumn: String?

    @Option(help: "A column that breaks a metric down, such as sex or age_group (repeatable).")
    var breakdownColumn: [String] = []

    @Flag(
        help: ArgumentHelp(
            "Add up rows that repeat a figure (same country, year, metric, breakdown, unit and edition) instead of "
                + "refusing them; a censored part (<5) keeps the sum censored."))
    var sumDuplicates = false

    @Option(help: "A JSON object of metric name to label, for charts and tables.")
    var labels: String?

    func validate() throws {
        if data == nil,
            [countryColumn, yearColumn, metricColumn, valueColumn, editionColumn].contains(where: { $0 != nil })
                || !breakdownColumn.isEmpty
        {
            throw ValidationError(
                "--country-column, --year-column, --metric-column, --value-column, --edition-column and "
                    + "--breakdown-column need --data FILE.")
        }
    }

    /// The user's file, or the embedded dataset, filtered.
    ///
    /// - Throws: ``TIPData/DataError`` naming the file, line and column.
    func load() throws -> Dataset {
        let dataset: Dataset
        if let data {
            // --country and --metric skip other rows before their values are read.
            var mapping = ColumnMapping(
                country: countryColumn, year: yearColumn, metric: metricColumn, value: valueColumn,
                edition: editionColumn, breakdowns: breakdownColumn, defaultCountry: country,
                onlyCountries: Set(countries), onlyMetrics: Set(metric))
            mapping.duplicates = sumDuplicates ? .sum : .refuse
            dataset = try Dataset.load(contentsOf: data, mapping: mapping)
        } else {
            dataset = .kazakhstan2008
        }
        var filtered = dataset.filtered(countries: countries, metrics: metric.map { Metric($0) })
        if let labels { filtered.labels = try MetricLabels.load(contentsOf: labels) }
        guard !filtered.figures.isEmpty || !filtered.profiles.isEmpty else {
            // The filters skipped every row while reading; read it again whole to say what it holds.
            let whole = data.flatMap { try? Dataset.load(contentsOf: $0) } ?? dataset
            let known =
                "countries: \(whole.places.joined(separator: ", ")); metrics: "
                + "\(whole.metrics.map(\.rawValue).joined(separator: ", "))"
            throw ValidationError(
                "no figures match --country/--metric in \(data ?? "the embedded dataset") (\(known)).")
        }
        return filtered
    }

}
