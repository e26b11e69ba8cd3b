import TIPCharts
import ArgumentParser

extension PeriodStatistic: ExpressibleByArgument {}

/// `--period` and `--period-statistic`, shared by `summary`, `render` and `report`.
struct PeriodOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "A year or period (2015-2019); repeatable. The summary gives each series' sum or mean over each, and the "
                + "change from each to the next; `countries` compares the first, and `year-over-year --metric` the "
                + "change from the first to the second.",
            valueName: "period"),
        transform: { text in
            guard let period = YearRange(parsing: text) else {
                throw ValidationError(
                    "--period '\(text)' is not a year or a period; write it as 2015 or 2015-2019 (first year first).")
            }
            return period
        })
    var period: [YearRange] = []

    @Option(
        help: ArgumentHelp(
            "How a period's years make one number: sum (defined only when every year has a value) or mean (over the "
                + "years with a value)."))
    var periodStatistic: PeriodStatistic = .sum

    func validate() throws {
        for (i, a) in period.enumerated() {
            for b in period[(i + 1)...] where a.overlaps(b) {
                throw ValidationError(
                    a == b
                        ? "--period \(a) is given twice."
                        : "--period \(a) and \(b) overlap; a change compares periods that share no year.")
            }
        }
    }
}
