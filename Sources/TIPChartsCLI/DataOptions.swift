import TIPCharts
import ArgumentParser

/// `--data FILE` with its column mapping and filters, shared by every command.
struct DataOptions: ParsableArguments {
    @Option(help: "A tidy or wide CSV or JSON file (default: the embedded Kazakhstan dataset).")
    var data: String?

    @Option(help: "Keep only this country; also names the country of a wide file without a country column.")
    var country: String?

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

    func validate() throws {
        if data == nil, [countryColumn, yearColumn, metricColumn, valueColumn].contains(where: { $0 != nil }) {
            throw ValidationError(
                "--country-column, --year-column, --metric-column and --value-column need --data FILE.")
        }
    }

    /// The user's file, or the embedded dataset, filtered.
    ///
    /// - Throws: ``TIPData/DataError`` naming the file, line and column.
    func load() throws -> Dataset {
        let dataset: Dataset
        if let data {
            dataset = try Dataset.load(
                contentsOf: data,
                mapping: ColumnMapping(
                    country: countryColumn, year: yearColumn, metric: metricColumn, value: valueColumn,
                    defaultCountry: country))
        } else {
            dataset = .kazakhstan2008
        }
        let filtered = dataset.filtered(countries: country.map { [$0] } ?? [], metrics: metric.map { Metric($0) })
        guard !filtered.figures.isEmpty else {
            let known =
                "countries: \(dataset.countries.joined(separator: ", ")); metrics: "
                + "\(dataset.metrics.map(\.rawValue).joined(separator: ", "))"
            throw ValidationError(
                "no figures match --country/--metric in \(data ?? "the embedded dataset") (\(known)).")
        }
        return filtered
    }

}
