import Foundation
import Testing
import TIPCairo
import TIPScene
import TIPStatistics
@testable import TIPData
@testable import TIPLayout
@testable import TIPReports

/// Files whose year column holds periods ("2000-2004"): each figure keeps its period, the
/// summary's changes run from each period to the next and match pandas
/// (Fixtures/periods/make-reference.py), and charts label the periods, not their first years.
struct PeriodFigureTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("TIPDataTests/Fixtures/periods")
    static let dataset: Dataset =
        (try? Dataset.load(
            contentsOf: folder.appendingPathComponent("counts-by-period.csv").path,
            mapping: ColumnMapping(breakdowns: ["sex"]))) ?? Dataset(figures: [], origin: "missing fixture")

    @Test func everyChangeBetweenPeriodsMatchesPandas() throws {
        #expect(Self.dataset.figures.count == 636)
        #expect(Self.dataset.figures.allSatisfy { $0.period?.count == 5 && $0.period?.first == $0.year })
        let text = try String(contentsOf: Self.folder.appendingPathComponent("changes-reference.csv"), encoding: .utf8)
        var reference: [String: Double] = [:]
        for record in try tokenizeCSV(text).dropFirst() {
            let f = record.fields
            let label = { (s: String) in YearRange(parsing: s)?.description ?? s }
            reference["\(f[0])|\(f[1])|\(label(f[2]))|\(label(f[3]))"] = Double(f[4])
        }
        #expect(reference.count == 130)
        let summary = SummaryReport(Self.dataset)
        var ours: [String: Double] = [:]
        for row in summary.yearOverYear {
            #expect(row.fromPeriod != nil && row.toPeriod != nil)
            guard let percent = row.percentChange else { continue }
            ours["\(row.country)|\(row.metric)|\(row.fromPeriod ?? "")|\(row.toPeriod ?? "")"] = percent
        }
        #expect(ours.keys.sorted() == reference.keys.sorted())
        for (key, value) in reference {
            #expect(abs((ours[key] ?? .nan) - value) <= 1e-9 * max(1, abs(value)), "\(key)")
        }
        // A missing period between two is a change left undefined, never bridged.
        let gaps = summary.yearOverYear.filter {
            guard let a = $0.fromPeriod.flatMap(YearRange.init(parsing:)),
                let b = $0.toPeriod.flatMap(YearRange.init(parsing:))
            else { return false }
            return b.first != a.last + 1
        }
        #expect(!gaps.isEmpty && gaps.allSatisfy { $0.undefinedReason == "missingYear" })
        #expect(summary.text().contains("Change from period to period") && !summary.text().contains("Year-over-year"))
    }

    @Test func periodsSurviveExportAndReload() throws {
        let csv = try Dataset.parse(Self.dataset.csv(), file: "export.csv")
        let json = try Dataset.parse(try Self.dataset.json(), file: "export.json")
        for again in [csv, json] {
            #expect(again.figures.map(\.key) == Self.dataset.figures.map(\.key))
            #expect(again.figures.map(\.value) == Self.dataset.figures.map(\.value))
        }
    }

    @Test func aPeriodAndAYearOfTheSameStartAreTwoFigures() throws {
        let d = try Dataset.parse(
            "country,year,metric,value\nK,2015,v,1\nK,2015-2019,v,9\n", file: "p.csv")
        #expect(d.figures.map(\.yearLabel) == ["2015", "2015–2019"])
        #expect(Set(d.figures.map(\.key)).count == 2)
        let one = try Dataset.parse("country,year,metric,value\nK,2015-2015,v,1\n", file: "p.csv")
        #expect(one.figures.map(\.yearLabel) == ["2015"] && one.figures[0].period == nil)
    }

    @Test(arguments: [
        ("country,year,metric,value\nK,2019-2015,v,1\n", "p.csv:2: column 'year': '2019-2015' is not a year"),
        ("country,year,metric,value\nK,15-19,v,1\n", "p.csv:2: column 'year': '15-19' is not a year"),
        // Found by the CSV fuzzer: a four-digit "year" out of range once read as a one-year period.
        ("country,year,metric,value\nK,0706,v,1\n", "p.csv:2: column 'year': '0706' is not a year"),
        ("country,year,metric,value\nK,1700-1704,v,1\n", "p.csv:2: column 'year': '1700-1704' is not a year"),
    ])
    func aPeriodThatIsNoneIsAnError(_ text: String, _ message: String) {
        #expect {
            try Dataset.parse(text, file: "p.csv")
        } throws: { error in
            "\(error)".hasPrefix(message) && "\(error)".contains("or a period such as 2015-2019")
        }
    }

    @Test func chartsLabelThePeriods() throws {
        let set = ChartSet(Self.dataset)
        let measure = Measure(Metric("victims_detected"))
        let chart = set.measure(measure, aggregates: false)
        let table = chart.dataTable
        let labels = table.headers + table.rows.flatMap { $0 }
        #expect(labels.contains("2000–2004") && labels.contains("2015–2019"))
        #expect(chart.text.title.hasSuffix("2000–2019"), "\(chart.text.title)")
        let changes = try set.changes(of: measure)
        #expect(changes.text.title == "Victims detected: change from 2010–2014 to 2015–2019")
        let measurer = try CairoTextMeasurer()
        for entry in set.reportCharts() {
            let scene = entry.chart.scene(size: Size(width: 800, height: 500), theme: .standard, measurer: measurer)
            #expect(layoutProblems(scene, entry.name).isEmpty)
            #expect(
                !scene.textRuns.contains { $0.text == "2001" || $0.text == "2002" }, "\(entry.name): no yearly ticks")
        }
    }
}
