import Foundation
import Testing
@testable import TIPData

/// The documented compilation example (Docs/data-formats.md) loads with the documented
/// options, and each of its features means what the document says.
struct CompilationLoadingTests {
    static let example: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Docs/data-formats.md")
        guard let text = try? String(contentsOf: url, encoding: .utf8),
            let heading = text.range(of: "## Real compilations"),
            let start = text.range(of: "```csv\n", range: heading.upperBound..<text.endIndex),
            let end = text.range(of: "```", range: start.upperBound..<text.endIndex)
        else { fatalError("Docs/data-formats.md lost its compilation example") }
        return String(text[start.upperBound..<end.lowerBound])
    }()
    static let mapping = ColumnMapping(year: "data_year", edition: "report_year", breakdowns: ["sex", "age_group"])

    @Test func theDocumentedExampleLoads() throws {
        let d = try Dataset.parse(Self.example, file: "compilation.csv", mapping: Self.mapping)
        #expect(d.countries == ["Kazakhstan"] && d.aggregates == ["World"])
        #expect(d.figures.first?.value == .tier(.tier2WatchList) && d.figures.first?.year == 2009)
        #expect(
            d.measures.contains(Measure(.funding, unit: "KZT")) && d.measures.contains(Measure(.funding, unit: "USD")))
        #expect(
            d.figures.contains { $0.unit == "USD" && $0.qualifier == .approximately && $0.value == .exact(266_000) })
        #expect(d.revisions.count == 1 && d.revisions[0].earlierValue == "36" && d.revisions[0].laterValue == "37")
        #expect(d.latestEditions.figures(country: "Kazakhstan", metric: .convictions).map(\.value) == [.exact(37)])
        let female = try #require(d.figures.first { $0.breakdown.value(of: "sex") == "Female" })
        #expect(female.breakdown.parts.count == 1 && female.category == "Female", "labels keep the data's case")
        #expect(d.figures.first { $0.breakdown.value(of: "age_group") == "0-17" }?.category == "0–17 years")
    }

    @Test func aKZTAndAUSDFigureOfOneYearAreNotDuplicates() throws {
        let text = "country,year,metric,value,unit\nK,2020,funding,100,KZT\nK,2020,funding,1,USD\n"
        #expect(try Dataset.parse(text, file: "f.csv").figures.count == 2)
    }

    @Test func filtersSkipRowsBeforeTheirValuesAreRead() throws {
        let text = "country,year,metric,value\nK,2020,convictions,3\nX,2020,convictions,not a number\n"
        #expect(throws: DataError.self) { try Dataset.parse(text, file: "f.csv") }
        let only = try Dataset.parse(text, file: "f.csv", mapping: ColumnMapping(onlyCountries: ["K"]))
        #expect(only.figures.count == 1)
    }

    @Test(arguments: [
        ("country,year,metric,value,aggregate\nK,2020,m,1,maybe\n", "column 'aggregate': 'maybe' is not yes or no"),
        ("country,year,metric,value,edition\nK,2020,m,1,20x\n", "column 'edition': '20x' is not an edition year"),
        ("country,year,metric,value\nK,,m,1\n", "column 'year': the year is empty"),
        ("country,year,metric,value,qualifier\nK,2020,m,at least 3,nearly\n", "says at least but the qualifier"),
    ])
    func badCompilationCellsNameTheirColumn(_ text: String, _ message: String) {
        #expect(throws: DataError.self) { try Dataset.parse(text, file: "f.csv") }
        do { _ = try Dataset.parse(text, file: "f.csv") } catch {
            #expect(error.description.contains(message), "\(error)")
        }
    }

    @Test func aBreakdownColumnTheFileLacksIsAnError() {
        let text = "country,year,metric,value\nK,2020,m,1\n"
        #expect(throws: DataError.self) {
            try Dataset.parse(text, file: "f.csv", mapping: ColumnMapping(breakdowns: ["sex"]))
        }
    }

    @Test func totalsAreCheckedAlongOneDimensionAtATime() throws {
        let text = """
            country,year,metric,sex,age,value
            K,2020,v,,,10
            K,2020,v,Female,,6
            K,2020,v,Male,,4
            K,2020,v,,0-17,3
            K,2020,v,,18+,8
            K,2020,v,Female,0-17,2
            """
        let d = try Dataset.parse(text, file: "f.csv", mapping: ColumnMapping(breakdowns: ["sex", "age"]))
        let notes = d.consistencyNotes.filter { $0.check == "total_differs_from_parts" }
        // Sex adds up (6 + 4); age does not (3 + 8); the two-dimensional part is never added.
        #expect(notes.count == 1 && notes[0].message.contains("by age") && notes[0].message.contains("11"))
    }

    @Test func tierHistoriesCountChangesAcrossGapsOnlyBetweenPlacements() {
        let history = TierHistory(
            country: "T",
            placements: [
                (2006, Tier.tier3), (2007, .tier3), (2009, .tier2WatchList), (2010, .tier2),
                (2011, .specialCase), (2012, .tier2),
            ].map { TierHistory.Placement(edition: $0.0, tier: $0.1) })
        #expect(history.changes.map(\.direction) == [.upgrade, .upgrade, .unranked, .unranked])
        #expect(history.changes[0].fromEdition == 2007 && history.changes[0].toEdition == 2009)
        #expect(history.watchListEditions == [2009])
        #expect(history.longestRun.map { "\($0.tier) \($0.from)-\($0.to)" } == "Tier 3 2006-2007")
    }
}
