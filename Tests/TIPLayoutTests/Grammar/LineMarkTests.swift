import TIPScene
import Foundation
import Testing
@testable import TIPLayout

/// Lines, histograms and dots on the grammar: gaps at missing values, a million points
/// decimated, adjacent bins, dots on the scale, and labels without control characters.
struct LineMarkTests {
    struct P { var x: String; var y: Double? }
    struct N { var i: Int; var y: Double }

    static func polylines(_ scene: Scene) -> [Polyline] {
        scene.flatItems.compactMap { item -> Polyline? in
            if case let .polyline(line, _) = item { return line }
            return nil
        }
    }

    @Test func lineBreaksAtMissingValues() {
        let rows = zip(["2004", "2005", "2006", "2007", "2008"], [1, 2, nil, 4, 5] as [Double?]).map(P.init)
        let plot = Plot(rows) { LineMark(x: .value("Year", \.x), y: .value("n", \.y)) }.title("t").source("Source: t")
        let lines = Self.polylines(plot.scene(size: standardSize, theme: theme, measurer: measurer))
        #expect(lines.map(\.count) == [2, 2])
        // Category i sits at the centre of its band; consecutive categories are one step apart.
        let step = lines[0].canvasPoint(1).x - lines[0].canvasPoint(0).x
        #expect(abs((lines[1].canvasPoint(0).x - lines[0].canvasPoint(0).x) - 3 * step) < 1e-9)
    }

    /// A label from a file may hold control characters; no font draws them, so they are left out.
    @Test func controlCharactersAreNotDrawn() {
        let plot = seriesBars(["C\u{1}\u{7F}<b>", "B"], [("v\u{0}", [1, 2])], title: "T\u{1B}itle").source("S\u{7}")
        let texts = plot.scene(size: standardSize, theme: theme, measurer: measurer).textRuns.map(\.text)
        #expect(texts.contains("C<b>") && texts.contains("Title") && texts.contains("S"))
        #expect(!texts.contains { $0.unicodeScalars.contains { $0.properties.generalCategory == .control } })
    }

    /// 200,000 points: far more than the canvas's 1,600 half-point columns (the million
    /// points of `Examples/LargeSeries` take the same path; a test keeps to the debug build's pace).
    @Test func manyPointsAreDecimatedToTheCanvasWithoutMarkers() throws {
        let n = 200_000
        let rows = (0..<n).map { N(i: $0, y: Double($0 % 1000)) }
        let plot = Plot(rows) {
            LineMark(x: .value("Step", \.i, type: .quantitative), y: .value("Level", \.y))
        }.title("t").source("Source: t")
        let scene = try plot.checkedScene(size: standardSize, theme: theme, measurer: measurer)
        let lines = Self.polylines(scene)
        // M4: at most four points per half-point column, keeping the ends and the extremes.
        #expect(lines.count == 1 && lines[0].count <= 4 * (2 * Int(standardSize.width) + 2))
        let first = lines[0].canvasPoint(0), last = lines[0].canvasPoint(lines[0].count - 1)
        #expect(first.x < last.x)
        #expect(Set(lines[0].ys).count > 2, "the extremes of each column are kept")
        let dots = scene.flatItems.filter { if case .markers = $0 { return true } else { return false } }
        #expect(dots.isEmpty, "no per-point markers")
    }

    @Test func histogramBarsAreAdjacentAndMarkersDoNotCollide() {
        struct Bin { var from: Double; var to: Double; var n: Int }
        let edges = [2.5, 3.5, 4.5, 5.5, 6.5, 7.5], counts = [3, 0, 2, 4, 5]
        let bins = counts.indices.map { Bin(from: edges[$0], to: edges[$0 + 1], n: counts[$0]) }
        let plot = Plot(bins) {
            BarMark(x: .value("Years", \.from), y: .value("Count", \.n), xEnd: .value("To", \.to))
            RuleMark(x: .value("Mean", 5.9)).annotation("Mean 5.9")
            RuleMark(x: .value("Median", 6.0)).annotation("Median 6")
        }
        .title("Sentences").source("Source: t").xScale(domain: 2.5...7.5, zero: false)
        let scene = plot.scene(size: standardSize, theme: theme, measurer: measurer)
        let bars = scene.rects(filled: theme.color(0)).filter { $0.height > 0 }
        #expect(bars.count == 4)
        for (a, b) in zip(bars, bars.dropFirst()) where abs(a.maxX - b.minX) > 2 {
            // Only the empty bin (4.5) lies between two bars.
            #expect(abs((b.minX - a.maxX) - a.width) <= 2.5)
        }
        #expect(scene.layoutProblems().isEmpty, "\(scene.layoutProblems())")
        #expect(scene.texts().contains("Mean 5.9") && scene.texts().contains("Median 6"), "both labels, stepped apart")
    }

    @Test func dotsSitOnTheScale() {
        struct D { var c: String; var v: Double }
        let plot = Plot([D(c: "a", v: 5), D(c: "b", v: 10), D(c: "c", v: 0)]) {
            PointMark(x: .value("Value", \.v), y: .value("Category", \.c))
        }.title("t").source("Source: t")
        let scene = plot.scene(size: standardSize, theme: theme, measurer: measurer)
        let centers = scene.flatItems.flatMap { item -> [Double] in
            if case let .markers(set) = item { return set.points.map(\.x) }
            return []
        }
        #expect(centers.count == 3)
        #expect(abs((centers[1] - centers[2]) - 2 * (centers[0] - centers[2])) < 1e-9)
        #expect(scene.layoutProblems().isEmpty)
    }
}
