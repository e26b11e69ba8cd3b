import CairoRenderer
import Foundation
import Charting
import Testing
@testable import Reports
@testable import TraffickingData

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
        let canvas = Rect(x: 0, y: 0, width: size.width, height: size.height)
        let runs = scene.textRuns
        #expect(!runs.isEmpty)
        for run in runs {
            #expect(canvas.contains(run.bounds), "\(id) \(size): '\(run.text)' leaves the canvas: \(run.bounds)")
        }
        for i in runs.indices {
            for j in runs.indices where j > i {
                // Shrink by a hair so that lines of one paragraph, which touch, do not count.
                let a = runs[i].bounds.insetBy(0.5), b = runs[j].bounds.insetBy(0.5)
                #expect(!a.overlaps(b), "\(id) \(size): '\(runs[i].text)' overlaps '\(runs[j].text)'")
            }
        }
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
            .appendingPathComponent("TraffickingDataTests/Fixtures/good/multi-country.csv")
        return (try? Dataset.load(contentsOf: url.path)) ?? Dataset(figures: [], origin: "missing fixture")
    }()

    @Test(arguments: ChartSetLayoutTests.sizes)
    func noTextOverlapsOrLeavesTheCanvas(_ size: Size) throws {
        let charts = DataChartSet(Self.dataset).reportCharts()
        #expect(charts.map(\.name) == ["metric-convictions", "metric-prosecutions", "year-over-year",
                                       "countries-convictions", "small-multiples-convictions"])
        let measurer = try CairoTextMeasurer()
        let canvas = Rect(x: 0, y: 0, width: size.width, height: size.height)
        for (name, chart) in charts {
            let runs = chart.scene(size: size, measurer: measurer).textRuns
            for run in runs { #expect(canvas.contains(run.bounds), "\(name) \(size): '\(run.text)' leaves the canvas") }
            for i in runs.indices {
                for j in runs.indices where j > i && runs[i].bounds.insetBy(0.5).overlaps(runs[j].bounds.insetBy(0.5)) {
                    Issue.record("\(name) \(size): '\(runs[i].text)' overlaps '\(runs[j].text)'")
                }
            }
            #expect(runs.contains { $0.text.hasPrefix("Source: UNODC") }, "\(name) states its source")
        }
    }

    @Test func censoredValuesAreDrawnAsBounds() throws {
        let chart = DataChartSet(Self.dataset).chart(.smallMultiples, metric: .convictions)
        let scene = chart.scene(size: Size(width: 800, height: 500), measurer: try CairoTextMeasurer())
        #expect(scene.textRuns.contains { $0.text == "<5" })
    }
}
