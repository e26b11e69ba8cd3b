import TIPScene
import TIPStatistics
import Foundation
import TIPData

extension DataSummary: SummaryDocument {
    var statisticsTable: Table {
        let f = SummaryReport.plain2
        return Table(
            headers: [
                "Country", "Measure", "Years", "n", "Censored", "Missing", "Sum", "Mean", "Median", "SD (n − 1)", "Min",
                "Max",
            ],
            alignments: [.left, .left, .left] + Array(repeating: .right, count: 9),
            rows: statistics.map { m in
                let s = m.statistics
                return [
                    m.country, m.label, yearSpan(m.years), String(s?.count ?? 0), String(m.censoredCount),
                    String(m.missingCount),
                    s.map { NumberFormat.count.string($0.sum) } ?? "n/a", s.map { f.string($0.mean) } ?? "n/a",
                    s.map { f.string($0.median) } ?? "n/a", s?.sampleStandardDeviation.map(f.string) ?? "n/a",
                    s.map { NumberFormat.count.string($0.minimum) } ?? "n/a",
                    s.map { NumberFormat.count.string($0.maximum) } ?? "n/a",
                ]
            })
    }

    func yearSpan(_ years: [Int]) -> String {
        guard let first = years.first, let last = years.last else { return "" }
        return first == last ? String(first) : "\(first)–\(last)"
    }

    /// Aligned text tables.
    public func text() -> String {
        let yoy =
            yearOverYear.isEmpty
            ? "(no consecutive years)" : yearOverYearTable(yearOverYear, showsCountry: true).aligned()
        return
            ([
                "TIP summary: \(origin)", "Countries: \(countries.joined(separator: ", "))", "",
                "Year-over-year change", yoy, "", Self.roundingNote, "",
                "Statistics per measure (exact values; censored and missing values are counted, not summed)",
                statisticsTable.aligned(), "", "Consistency notes",
            ]
            + (notes.isEmpty ? ["- none"] : notes.map { "- \($0)" })).joined(separator: "\n") + "\n"
    }

    /// Markdown tables.
    public func markdown() -> String {
        let yoy =
            yearOverYear.isEmpty
            ? "_No consecutive years._" : yearOverYearTable(yearOverYear, showsCountry: true).markdown()
        return
            ([
                "# TIP summary: \(origin)", "", "Countries: \(countries.joined(separator: ", ")).", "",
                "## Year-over-year change", "", yoy, "", Self.roundingNote, "",
                "## Statistics per measure", "",
                "Exact values only; censored and missing values are counted, not summed.", "",
                statisticsTable.markdown(), "", "## Consistency notes", "",
            ]
            + (notes.isEmpty ? ["- none"] : notes.map { "- **\($0.severity.rawValue)**: \($0.message)" })).joined(
                separator: "\n") + "\n"
    }

    /// Said under every rounded table: the text and Markdown tables round for reading.
    static let roundingNote =
        "Values in these tables are rounded for reading; the CSV and JSON summaries carry full precision."

    /// One tidy CSV table, full precision: section, country, item, statistic, value.
    public func csv() -> String {
        var rows: [[String]] = [["section", "country", "item", "statistic", "value"]]
        // Full precision, shortest round-trip form; only the text tables round.
        func number(_ v: Double?) -> String { v.map { "\($0)" } ?? "" }
        func endpoint(_ value: Double?, _ text: String) -> String { text.hasPrefix("<") ? text : number(value) }
        for r in yearOverYear {
            let item = "\(r.metric) \(r.fromYear)-\(r.toYear)"
            rows += [
                ["year_over_year", r.country, item, "from", endpoint(r.from, r.fromText)],
                ["year_over_year", r.country, item, "to", endpoint(r.to, r.toText)],
                ["year_over_year", r.country, item, "percent_change", number(r.percentChange)],
            ]
            if let reason = r.undefinedReason {
                rows.append(["year_over_year", r.country, item, "undefined_reason", reason])
            }
        }
        for m in statistics {
            let s = m.statistics
            let stats: [(String, String)] = [
                ("count", String(s?.count ?? 0)), ("censored_count", String(m.censoredCount)),
                ("missing_count", String(m.missingCount)),
                ("sum", number(s?.sum)), ("mean", number(s?.mean)), ("median", number(s?.median)),
                ("sample_standard_deviation", number(s?.sampleStandardDeviation)), ("minimum", number(s?.minimum)),
                ("maximum", number(s?.maximum)),
            ]
            rows += stats.map { ["statistics", m.country, m.metric, $0.0, $0.1] }
        }
        rows += notes.map { ["notes", "", $0.check, $0.severity.rawValue, $0.message] }
        return rows.map { $0.map(csvCell).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }
}
