import TIPScene
import TIPStatistics

/// The tables shared by the text and Markdown formats.
extension SummaryReport {
    static let plain2 = NumberFormat(decimals: 2)
    static let plain4 = NumberFormat(decimals: 4)

    var yearOverYearTable: Table { TIPReports.yearOverYearTable(yearOverYear, showsCountry: false) }

    func sentenceStatisticsTable(_ s: SentenceSection) -> Table {
        let st = s.statistics
        let format = Self.plain4
        func optional(_ v: Double?) -> String { v.map(format.string) ?? "undefined (n < 2)" }
        var rows: [[String]] = [
            ["Count", String(st.count)],
            ["Total prison-years", format.string(s.totalPrisonYears)],
            ["Mean", format.string(st.mean)],
            ["Median", format.string(st.median)],
            ["Mode(s)", st.modes.map(format.string).joined(separator: ", ")],
            ["Minimum", format.string(st.minimum)],
            ["Maximum", format.string(st.maximum)],
            ["Range", format.string(st.range)],
            ["Standard deviation (sample, n − 1)", optional(st.sampleStandardDeviation)],
            ["Standard deviation (population, n)", format.string(st.populationStandardDeviation)],
            ["Variance (sample, n − 1)", optional(st.sampleVariance)],
            ["Variance (population, n)", format.string(st.populationVariance)],
            ["Interquartile range", format.string(st.interquartileRange)],
        ]
        rows += s.quantiles.map { ["Quantile p = \(Self.plain2.string($0.probability))", format.string($0.value)] }
        rows.append([
            "At or above \(NumberFormat.count.string(s.longSentenceThresholdYears)) years",
            "\(s.longSentenceCount) (\(NumberFormat.percent(decimals: 1).string(s.longSentencePercent)))",
        ])
        return Table(headers: ["Statistic (years)", "Value"], alignments: [.left, .right], rows: rows)
    }

    func sentenceFrequencyTable(_ s: SentenceSection) -> Table {
        Table(
            headers: ["Years", "Count", "Percent", "Cumulative"], alignments: [.right, .right, .right, .right],
            rows: s.frequency.map {
                [
                    NumberFormat(decimals: $0.years == $0.years.rounded() ? 0 : 1).string($0.years), String($0.count),
                    NumberFormat.percent(decimals: 1).string($0.percent), String($0.cumulativeCount),
                ]
            })
    }

    var victimsTable: Table {
        Table(
            headers: ["Form of exploitation", "Victims", "Share"], alignments: [.left, .right, .right],
            rows: victims.map { [$0.category, NumberFormat.count.string($0.count), $0.label] }
                + [["Total", NumberFormat.count.string(victimsTotal), victims.isEmpty ? "" : "100.0%"]])
    }
}

/// The year-over-year rows as a table; a country column when the data have several.
func yearOverYearTable(_ rows: [YearOverYearRow], showsCountry: Bool) -> Table {
    let headers =
        (showsCountry ? ["Country"] : []) + [
            "Measure", "From", "To", "Value from", "Value to", "Change", "% change", "Ratio",
        ]
    return Table(
        headers: headers,
        alignments: (showsCountry ? [.left] : []) + [.left, .right, .right, .right, .right, .right, .right, .right],
        rows: rows.map { row in
            (showsCountry ? [row.country] : []) + [
                row.label, String(row.fromYear), String(row.toYear),
                row.fromText, row.toText,
                row.absoluteChange.map(NumberFormat(style: .signed).string) ?? "undefined",
                row.percentChange.map(NumberFormat.signedPercent(decimals: 2).string)
                    ?? "undefined (\(row.undefinedReason.flatMap(UndefinedChange.init(rawValue:))?.phrase ?? "n/a"))",
                row.ratio.map(SummaryReport.plain2.string) ?? "undefined",
            ]
        })
}
