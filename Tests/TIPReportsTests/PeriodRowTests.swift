import Foundation
import Testing
import TIPScene
import TIPStatistics
@testable import TIPData
@testable import TIPLayout
@testable import TIPReports

/// Period sums and means, and changes between periods, of every series of the UNODC-layout
/// fixture: the summary's rows match pandas (Fixtures/unodc/make-reference.py), and the
/// charts that compare periods draw those numbers.
struct PeriodRowTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("TIPDataTests/Fixtures/unodc")
    static let dataset: Dataset = {
        // A missing fixture fails the tests that use it, by name, rather than the process.
        (try? Dataset.load(contentsOf: folder.appendingPathComponent("unodc-release.csv").path))
            ?? Dataset(figures: [], origin: "missing fixture")
    }()
    static let periods = [YearRange(parsing: "2013-2017"), YearRange(parsing: "2018-2022")].compactMap { $0 }

    /// pandas' rows, keyed "country|metric|period|statistic".
    static func reference() throws -> [String: (value: Double?, percent: Double?)] {
        let text = try String(contentsOf: folder.appendingPathComponent("periods-reference.csv"), encoding: .utf8)
        var rows: [String: (Double?, Double?)] = [:]
        for record in try tokenizeCSV(text).dropFirst() where record.fields.count == 6 {
            let f = record.fields
            rows[f[0...3].joined(separator: "|")] = (Double(f[4]), Double(f[5]))
        }
        return rows
    }

    @Test(arguments: PeriodStatistic.allCases)
    func everyPeriodValueAndChangeMatchesPandas(_ statistic: PeriodStatistic) throws {
        let summary = SummaryReport(Self.dataset, periods: Self.periods, periodStatistic: statistic)
        let reference = try Self.reference()
        var compared = 0
        for row in summary.periods {
            let key = [row.country, row.metric, "\(row.firstYear)-\(row.lastYear)", row.statistic].joined(
                separator: "|")
            let expected = try #require(reference[key], "\(key) is not in pandas' rows")
            #expect(close(row.value, expected.value), "\(key): \(String(describing: row.value))")
            #expect((row.value == nil) == (row.undefinedReason != nil))
            compared += 1
        }
        for row in summary.periodChanges {
            let key = [row.country, row.metric, "2013-2017 to 2018-2022", row.statistic].joined(separator: "|")
            let expected = try #require(reference[key])
            #expect(close(row.percentChange, expected.percent), "\(key)")
            compared += 1
        }
        #expect(compared == reference.filter { $0.key.hasSuffix("|" + statistic.rawValue) }.count)
        // A sum that lacks a censored year says so.
        #expect(summary.periods.contains { $0.undefinedReason == UndefinedChange.censoredValue.rawValue })
    }

    private func close(_ a: Double?, _ b: Double?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return abs(a - b) <= 1e-9 * max(1, abs(b))
    }

    @Test func theCountriesChartComparesThePeriodTheSummaryGives() throws {
        var set = ChartSet(Self.dataset)
        set.periods = [Self.periods[0]]
        set.periodStatistic = .mean
        let chart = try set.chart(.countries, metric: Metric("Detected trafficking victims"))
        #expect(chart.text.title == "Detected trafficking victims by country, 2013–2017 (mean per year)")
        let summary = SummaryReport(Self.dataset, periods: [Self.periods[0]], periodStatistic: .mean)
        let expected = summary.periods.filter { $0.metric == "Detected trafficking victims" && $0.value != nil }
        let rows = chart.dataTable.rows
        let countries = expected.filter { !summary.aggregates.contains($0.country) }.count
        #expect(countries > ChartSet.maximumCountryBars, "the fixture has more countries than a chart draws")
        #expect(rows.count == ChartSet.maximumCountryBars)
        #expect(chart.text.subtitle?.contains("The 20 largest of \(countries) countries") == true)
        let values = rows.map { row in expected.first { $0.country == row[0] }?.value }
        #expect(values.allSatisfy { $0 != nil })
        #expect(values.compactMap { $0 } == values.compactMap { $0 }.sorted(by: >), "largest first")
        #expect(!rows.contains { Self.dataset.aggregates.contains($0[0]) }, "aggregates are not countries")
    }

    @Test func theChangeChartComparesTwoPeriods() throws {
        var set = ChartSet(Self.dataset)
        set.periods = Self.periods
        let chart = try set.chart(.yearOverYear, metric: Metric("Detected trafficking victims"))
        #expect(chart.text.title == "Detected trafficking victims: change from 2013–2017 to 2018–2022")
        #expect(chart.text.subtitle?.hasPrefix("Percent change by country, between the periods' sums") == true)
        let summary = SummaryReport(Self.dataset, periods: Self.periods)
        for row in chart.dataTable.rows {
            let change = try #require(
                summary.periodChanges.first { $0.country == row[0] && $0.metric == "Detected trafficking victims" })
            #expect(row[1] == ValueFormat.signedPercent(decimals: 0).string(change.percentChange ?? .nan))
        }
    }

    @Test func twoYearsAreTwoPeriodsOfOneYear() throws {
        var set = ChartSet(Self.dataset)
        set.periods = [YearRange(year: 2015), YearRange(year: 2020)]
        let chart = try set.chart(.yearOverYear, metric: Metric("Detected trafficking victims"))
        #expect(chart.text.title == "Detected trafficking victims: change from 2015 to 2020")
        #expect(chart.text.subtitle?.hasPrefix("Percent change by country") == true)
    }

    @Test func theSummaryFormatsCarryThePeriods() throws {
        let summary = SummaryReport(Self.dataset, periods: Self.periods)
        let csv = summary.csv()
        #expect(csv.contains("periods,Kazakhstan,Detected trafficking victims [Counts] 2013–2017 sum,"))
        #expect(
            csv.contains("period_changes,Kazakhstan,Detected trafficking victims [Counts] 2013–2017 to 2018–2022 sum,"))
        let keys = csv.split(separator: "\n").map { $0.split(separator: ",").prefix(4).joined(separator: ",") }
        #expect(Set(keys).count == keys.count, "the CSV keys stay unique")
        #expect(summary.text().contains("Change between periods"))
        #expect(summary.markdown().contains("## Periods"))
        let json = try summary.json()
        #expect(json.contains("\"periodChanges\" : ["))
        #expect(json.contains("\"yearsWithoutValue\" : ["))
        // Without periods, the arrays are empty and no table is printed.
        let plain = SummaryReport(Self.dataset)
        #expect(plain.periods.isEmpty && !plain.text().contains("Change between periods"))
    }
}
