import TIPScene
import TIPStatistics
import Foundation
import Testing
@testable import TIPReports
@testable import TIPData

struct SummaryReportTests {
    static let report = SummaryReport(.kazakhstan2008)
    static let victims: BreakdownSection = {
        guard let section = report.breakdowns.first(where: { $0.metric == "victims_identified" }) else {
            fatalError("the embedded summary has no victims breakdown")
        }
        return section
    }()

    func close(_ a: Double?, _ b: Double) -> Bool { a.map { abs($0 - b) <= 1e-12 * max(1, abs(b)) } ?? false }

    @Test func yearOverYearMatchesReference() {
        let rows = Self.report.yearOverYear
        #expect(rows.map(\.metric) == ["investigations", "prosecutions", "convictions"])
        #expect(close(rows[0].percentChange, 69.23076923076923))
        #expect(close(rows[1].percentChange, 128.57142857142858))
        #expect(close(rows[2].percentChange, 1800))
        #expect(rows.allSatisfy { $0.undefinedReason == nil && $0.fromYear == 2006 && $0.toYear == 2007 })
    }

    @Test func sentenceSectionMatchesReference() throws {
        #expect(Self.report.sentences.map(\.country) == ["Kazakhstan"])
        let s = try #require(Self.report.sentences.first)
        #expect(close(s.statistics.mean, 6.842105263157895))
        #expect(close(s.statistics.sampleStandardDeviation, 2.587644958789466))
        #expect(close(s.statistics.populationStandardDeviation, 2.518628655580084))
        #expect(s.statistics.median == 7 && s.statistics.modes == [7])
        #expect(s.quantiles.map(\.value) == [5.5, 7, 8.5, 10])
        #expect(s.totalPrisonYears == 130 && s.longSentenceCount == 5)
        #expect(s.frequency.map(\.count) == [3, 2, 4, 5, 4, 1])
    }

    @Test(arguments: [
        (QuantileMethod.type6, [5.0, 7, 10, 10]), (.type1, [5, 7, 10, 10]), (.type7, [5.5, 7, 8.5, 10]),
    ])
    func quantileMethodIsApplied(_ method: QuantileMethod, _ expected: [Double]) throws {
        let s = try #require(SummaryReport(.kazakhstan2008, quantileMethod: method).sentences.first)
        #expect(s.quantiles.map(\.value) == expected)
    }

    @Test func victimSharesAddUpTo100() {
        let v = Self.victims.rows
        #expect(v.map(\.category) == ["labour trafficking", "commercial sexual exploitation"])
        #expect(close(v[0].percent, 77.67857142857143) && close(v[1].percent, 22.321428571428573))
        #expect(v.map(\.label) == ["77.7%", "22.3%"])
        #expect(Self.victims.total == 112 && Self.victims.sharesUndefinedReason == nil)
        #expect(Self.victims.categoryName == "form of exploitation" && Self.victims.unit == "persons")
    }

    @Test func qualifiedFundingHasNoSharesAndNoTotal() throws {
        let funding = try #require(Self.report.breakdowns.first { $0.metric == "funding" })
        #expect(funding.rows.map(\.valueText) == ["nearly 35,000", "at least 12,500"])
        #expect(funding.rows.allSatisfy { $0.percent == nil && $0.label == "n/a" })
        #expect(funding.total == nil && funding.sharesUndefinedReason == "qualified")
    }

    @Test func sourcesAreNumberedWithTheirArticleReferences() {
        #expect(Self.report.sources.map(\.reference) == [1, 2, 3, 4])
        #expect(Self.report.sources.map(\.articleReference) == [1, 2, 3, 4])
        #expect(Self.report.schemaVersion == 2 && Self.report.countries == ["Kazakhstan"])
    }

    @Test func jsonRoundTripsAndKeepsUndefinedKeys() throws {
        let json = try Self.report.json()
        let decoded = try JSONDecoder().decode(SummaryReport.self, from: Data(json.utf8))
        #expect(decoded == Self.report)
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let rows = try #require(object["yearOverYear"] as? [[String: Any]])
        #expect(rows.allSatisfy { $0.keys.contains("undefinedReason") })
    }

    @Test func zeroBaseRowsSayWhy() throws {
        let series = try YearSeries([2006: 0, 2007: 4])
        let row = YearOverYearRow(country: "X", measure: Measure(.convictions), change: series.yearOverYearChanges()[0])
        #expect(row.percentChange == nil && row.undefinedReason == "zeroBase" && row.absoluteChange == 4)
        let data = try JSONEncoder().encode(row)
        #expect(String(decoding: data, as: UTF8.self).contains("\"percentChange\":null"))
    }

    @Test func textFormatIsAligned() throws {
        let text = try Self.report.rendered(as: .text)
        #expect(text.contains("Convictions             2006  2007           1        19     +18  +1,800.00%  19.00"))
        #expect(text.contains("labour trafficking                 87   77.7%"))
        #expect(text.contains("Quantile p = 0.75                      8.5000"))
        #expect(text.hasSuffix("remained in hiding.\n"))
    }

    @Test func markdownHasTables() throws {
        let md = try Self.report.rendered(as: .markdown)
        #expect(md.contains("| Convictions | 2006 | 2007 | 1 | 19 | +18 | +1,800.00% | 19.00 |"))
        #expect(md.contains("|---|---:|---:|"))
    }

    @Test func csvIsTidyAndQuoted() throws {
        let csv = try Self.report.rendered(as: .csv)
        let lines = csv.split(separator: "\n")
        #expect(lines.first == "section,country,item,statistic,value")
        #expect(lines.contains("year_over_year,Kazakhstan,convictions [persons] 2006-2007,percent_change,1800.0"))
        #expect(lines.contains("sentences,Kazakhstan,years,mean,6.842105263157895"))
        #expect(
            lines.contains(
                "breakdown,Kazakhstan,victims_identified [persons] 2007 category=labour trafficking,percent,"
                    + "77.67857142857143"))
        #expect(lines.contains { $0.hasPrefix("notes,,convictions_exceed_prosecutions 1,info,Kazakhstan 2007:") })
        #expect(csvCell("a \"b\", c") == "\"a \"\"b\"\", c\"")
        #expect(csvCell("=1+1") == "'=1+1" && csvCell("-12.5") == "-12.5" && csvCell("-x") == "'-x")
    }

    @Test func tablesAlignCyrillicByCharacter() {
        let table = Table(
            headers: ["Форма", "N"], alignments: [.left, .right], rows: [["Қазақстан", "1"], ["x", "22"]])
        #expect(table.aligned() == "Форма       N\n---------  --\nҚазақстан   1\nx          22")
    }
}
