import TIPScene
import TIPCairo
import Foundation
import TIPLayout
import Testing
@testable import TIPReports
@testable import TIPData

/// Every chart the embedded dataset gets, at three canvas sizes, measured with the real bundled font.
struct ChartSetLayoutTests {
    static let sizes = [Size(width: 400, height: 300), Size(width: 800, height: 500), Size(width: 1600, height: 900)]
    static let entries = ChartSet(.kazakhstan2008).reportCharts()
    static let names = entries.map(\.name)
    static let cases: [(String, Size)] = names.flatMap { name in sizes.map { (name, $0) } }

    static func scene(_ name: String, _ size: Size) throws -> Scene {
        let chart = try #require(entries.first { $0.name == name }?.chart)
        return chart.scene(size: size, measurer: try CairoTextMeasurer())
    }

    @Test func theEmbeddedDatasetGetsEveryKindItHolds() {
        #expect(
            Self.names == [
                "law-enforcement", "investigations", "prosecutions", "convictions", "year-over-year",
                "victims-identified-bars", "victims-identified-donut", "funding-bars", "tier-timeline", "sentences",
                "routes",
            ])
    }

    @Test(arguments: cases)
    func noTextOverlapsOrLeavesTheCanvas(_ name: String, _ size: Size) throws {
        let scene = try Self.scene(name, size)
        #expect(!scene.textRuns.isEmpty)
        for problem in layoutProblems(scene, "\(name) \(size)") { Issue.record(Comment(rawValue: problem)) }
    }

    @Test(arguments: names)
    func everyChartStatesItsSource(_ name: String) throws {
        let scene = try Self.scene(name, Self.sizes[1])
        #expect(scene.textRuns.contains { $0.text.hasPrefix("Source") && $0.text.contains("U.S. Department of State") })
        // Each chart cites what it draws: the tier placements come from the 2017 and 2023 reports.
        let edition =
            name == "tier-timeline" ? "Trafficking in Persons Report 2023" : "Trafficking in Persons Report 2008"
        #expect(scene.summary.contains(edition))
        #expect(!scene.title.isEmpty)
    }

    @Test(arguments: names)
    func yearsAreNeverDecimals(_ name: String) throws {
        let scene = try Self.scene(name, Self.sizes[1])
        for run in scene.textRuns {
            #expect(!run.text.contains("2006.") && !run.text.contains("2007.0"), "\(name): '\(run.text)'")
        }
    }

    @Test func qualifiedFundingKeepsItsQualifiersAndGetsNoDonut() throws {
        let set = ChartSet(.kazakhstan2008)
        let bars = try set.chart(.breakdown, metric: .funding)
        #expect(bars.dataTable.rows.map(\.last) == ["nearly $35,000", "at least $12,500"])
        let scene = bars.scene(size: Size(width: 800, height: 500), measurer: try CairoTextMeasurer())
        #expect(scene.textRuns.contains { $0.text == "nearly $35,000" })
        #expect(throws: ChartSetError.self) { try set.chart(.shares, metric: .funding) }
    }

    @Test func oneCountrysTiersAreAStepLineByKindAndByName() throws {
        let set = ChartSet(.kazakhstan2008)
        let byKind = try #require(try set.chart(.tierTimeline) as? Plot)
        let byName = try #require(set.chart(named: "tier-timeline") as? Plot)
        #expect(byKind == byName)
        #expect(byKind.layers.contains { $0.mark.interpolate == .step }, "a step line")
        #expect(byKind.dataTable.rows == [["2017", "Tier 2"], ["2023", "Tier 2"]])
    }

    /// Sixty countries' tiers page into grids of twelve that stay readable at every size.
    @Test func manyCountriesTiersArePaged() throws {
        let tiers: [Tier] = [.tier1, .tier2, .tier2WatchList, .tier3]
        let figures = (0..<60).flatMap { c in
            (2001...2025).map { edition in
                Figure(
                    country: "Country with a rather long name \(c)", year: edition, metric: Metric("tier"),
                    value: .tier(tiers[(c * 7 + edition) % 4]), edition: edition)
            }
        }
        let set = ChartSet(Dataset(figures: figures, origin: "test"))
        let pages = set.reportCharts().filter { $0.name.hasPrefix("tier-timeline") }
        #expect(pages.map(\.name) == (1...5).map { "tier-timeline-\($0)" })
        // A row per country and edition; the country is the second column.
        let countries = pages.flatMap { $0.chart.dataTable.rows.map { $0[1] } }.uniqued()
        #expect(countries.count == 60)
        for page in pages { #expect(page.chart.dataTable.rows.count == 12 * 25) }
        #expect(throws: ChartSetError.self) { try set.chart(.tierTimeline) }
        let measurer = try CairoTextMeasurer()
        for page in pages {
            for size in Self.sizes {
                let scene = page.chart.scene(size: size, measurer: measurer)
                for problem in layoutProblems(scene, "\(page.name) \(size)") {
                    Issue.record(Comment(rawValue: problem))
                }
            }
        }
    }

    /// Values near the largest double: every chart the report picks can be drawn (no donut
    /// of parts whose total overflows), and the consistency note says so in words.
    @Test func hugeValuesGiveOnlyDrawableCharts() throws {
        let text = """
            country,year,metric,sex,value,unit
            A,2019,v,,1e308,persons
            A,2020,v,,1.7e308,persons
            A,2020,v,Female,1e308,persons
            A,2020,v,Male,1e308,persons
            B,2020,v,,0,persons
            B,2021,v,,5,persons
            """
        let data = try Dataset.parse(text, file: "huge.csv", mapping: ColumnMapping(breakdowns: ["sex"]))
        let charts = ChartSet(data).reportCharts()
        // Every chart here would have to draw A's 1.7e308 beside small values (the countries
        // chart compares A in its latest year, 2020), which no axis can: none is listed, and
        // none that is listed could fail to draw.
        #expect(!charts.contains { $0.name.hasSuffix("by-country") })
        for entry in charts { #expect(entry.chart.problems.isEmpty, "\(entry.name): \(entry.chart.problems)") }
        #expect(!charts.contains { $0.name.contains("donut") })
        let note = try #require(data.consistencyNotes.first { $0.check == "total_differs_from_parts" })
        #expect(note.message.hasSuffix("more than the largest double (1.8e308)."), "\(note.message)")
    }

    @Test func chartsTheDataCannotGiveSayWhy() {
        let loaded = Dataset(
            figures: [Figure(country: "X", year: 2020, metric: .convictions, value: .exact(3))], origin: "test")
        let set = ChartSet(loaded)
        #expect(throws: ChartSetError("the data list no prison sentences for X")) { try set.chart(.sentences) }
        #expect(throws: ChartSetError.self) { try set.chart(.routes) }
        #expect(throws: ChartSetError.self) { try set.chart(.yearOverYear) }
        #expect(throws: ChartSetError("the data have no country 'Y'")) { try set.chart(.sentences, country: "Y") }
        #expect(set.reportCharts().isEmpty, "one value of one country gives no chart worth drawing")
    }
}

/// The user-data charts of a three-country file with a censored value, at three sizes.
struct DataChartSetLayoutTests {
    static let dataset: Dataset = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("TIPDataTests/Fixtures/good/multi-country.csv")
        // A missing or broken fixture must fail the tests, not become an empty dataset.
        do { return try Dataset.load(contentsOf: url.path) } catch { fatalError("fixture multi-country.csv: \(error)") }
    }()

    @Test(arguments: ChartSetLayoutTests.sizes)
    func noTextOverlapsOrLeavesTheCanvas(_ size: Size) throws {
        let charts = ChartSet(Self.dataset).reportCharts()
        #expect(
            charts.map(\.name) == [
                "convictions", "prosecutions", "year-over-year-convictions", "convictions-by-country",
                "convictions-map",
            ])
        let measurer = try CairoTextMeasurer()
        for entry in charts {
            let (name, chart) = (entry.name, entry.chart)
            let scene = chart.scene(size: size, measurer: measurer)
            for problem in layoutProblems(scene, "\(name) \(size)") { Issue.record(Comment(rawValue: problem)) }
            let runs = scene.textRuns
            #expect(runs.contains { $0.text.hasPrefix("Source: UNODC") }, "\(name) states its source")
        }
    }

    @Test func censoredValuesAreDrawnAsBounds() throws {
        let chart = try ChartSet(Self.dataset).chart(.smallMultiples, metric: .convictions)
        let scene = chart.scene(size: Size(width: 800, height: 500), measurer: try CairoTextMeasurer())
        #expect(scene.textRuns.contains { $0.text == "<5" })
    }
}
