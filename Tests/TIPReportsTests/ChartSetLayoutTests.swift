import TIPScene
import TIPCairo
import Foundation
import TIPLayout
import Testing
@testable import TIPReports
@testable import TIPData

/// Every chart of the set, at three canvas sizes, measured with the real bundled font.
struct ChartSetLayoutTests {
    static let sizes = [Size(width: 400, height: 300), Size(width: 800, height: 500), Size(width: 1600, height: 900)]
    static let cases: [(ChartID, Size)] = ChartID.allCases.flatMap { id in sizes.map { (id, $0) } }

    static func scene(_ id: ChartID, _ size: Size) throws -> Scene {
        ChartSet(.kazakhstan2008).chart(id).scene(size: size, measurer: try CairoTextMeasurer())
    }

    @Test(arguments: cases)
    func noTextOverlapsOrLeavesTheCanvas(_ id: ChartID, _ size: Size) throws {
        let scene = try Self.scene(id, size)
        #expect(!scene.textRuns.isEmpty)
        for problem in layoutProblems(scene, "\(id) \(size)") { Issue.record(Comment(rawValue: problem)) }
    }

    @Test(arguments: ChartID.allCases)
    func everyChartStatesItsSource(_ id: ChartID) throws {
        let scene = try Self.scene(id, Self.sizes[1])
        #expect(scene.textRuns.contains { $0.text.hasPrefix("Source: U.S. Department of State") })
        #expect(scene.summary.contains("Trafficking in Persons Report 2008"))
        #expect(!scene.title.isEmpty)
    }

    @Test(arguments: ChartID.allCases)
    func yearsAreNeverDecimals(_ id: ChartID) throws {
        let scene = try Self.scene(id, Self.sizes[1])
        for run in scene.textRuns {
            #expect(!run.text.contains("2006.") && !run.text.contains("2007.0"), "\(id): '\(run.text)'")
        }
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
        let charts = DataChartSet(Self.dataset).reportCharts()
        #expect(
            charts.map(\.name) == [
                "metric-convictions", "metric-prosecutions", "year-over-year",
                "countries-convictions", "small-multiples-convictions",
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
        let chart = DataChartSet(Self.dataset).chart(.smallMultiples, metric: .convictions)
        let scene = chart.scene(size: Size(width: 800, height: 500), measurer: try CairoTextMeasurer())
        #expect(scene.textRuns.contains { $0.text == "<5" })
    }
}
