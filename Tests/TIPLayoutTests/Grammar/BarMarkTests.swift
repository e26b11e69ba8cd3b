import TIPScene
import Foundation
import Testing
@testable import TIPLayout

/// Bars on the grammar: heights on the scale, whole-number ticks on counts, years as
/// categories, a legend above the bars, 100 % stacks, negative bars, and long or Cyrillic
/// labels that never collide.
struct BarMarkTests {
    static let convictions = seriesBars(["2006", "2007"], [("Convictions", [1, 19])], title: "Convictions")

    @Test func barHeightsEqualTheScaleOfTheirValues() throws {
        let scene = Self.convictions.scene(size: standardSize, theme: theme, measurer: measurer)
        let bars = scene.rects(filled: theme.color(0))
        #expect(bars.count == 2)
        // The value scale, read off the y tick labels and their positions.
        let ticks = scene.textRuns.filter { $0.anchor == .end && Double($0.text) != nil }
        let zero = try #require(ticks.first { $0.text == "0" })
        let ten = try #require(ticks.first { $0.text == "10" })
        let pointsPerUnit = (zero.position.y - ten.position.y) / 10
        #expect(abs(bars[0].height - 1 * pointsPerUnit) < 1e-6)
        #expect(abs(bars[1].height - 19 * pointsPerUnit) < 1e-6)
        #expect(abs(bars[0].maxY - bars[1].maxY) < 1e-9, "bars share the baseline")
    }

    @Test func countAxesHaveWholeNumberTicks() {
        for values in [[1.0, 3], [0, 1], [1, 19], [13, 22], [0, 0]] {
            let plot = seriesBars(["a", "b"], [("n", values)])
            for size in [Size(width: 400, height: 300), standardSize, Size(width: 400, height: 900)] {
                let labels = plot.scene(size: size, theme: theme, measurer: measurer).textRuns
                    .filter { $0.anchor == .end }.map(\.text)
                #expect(!labels.isEmpty)
                #expect(labels.allSatisfy { Int($0) != nil }, "\(values) \(size): \(labels)")
            }
        }
    }

    @Test func tickValuesAreNiceAndCoverTheData() throws {
        let scene = Self.convictions.scene(size: standardSize, theme: theme, measurer: measurer)
        let labels = scene.textRuns.filter { $0.anchor == .end }.compactMap { Int($0.text) }
        #expect(labels.first == 0)
        #expect((labels.last ?? 0) >= 19)
        let steps = Set(zip(labels, labels.dropFirst()).map { $1 - $0 })
        #expect(steps.count == 1 && [1, 2, 5, 10].contains(steps.first ?? 0), "\(labels)")
    }

    @Test func yearsAreCategoriesWithoutDecimals() {
        let labels = Self.convictions.scene(size: standardSize, theme: theme, measurer: measurer).texts()
        #expect(labels.contains("2006") && labels.contains("2007"))
        #expect(!labels.contains { $0.contains("2006.") || $0.contains("2006.5") })
    }

    @Test func legendSitsAboveEveryBar() {
        let plot = seriesBars(
            ["Investigations", "Prosecutions", "Convictions"], [("2006", [13, 7, 1]), ("2007", [22, 16, 19])])
        let scene = plot.scene(size: standardSize, theme: theme, measurer: measurer)
        let legendText = scene.textRuns.filter { $0.text == "2006" || $0.text == "2007" }
        let bars = scene.rects(filled: theme.color(0)) + scene.rects(filled: theme.color(1))
        #expect(bars.count == 8)  // 6 bars + 2 swatches
        let swatchBottom = legendText.map(\.bounds.maxY).max() ?? 0
        let plotBars = bars.filter { $0.width > 20 }
        #expect(plotBars.count == 6)
        #expect(plotBars.allSatisfy { $0.minY > swatchBottom })
    }

    @Test func stackedPercentFillsTheAxis() {
        let plot = seriesBars(["a", "b"], [("x", [1, 3]), ("y", [3, 1])], stack: .stacked(.normalize))
        let scene = plot.scene(size: standardSize, theme: theme, measurer: measurer)
        let a = scene.rects(filled: theme.color(0)).filter { $0.width > 20 }
        let b = scene.rects(filled: theme.color(1)).filter { $0.width > 20 }
        #expect(abs(a[0].height * 3 - b[0].height) < 1e-6)
        #expect(abs((a[0].height + b[0].height) - (a[1].height + b[1].height)) < 1e-6)
        #expect(plot.dataTable.rows.map(\.last) == ["25%", "75%", "75%", "25%"], "each segment's share")
        #expect(scene.texts().contains("25%") && scene.texts().contains("75%"))
    }

    @Test func negativeBarsGrowTheOtherWay() {
        let plot = seriesBars(["a", "b"], [("change", [-50, 120])], format: .signedPercent(decimals: 0))
        let scene = plot.scene(size: standardSize, theme: theme, measurer: measurer)
        let bars = scene.rects(filled: theme.color(0))
        #expect(bars.count == 2 && abs(bars[0].minY - bars[1].maxY) < 1e-9, "both meet at zero")
        #expect(scene.texts().contains("\u{2212}50%") && scene.texts().contains("+120%"))
        #expect(scene.layoutProblems().isEmpty)
    }

    static let longNames = [
        "Commercial sexual exploitation of children", "Forced labour in construction", "Forced labour in agriculture",
        "Domestic servitude", "Forced begging", "Organ removal", "Forced marriage and bride kidnapping",
        "Debt bondage in brick kilns", "Child soldiers", "Forced criminality",
    ]

    @Test(arguments: [Size(width: 400, height: 300), standardSize, Size(width: 1600, height: 900)])
    func longAndManyCategoryLabelsNeverCollide(_ size: Size) {
        for horizontal in [false, true] {
            let plot = seriesBars(
                Self.longNames, [("n", (1...10).map(Double.init))], horizontal: horizontal,
                title: "A long title that must wrap rather than run off the edge of a small canvas"
            )
            .source("Source: a long source note that also has to wrap on narrow canvases, never clip")
            let problems = plot.scene(size: size, theme: theme, measurer: measurer).layoutProblems()
            #expect(problems.isEmpty, "horizontal \(horizontal) \(size): \(problems.prefix(3))")
        }
    }

    @Test func cyrillicLabelsAreKeptAndLaidOut() {
        let plot = seriesBars(
            ["Тергеу", "Қылмыстық қудалау", "Сотталғандар"], [("2006", [13, 7, 1]), ("2007", [22, 16, 19])],
            title: "Қазақстан: құқық қорғау"
        ).subtitle("Расследования, преследования и приговоры")
        for size in [Size(width: 400, height: 300), standardSize] {
            let scene = plot.scene(size: size, theme: theme, measurer: measurer)
            #expect(scene.layoutProblems().isEmpty, "\(size): \(scene.layoutProblems())")
            #expect(scene.texts().contains("Тергеу"))
            #expect(scene.texts().joined(separator: " ").contains("Қылмыстық"))
        }
    }
}
