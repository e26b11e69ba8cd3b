import TIPScene
import Testing
@testable import TIPLayout

/// A line's scene does not depend on the order of its rows: series are found by their colour,
/// points are put in x order (ties keep row order), and positions read from whole columns
/// agree with the per-cell scale.
struct LineSeriesOrderTests {
    struct R { var year: Int; var n: Double?; var group: String }

    static let rows: [R] = [
        R(year: 2004, n: 3, group: "A"), R(year: 2004, n: 10, group: "B"), R(year: 2005, n: 4, group: "A"),
        R(year: 2005, n: nil, group: "B"), R(year: 2006, n: 7, group: "A"), R(year: 2006, n: 12, group: "B"),
        R(year: 2008, n: 1, group: "A"), R(year: 2008, n: 9, group: "B"),
    ]

    static func scene(_ rows: [R], quantitative: Bool = false) -> Scene {
        Plot(rows) {
            if quantitative {
                LineMark(x: .value("Step", \.year, type: .quantitative), y: .value("n", \.n))
                    .foregroundStyle(by: .value("Group", \.group))
            } else {
                LineMark(x: .value("Year", \.year), y: .value("n", \.n))
                    .foregroundStyle(by: .value("Group", \.group))
            }
        }
        .title("t").source("Source: t")
        .scene(size: standardSize, theme: theme, measurer: measurer)
    }

    /// The lines as point lists, whatever colour the row order gives each series (text
    /// categories keep the order of the rows, as in Swift Charts).
    static func lines(_ scene: Scene) -> Set<[Point]> {
        Set(LineMarkTests.polylines(scene).map { line in (0..<line.count).map(line.canvasPoint) })
    }

    @Test(arguments: [false, true])
    func shuffledRowsDrawTheSameLines(quantitative: Bool) {
        let reference = Self.scene(Self.rows, quantitative: quantitative)
        #expect(Self.lines(reference).count == 2)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<8 {
            let shuffled = Self.rows.shuffled(using: &generator)
            #expect(Self.lines(Self.scene(shuffled, quantitative: quantitative)) == Self.lines(reference))
            // With A's rows first, the colours are A's and B's again: the whole scene is the same.
            let aFirst = shuffled.filter { $0.group == "A" } + shuffled.filter { $0.group == "B" }
            #expect(Self.scene(aFirst, quantitative: quantitative) == reference)
        }
    }

    /// 2007 is in no row, so it is no category and A's line runs on from 2006 to 2008; B's
    /// missing 2005 breaks its line, leaving 2004 as a dot.
    @Test func gapsAndMissingValuesBreakLines() {
        let lines = LineMarkTests.polylines(Self.scene(Self.rows))
        #expect(lines.map(\.count).sorted() == [2, 4], "A has 4 points in one run; B has 2004 alone, then 2006–2008")
    }

    @Test func checkedSceneThrowsTheSameProblemsAsProblems() {
        let zero = Self.rows + [R(year: 2009, n: 0, group: "A")]
        let plot = Plot(zero) { LineMark(x: .value("Year", \.year), y: .value("n", \.n)) }
            .yScale(.log).title("t").source("Source: t")
        let bad = Plot(layers: [Layer(mark: MarkDefinition(.line), encoding: [.x: ChannelEncoding(field: "nope")])])
        for chart in [plot, bad] {
            #expect(throws: ChartError(title: chart.text.title, problems: chart.problems)) {
                try chart.checkedScene(size: standardSize, theme: theme, measurer: measurer)
            }
        }
        #expect(!bad.problems.isEmpty && !plot.problems.isEmpty)
    }
}
