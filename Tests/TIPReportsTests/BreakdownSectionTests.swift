import Testing
@testable import TIPData
@testable import TIPReports

/// A breakdown's shares in the summary are of the reported total, as the donut draws them:
/// what the parts leave out is a "Not broken down" row, never silently dropped.
struct BreakdownSectionTests {
    static func dataset(total: String, female: String, male: String) throws -> Dataset {
        try Dataset.parse(
            "country,year,metric,sex,value\nK,2021,victims,,\(total)\nK,2021,victims,Female,\(female)\n"
                + "K,2021,victims,Male,\(male)\n",
            file: "b.csv", mapping: ColumnMapping(breakdowns: ["sex"]))
    }

    @Test func partsShortOfTheReportedTotalLeaveARowOfTheirOwn() throws {
        // 1,020 reported; 853 of known sex.
        let summary = SummaryReport(try Self.dataset(total: "1020", female: "600", male: "253"))
        let section = try #require(summary.breakdowns.first)
        #expect(section.reportedTotal == 1020 && section.total == 1020)
        #expect(section.rows.map(\.category) == ["Female", "Male", "Not broken down"])
        #expect(section.rows.map(\.count) == [600, 253, 167])
        let percents = section.rows.compactMap(\.percent)
        #expect(abs(percents[0] - 100 * 600 / 1020) < 1e-9 && abs(percents.reduce(0, +) - 100) < 1e-9)
        #expect(summary.text().contains("Not broken down"))
        #expect(summary.csv().contains("breakdown,K,victims 2021 sex=Not broken down,value,167.0"))
        #expect(summary.csv().contains("breakdown,K,victims 2021 sex=Total,value,1020.0"))
    }

    @Test func partsThatMakeTheTotalHaveNoExtraRow() throws {
        let section = try #require(
            SummaryReport(try Self.dataset(total: "853", female: "600", male: "253")).breakdowns.first)
        #expect(section.rows.map(\.category) == ["Female", "Male"] && section.total == 853)
    }

    @Test func partsBeyondTheTotalAreSharesOfTheirSum() throws {
        let section = try #require(
            SummaryReport(try Self.dataset(total: "800", female: "600", male: "253")).breakdowns.first)
        #expect(section.rows.count == 2 && section.total == 853 && section.reportedTotal == 800)
    }

    @Test func aCensoredPartLeavesTheSharesUndefined() throws {
        let section = try #require(
            SummaryReport(try Self.dataset(total: "20", female: "<5", male: "12")).breakdowns.first)
        #expect(section.sharesUndefinedReason == "censored" && section.total == nil)
        #expect(section.rows.count == 2, "no rest row without shares")
    }
}
