import TIPCharts
import ArgumentParser

extension SummaryFormat: ExpressibleByArgument {}

/// `tipcharts summary`: the statistics of the dataset as tables, Markdown, CSV or JSON.
struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Print year-over-year changes, statistics, shares, sentence distributions and consistency notes of the "
            + "embedded dataset or of --data."
    )

    @Option(help: "Output format: \(SummaryFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: SummaryFormat = .text

    @Option(help: "Hyndman & Fan quantile type, 1-9 (R's type argument; 7 is R's and NumPy's default).")
    var quantileMethod: Int = QuantileMethod.default.rawValue

    @Option(
        help: ArgumentHelp(
            "Language and number format of the text and Markdown summaries: en (default), ru or kk (translated), "
                + "or de, fr, ar or hi (numbers only). CSV and JSON are always locale-free."))
    var locale: String?

    @OptionGroup var input: DataOptions
    @OptionGroup var periods: PeriodOptions

    func validate() throws {
        guard QuantileMethod(rawValue: quantileMethod) != nil else {
            throw ValidationError("--quantile-method must be a whole number from 1 to 9, got \(quantileMethod).")
        }
        _ = try locale.map(LocaleOption.numbers)
    }

    func run() throws {
        guard let method = QuantileMethod(rawValue: quantileMethod) else { throw ExitCode.validationFailure }
        let summary = SummaryReport(
            try input.load(), quantileMethod: method, periods: periods.period, periodStatistic: periods.periodStatistic)
        print(
            try summary.rendered(
                as: format, catalogue: LocaleOption.catalogue(locale), locale: locale.map(LocaleOption.numbers)),
            terminator: "")
    }
}
