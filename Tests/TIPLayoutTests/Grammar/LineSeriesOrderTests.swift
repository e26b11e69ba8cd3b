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

    /// Hostile values on the column fast path: a line is drawn through the finite values
    /// only, or the plot is refused with a problem; no NaN reaches the scene.
    @Test(
        arguments: [
            [1, .nan, 3], [1e308, -1e308, 0], [.infinity, 2, -.infinity], [], [.nan, .nan], [-5, 0, 5],
        ] as [[Double]])
    func hostileValuesNeverReachTheScene(_ values: [Double]) {
        let rows = values.enumerated().map { R(year: 2000 + $0.offset, n: $0.element, group: "A\u{1}") }
        let plot = Plot(rows) {
            LineMark(x: .value("Step", \.year, type: .quantitative), y: .value("n", \.n))
                .foregroundStyle(by: .value("Group", \.group))
        }
        .title("t").source("Source: t")
        guard let scene = try? plot.checkedScene(size: standardSize, theme: theme, measurer: measurer) else {
            #expect(!plot.problems.isEmpty || values.allSatisfy { !$0.isFinite })
            return
        }
        for line in LineMarkTests.polylines(scene) {
            #expect((0..<line.count).allSatisfy { line.canvasPoint($0).x.isFinite && line.canvasPoint($0).y.isFinite })
        }
    }

    /// Forty series with years missing here and there, named at their line ends: each name
    /// once, in the order of the legend's domain.
    @Test func manySeriesWithMissingYearsAreEachNamedOnce() {
        let names = (0..<40).map { "Country \($0)" }
        var rows: [R] = []
        for (k, name) in names.enumerated() {
            for year in 2005...2015 where (year + k) % 4 != 0 {
                rows.append(R(year: year, n: Double(k * 10 + year % 7), group: name))
            }
        }
        let plot = Plot(rows) {
            LineMark(x: .value("Year", \.year), y: .value("n", \.n)).foregroundStyle(by: .value("Country", \.group))
        }
        .labellingLineEnds().title("t").source("Source: t")
        let texts = plot.scene(size: Size(width: 1600, height: 900), theme: theme, measurer: measurer).texts()
        for name in names { #expect(texts.filter { $0 == name }.count == 1, "\(name)") }
    }
}
