import TIPScene
import TIPStatistics
import Foundation
import TIPData

/// A summary that prints as aligned text, Markdown, tidy CSV or stable JSON.
public protocol SummaryDocument: Encodable {
    /// Aligned text tables.
    func text() -> String
    /// Markdown tables.
    func markdown() -> String
    /// One tidy CSV table.
    func csv() -> String
}

extension SummaryDocument {
    /// The summary in `format`, ending with a newline.
    ///
    /// - Throws: only for `.json`, if encoding fails (it does not for finite values).
    public func rendered(as format: SummaryFormat) throws -> String {
        switch format {
        case .text: text()
        case .markdown: markdown()
        case .csv: csv()
        case .json: try json()
        }
    }

    /// Stable JSON: keys sorted, pretty-printed, shortest round-trip doubles.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}

extension SummaryReport: SummaryDocument {
    var sourceLine: String {
        "Source: " + sources.map { "\($0.citation) [\($0.reference)]" }.joined(separator: "; ")
    }

    /// Aligned text tables.
    public func text() -> String {
        var parts = [
            "TIP summary: \(country)", sourceLine, "",
            "Year-over-year change", yearOverYearTable.aligned(), "",
        ]
        if let s = sentences {
            parts += [
                "Sentence distribution (years); quantiles by \(quantileMethod.name)",
                sentenceStatisticsTable(s).aligned(), "",
                "Sentence frequency", sentenceFrequencyTable(s).aligned(), "",
            ]
        }
        parts +=
            [
                "Victims identified by form of exploitation", victimsTable.aligned(), "",
                "Consistency notes",
            ] + notes.map { "- \($0)" }
        return parts.joined(separator: "\n") + "\n"
    }

    /// Markdown tables.
    public func markdown() -> String {
        var parts = [
            "# TIP summary: \(country)", "", "_\(sourceLine)_", "",
            "## Year-over-year change", "", yearOverYearTable.markdown(), "",
        ]
        if let s = sentences {
            parts += [
                "## Sentence distribution", "", "Quantiles: \(quantileMethod.name).", "",
                sentenceStatisticsTable(s).markdown(), "", "### Frequency", "", sentenceFrequencyTable(s).markdown(),
                "",
            ]
        }
        parts +=
            [
                "## Victims identified by form of exploitation", "", victimsTable.markdown(), "",
                "## Consistency notes", "",
            ] + notes.map { "- **\($0.severity.rawValue)**: \($0.message)" }
        return parts.joined(separator: "\n") + "\n"
    }

    /// One tidy table, `section,item,statistic,value`, with full-precision numbers and
    /// empty cells for undefined values (the reason is in its own row).
    public func csv() -> String {
        var rows: [[String]] = [["section", "item", "statistic", "value"]]
        func number(_ v: Double?) -> String { v.map { "\($0)" } ?? "" }
        for r in yearOverYear {
            let item = "\(r.metric) \(r.fromYear)-\(r.toYear)"
            rows += [
                ["year_over_year", item, "from", number(r.from)], ["year_over_year", item, "to", number(r.to)],
                ["year_over_year", item, "absolute_change", number(r.absoluteChange)],
                ["year_over_year", item, "percent_change", number(r.percentChange)],
                ["year_over_year", item, "ratio", number(r.ratio)],
            ]
            if let reason = r.undefinedReason { rows.append(["year_over_year", item, "undefined_reason", reason]) }
        }
        if let s = sentences {
            let st = s.statistics
            let stats: [(String, Double?)] = [
                ("count", Double(st.count)), ("total_prison_years", s.totalPrisonYears), ("mean", st.mean),
                ("median", st.median), ("minimum", st.minimum), ("maximum", st.maximum), ("range", st.range),
                ("sample_standard_deviation", st.sampleStandardDeviation),
                ("population_standard_deviation", st.populationStandardDeviation),
                ("sample_variance", st.sampleVariance), ("population_variance", st.populationVariance),
                ("interquartile_range", st.interquartileRange),
                ("long_sentence_percent", s.longSentencePercent),
            ]
            rows += stats.map { ["sentences", "years", $0.0, number($0.1)] }
            rows += st.modes.map { ["sentences", "years", "mode", number($0)] }
            rows += s.quantiles.map {
                ["sentences", "years", "quantile_type\(quantileMethod.type)_p\($0.probability)", number($0.value)]
            }
            rows += s.frequency.map { ["sentence_frequency", "\($0.years) years", "count", String($0.count)] }
        }
        rows += victims.flatMap {
            [
                ["victims", $0.category, "count", number($0.count)],
                ["victims", $0.category, "percent", number($0.percent)],
            ]
        }
        if !victims.isEmpty { rows.append(["victims", "Total", "count", number(victimsTotal)]) }
        rows += notes.map { ["notes", $0.check, $0.severity.rawValue, $0.message] }
        return rows.map { $0.map(csvCell).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }
}
