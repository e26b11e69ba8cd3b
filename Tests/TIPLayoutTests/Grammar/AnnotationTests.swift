import Foundation
import Testing
import TIPScene
import TIPStatistics
@testable import TIPLayout

/// Brackets between two categories: above both bars and their labels, inside the plot.
struct AnnotationTests {
    struct R { var year: Int; var n: Int }

    static func plot(_ values: [Int], labelled: Bool = true) -> Plot {
        let rows = values.enumerated().map { R(year: 2006 + $0.offset, n: $0.element) }
        return Plot(rows) { BarMark(x: .value("Year", \.year), y: .value("Convictions", \.n)) }
            .title("Convictions").source("Source: test").labellingBars(labelled)
            .annotation(.bracket(from: "2006", to: "2007", text: "+1,800%"))
    }

    @Test(arguments: [[1, 19], [19, 1], [0, 0], [5, 5]], [true, false])
    func aBracketRisesAboveBothBarsAndTheirLabels(values: [Int], labelled: Bool) throws {
        for size in PlotSceneTests.sizes {
            let scene = try Self.plot(values, labelled: labelled).checkedScene(
                size: size, theme: theme, measurer: measurer)
            #expect(scene.layoutProblems().isEmpty, "\(values) at \(size): \(scene.layoutProblems())")
            let label = try #require(scene.textRuns.first { $0.text == "+1,800%" })
            let bars = scene.rects(filled: theme.color(0)).filter { $0.height > 0 }
            #expect(bars.count == values.filter { $0 > 0 }.count)
            for bar in bars { #expect(label.bounds.maxY < bar.minY, "the text sits above every bar") }
            if labelled {
                for value in values where value > 0 {
                    let valueLabel = try #require(scene.textRuns.first { $0.text == String(value) })
                    #expect(!label.bounds.overlaps(valueLabel.bounds))
                }
            }
        }
    }

    @Test func aBracketToACategoryTheAxisLacksDrawsNothing() throws {
        let plot = Self.plot([3, 4]).annotation(.bracket(from: "2006", to: "1999", text: "never drawn"))
        let scene = plot.scene(size: standardSize, theme: theme, measurer: measurer)
        #expect(!scene.textRuns.contains { $0.text == "never drawn" })
        #expect(scene.textRuns.contains { $0.text == "+1,800%" })
    }

    @Test func annotationsRoundTripThroughJSON() throws {
        let plot = Self.plot([1, 19])
        let data = try JSONEncoder().encode(plot)
        #expect(try JSONDecoder().decode(Plot.self, from: data) == plot)
    }
}
