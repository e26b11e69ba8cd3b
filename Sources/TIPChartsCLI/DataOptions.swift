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

    @Option(
        name: .customLong("region"),
        help: ArgumentHelp(
            "Keep only the countries of this UN M49 region or sub-region (Central Asia, Sub-Saharan Africa, "
                + "Europe; repeatable, and with --country keeps both)."))
    var regionNames: [String] = []

    /// The regions of `--region`.
    var regions: [Regions.Region] {
        get throws {
            try regionNames.map { name in
                guard let region = Regions.region(named: name) else {
                    throw ValidationError(
                        "--region '\(name)' is not a UN M49 region; the regions are: "
                            + Regions.all.map(\.name).joined(separator: ", ") + ".")
                }
                return region
            }
        }
    }

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

    @Flag(
        help: ArgumentHelp(
            "Microdata: count rows (one per victim or case) per country, year and breakdown column, instead of "
                + "reading a value column. Empty breakdown cells count as 'Not stated'."))
    var countRows = false

    @Option(help: "The metric name of counted rows (default: records), such as victims.")
    var countAs: String?

    @Option(
        help: ArgumentHelp(
            "Microdata: 0/1 columns that make one breakdown, as DIMENSION=COLUMN,COLUMN "
                + "(form=sexual_exploitation,forced_labour); repeatable.",
            valueName: "dimension=columns"))
    var flagColumns: [String] = []

    @Option(
        help: ArgumentHelp(
            "The CSV delimiter: comma, semicolon, tab (or the character itself); by default guessed from the header, "
                + "and tab for .tsv files."))
    var delimiter: String?

    @Flag(help: "Numbers use a decimal comma (12,5; 1.834,5), as many semicolon-delimited files do.")
    var decimalComma = false

    @Option(
        help: ArgumentHelp(
            "What the codes of a tier metric stand for, as CODE=TIER,CODE=TIER "
                + "(1=Tier 1,2=Tier 2,3=Tier 2 Watch List,4=Tier 3); sources number tiers differently.",
            valueName: "codes"))
    var tierCodes: String?

    @Option(help: "The source of every figure of a file without a source column; charts cite it.")
    var source: String?

    @Option(help: "A JSON object of metric name to label, for charts and tables.")
    var labels: String?

    /// `1=Tier 1,2=Tier 2` as codes to tiers.
    static func tierCodes(_ text: String) throws -> [String: Tier] {
        var codes: [String: Tier] = [:]
        for pair in text.split(separator: ",") {
            let halves = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard halves.count == 2, !halves[0].isEmpty, let tier = Tier(rawValue: halves[1]) else {
                throw ValidationError(
                    "--tier-codes '\(pair)' should be CODE=TIER with a tier such as Tier 2 Watch List "
                        + "(\(Tier.allCases.map(\.rawValue).joined(separator: ", "))).")
            }
            codes[halves[0]] = tier
        }
        return codes
    }

    /// `form=a,b` as a flag dimension.
    static func flagDimension(_ text: String) throws -> ColumnMapping.FlagDimension {
        let (dimension, columns) = try dimensionList(
            text, option: "--flag-columns", form: "DIMENSION=COLUMN,COLUMN",
            example: "form=sexual_exploitation,forced_labour")
        return ColumnMapping.FlagDimension(dimension: dimension, columns: columns)
    }

    func validate() throws {
        _ = try regions
        if data == nil, countRows || !flagColumns.isEmpty || source != nil {
            throw ValidationError("--count-rows, --flag-columns and --source need --data FILE.")
        }
        if !countRows, countAs != nil || !flagColumns.isEmpty {
            throw ValidationError("--count-as and --flag-columns describe microdata; add --count-rows.")
        }
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
            mapping.onlyRegions = try regions
            mapping.duplicates = sumDuplicates ? .sum : .refuse
            mapping.countRows = countRows ? countAs ?? "records" : nil
            mapping.flagDimensions = try flagColumns.map(Self.flagDimension)
            mapping.source = source
            mapping.decimalComma = decimalComma
            if let tierCodes { mapping.tierCodes = try Self.tierCodes(tierCodes) }
            if let delimiter {
                let names: [String: Unicode.Scalar] = ["comma": ",", "semicolon": ";", "tab": "\t", "\\t": "\t"]
                guard let scalar = names[delimiter.lowercased()] ?? delimiter.unicodeScalars.first,
                    delimiter.unicodeScalars.count == 1 || names[delimiter.lowercased()] != nil, scalar != "\"",
                    scalar != "\n", scalar != "\r"
                else {
                    throw ValidationError(
                        "--delimiter '\(delimiter)' should be comma, semicolon, tab or one character.")
                }
                mapping.delimiter = scalar
            }
            dataset = try Dataset.load(contentsOf: data, mapping: mapping)
        } else {
            dataset = .kazakhstan2008
        }
        var filtered = dataset.filtered(countries: countries, metrics: metric.map { Metric($0) }, regions: try regions)
        if let labels { filtered.labels = try MetricLabels.load(contentsOf: labels) }
        guard !filtered.figures.isEmpty || !filtered.profiles.isEmpty else {
            // The filters skipped every row while reading; read it again whole to say what it holds.
            let whole = data.flatMap { try? Dataset.load(contentsOf: $0) } ?? dataset
            let known =
                "countries: \(whole.places.joined(separator: ", ")); metrics: "
                + "\(whole.metrics.map(\.rawValue).joined(separator: ", "))"
            throw ValidationError(
                "no figures match --country/--region/--metric in \(data ?? "the embedded dataset") (\(known)).")
        }
        return filtered
    }

}
