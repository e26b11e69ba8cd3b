import Foundation
import Testing

/// `--period` and `--period-statistic` through the built executable: the summary's period
/// rows, the charts, and clear errors for a period that cannot be one.
@Suite(.serialized) struct PeriodOptionsTests {
    static let release = DataCommandTests.root.appendingPathComponent(
        "Tests/TIPDataTests/Fixtures/unodc/unodc-release.csv"
    ).path

    @Test func theSummaryGivesEachPeriodAndTheChangeBetweenThem() throws {
        let result = try run(
            "tipcharts",
            [
                "summary", "--data", Self.release, "--country", "KAZ", "--metric", "Detected trafficking victims",
                "--period", "2013-2017", "--period", "2018–2022", "--period-statistic", "mean", "--format", "json",
            ])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let periods = try #require(json["periods"] as? [[String: Any]])
        #expect(periods.compactMap { $0["period"] as? String } == ["2013–2017", "2018–2022"])
        #expect(periods.allSatisfy { $0["statistic"] as? String == "mean" && $0["country"] as? String == "Kazakhstan" })
        let changes = try #require(json["periodChanges"] as? [[String: Any]])
        #expect(changes.count == 1 && changes[0]["percentChange"] is Double)
    }

    @Test func theReportComparesThePeriodsAsked() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("r").path
        let result = try run(
            "tipcharts",
            ["report", "--data", Self.release, "--period", "2013-2017", "--period", "2018-2022", "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        let summary = try String(contentsOfFile: out + "/summary.md", encoding: .utf8)
        #expect(summary.contains("## Change between periods"))
    }

    @Test(arguments: [
        (["--period", "2019-2015"], "--period '2019-2015' is not a year or a period"),
        (["--period", "15-19"], "--period '15-19' is not a year or a period"),
        (["--period", "2010-2015", "--period", "2015-2019"], "--period 2010–2015 and 2015–2019 overlap"),
        (["--period-statistic", "median"], "median"),
        (["--period", "2015", "--period", "2015"], "--period 2015 is given twice"),
    ])
    func aBadPeriodIsAClearError(_ arguments: [String], _ message: String) throws {
        let result = try run("tipcharts", ["summary", "--data", Self.release] + arguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }
}
