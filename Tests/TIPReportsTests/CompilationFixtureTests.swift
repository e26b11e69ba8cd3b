import Foundation
import TIPCairo
import TIPLayout
import TIPScene
import Testing
@testable import TIPData
@testable import TIPReports

/// The realistic compilation fixture (Tests/TIPDataTests/Fixtures/compilation): five
/// countries and two aggregates, 20 editions of tiers, revisions, KZT and USD, three
/// breakdown dimensions, censored cells and qualifiers, loaded with documented options only.
struct CompilationFixtureTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("TIPDataTests/Fixtures/compilation")
    static let mapping = ColumnMapping(
        year: "data_year", edition: "report_year", breakdowns: ["sex", "age_group", "form"])
    static let dataset: Dataset = {
        // A broken fixture must fail the tests, not become an empty dataset.
        do {
            return try Dataset.load(
                contentsOf: folder.appendingPathComponent("central-asia.csv").path, mapping: mapping)
        } catch { fatalError("fixture central-asia.csv: \(error)") }
    }()
    static let sizes = [Size(width: 400, height: 300), Size(width: 800, height: 500), Size(width: 1600, height: 900)]
    static let charts = ChartSet(dataset).reportCharts()

    @Test func loadsAsItComes() {
        let d = Self.dataset
        #expect(d.countries == ["Kazakhstan", "Kyrgyz Republic", "Tajikistan", "Turkmenistan", "Uzbekistan"])
        #expect(d.aggregates == ["World", "Eastern Europe and Central Asia"])
        #expect(
            d.measures.contains(Measure(.funding, unit: "KZT")) && d.measures.contains(Measure(.funding, unit: "USD")))
        #expect(d.tierHistories.count == 5 && d.tierHistories.allSatisfy { $0.placements.count >= 19 })
        #expect(d.figures.contains { $0.qualifier == .atLeast && $0.metric == .convictions })
        #expect(d.figures.contains { if case .below = $0.value { true } else { false } })
        #expect(Set(d.figures.flatMap(\.breakdown.dimensions)) == ["sex", "age_group", "form"])
        // Six restated figures, plus two where only one edition's cell is censored.
        #expect(d.revisions.count == 8)
        #expect(d.revisions.filter { $0.country == "Kazakhstan" }.map(\.year) == [2010, 2016, 2021])
        #expect(d.latestEditions.figures.count < d.figures.count)
    }

    /// The CSV summary's first four columns are a key: a metric's KZT and USD rows once
    /// shared theirs (45 duplicate keys on this file).
    @Test func theCSVSummarysKeysAreUnique() throws {
        let csv = try SummaryReport(Self.dataset).rendered(as: .csv)
        var seen = Set<String>()
        var duplicates: [String] = []
        for line in csv.split(separator: "\n").dropFirst() {
            // The key's cells hold no comma here; the value (a note's message) may.
            let key = line.split(separator: ",", maxSplits: 4, omittingEmptySubsequences: false).prefix(4)
                .joined(separator: ",")
            if !seen.insert(key).inserted { duplicates.append(key) }
        }
        #expect(duplicates.isEmpty, "\(duplicates.prefix(5))")
        #expect(csv.contains("funding [KZT] 2018-2019") && csv.contains("funding [USD] 2018-2019"))
    }

    /// Every defined change matches pandas (yoy-reference.csv, from make-reference.py); where
    /// pandas gives ±inf (a change from zero), ours is undefined with the reason `zeroBase`.
    @Test func yearOverYearMatchesPandas() throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent("yoy-reference.csv"), encoding: .utf8)
        var reference: [String: Double] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            reference["\(f[0])|\(f[1])|\(f[2])|\(f[3])|\(f[4])"] = Double(f[5])
        }
        let all = SummaryReport(Self.dataset).yearOverYear
        let rows = all.filter { $0.percentChange != nil }
        let infinite = reference.filter { $0.value.isInfinite }
        #expect(!infinite.isEmpty, "the fixture has a change from zero")
        #expect(rows.count == reference.count - infinite.count)
        for key in infinite.keys {
            let row = all.first { "\($0.country)|\($0.metric)|\($0.unit ?? "")|\($0.fromYear)|\($0.toYear)" == key }
            #expect(row?.undefinedReason == "zeroBase", "\(key)")
        }
        for row in rows {
            let key = "\(row.country)|\(row.metric)|\(row.unit ?? "")|\(row.fromYear)|\(row.toYear)"
            let expected = try #require(reference[key], "no pandas change for \(key)")
            let got = try #require(row.percentChange)
            #expect(abs(got - expected) <= 1e-12 * max(1, abs(expected)), "\(key): \(got) vs \(expected)")
        }
    }

    @Test func partsAreCheckedWithinOneDimensionOnly() {
        let notes = Self.dataset.latestEditions.consistencyNotes
        #expect(
            !notes.contains { $0.check == "total_differs_from_parts" }, "\(notes.filter { $0.severity == .warning })")
        #expect(notes.contains { $0.check == "total_parts_incomplete" && $0.message.contains(" by sex") })
        // UNODC's names are checked as the TIP Report's are.
        #expect(
            notes.contains { $0.check == "convictions_exceed_prosecutions" && $0.message.contains("persons convicted") }
        )
    }

    @Test func theSummaryListsRevisionsAndTiers() throws {
        let summary = SummaryReport(Self.dataset)
        #expect(summary.revisions.contains { $0.country == "Kazakhstan" && $0.year == 2010 && $0.earlierValue == "36" })
        let kazakhstan = try #require(summary.tiers.first { $0.country == "Kazakhstan" })
        #expect(kazakhstan.watchListEditions == [2009, 2010])
        #expect(kazakhstan.changes.map(\.direction) == [.downgrade, .upgrade])
        #expect(kazakhstan.longestRun == TierSection.Run(tier: "Tier 2", fromEdition: 2011, toEdition: 2025))
        #expect(!summary.countries.contains("World") && summary.aggregates.contains("World"))
        let text = summary.text()
        #expect(text.contains("2009–2010 2WL"))
    }

    @Test func namesAreStable() {
        let names = Self.charts.map(\.name)
        #expect(names.contains("tier-timeline"))
        #expect(names.contains("funding-kzt") && names.contains("funding-usd"))
        #expect(names.contains("victims-detected-aggregates"))
        #expect(names.contains("victims-detected-sex-bars-kazakhstan"))
        #expect(names.contains("year-over-year-convictions"))
        #expect(Set(names).count == names.count)
    }

    static let cases: [(String, Size)] = charts.map(\.name).flatMap { name in sizes.map { (name, $0) } }

    /// The layout checker, the legend-colour checker and the source-line limit, on every chart at three sizes.
    @Test(arguments: cases)
    func everyChartIsReadable(_ name: String, _ size: Size) throws {
        let chart = try #require(Self.charts.first { $0.name == name }?.chart)
        let scene = try chart.validated().scene(size: size, measurer: try CairoTextMeasurer())
        for problem in layoutProblems(scene, "\(name) \(size)") { Issue.record(Comment(rawValue: problem)) }
        for problem in legendProblems(scene) { Issue.record(Comment(rawValue: "\(name) \(size): \(problem)")) }
        let sourceLines = scene.textRuns.filter { $0.font == Theme.standard.sourceFont }
        #expect(sourceLines.count <= 2, "\(name) \(size): \(sourceLines.count) source lines")
        #expect(!scene.title.contains("7 countries"), "aggregates are not counted as countries: \(scene.title)")
    }
}
