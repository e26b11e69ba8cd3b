import CairoRenderer
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
