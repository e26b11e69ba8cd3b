import Foundation
import TIPScene
import TIPStatistics
import Testing
@testable import TIPLayout

struct ScatterChartTests {
    static func group(_ name: String, count: Int, seed: UInt64) -> ScatterChart.Group {
        let xs = (0..<UInt64(count)).map { SplitMix64.uniform(seed: seed, index: 2 * $0) * 200 }
        let ys = (0..<UInt64(count)).map { 12 + SplitMix64.uniform(seed: seed, index: 2 * $0 + 1) * 1000 }
        return ScatterChart.Group(name: name, xs: xs, ys: ys)
    }

    static func chart(_ groups: [ScatterChart.Group]) -> ScatterChart {
        ScatterChart(
            groups: groups,
            text: ChartText(
                title: "Sentences against convictions", source: "Source: simulated",
                xAxisTitle: "Convictions", yAxisTitle: "Months"))
    }

    static func markerSets(_ scene: Scene) -> [MarkerSet] {
        scene.flatItems.compactMap {
            if case let .markers(set) = $0 { return set }
            return nil
        }
    }

    @Test(arguments: [Size(width: 400, height: 300), standardSize, Size(width: 1600, height: 900)], [1, 2, 5])
    func layoutIsCleanAtEverySize(size: Size, groups: Int) {
        let chart = Self.chart((0..<groups).map { Self.group("Group \($0 + 1)", count: 300, seed: UInt64($0)) })
        let scene = chart.scene(size: size, measurer: measurer)
        #expect(scene.layoutProblems().isEmpty, "\(scene.layoutProblems())")
        let sets = Self.markerSets(scene)
        #expect(sets.count == groups)
        // Every dot lies inside the plot: between the outermost grid lines.
        let plot = scene.flatItems.compactMap { item -> Rect? in
            if case let .group(clip, _) = item { return clip }
            return nil
        }
        #expect(plot.count <= 1)
        for set in sets {
            #expect(set.points.count == 300)
            #expect(Set(set.points.map(\.x)).count > 250)
        }
        // More than one group: a legend names each.
        let texts = scene.texts()
        for g in 0..<groups where groups > 1 { #expect(texts.contains("Group \(g + 1)")) }
    }

    @Test func pointsMapThroughTheAxes() throws {
        let chart = ScatterChart(
            groups: [ScatterChart.Group(name: "a", xs: [0, 10, .nan, 5], ys: [0, 100, 3, .nan])],
            includesZero: true, text: ChartText(title: "t"))
        let set = try #require(Self.markerSets(chart.scene(size: standardSize, measurer: measurer)).first)
        // NaN coordinates are missing: two points remain, and (10, 100) is up and to the right of (0, 0).
        #expect(set.points.count == 2)
        #expect(set.points[1].x > set.points[0].x && set.points[1].y < set.points[0].y)
        #expect(set.radius == 3.5 && set.style.fill?.alpha == 1)
    }

    @Test(arguments: [(10, 3.5, 1.0), (500, 3.5, 1.0), (5000, 2.0, 0.85), (100_000, 1.2, 0.35)])
    func denseChartsGetSmallerTranslucentDots(count: Int, radius: Double, opacity: Double) {
        #expect(ScatterChart.markerRadius(forCount: count) == radius)
        #expect(abs(ScatterChart.markerOpacity(forCount: count) - opacity) < 0.01)
    }

    @Test func undrawableValuesAreProblemsAndDecodingRejectsThem() throws {
        let chart = ScatterChart(
            groups: [ScatterChart.Group(name: "a", xs: [1, .infinity], ys: [1, 2])], text: ChartText(title: "t"))
        #expect(chart.problems.map(\.kind) == [.undrawableValue])
        #expect(throws: ChartError.self) { try chart.validated() }
        let json =
            #"{"groups":[{"name":"a","xs":[1,2],"ys":[1]}],"xFormat":{"number":{"decimals":0}},"#
            + #""yFormat":{"number":{"decimals":0}},"includesZero":false,"text":{"title":"t"}}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ScatterChart.self, from: Data(json.utf8)) }
        let good = Self.chart([Self.group("a", count: 3, seed: 1)])
        let decoded = try JSONDecoder().decode(ScatterChart.self, from: JSONEncoder().encode(good))
        #expect(decoded == good)
    }

    /// Hostile groups never trap: either the chart names its problem or it lays out cleanly.
    @Test(arguments: [
        [ScatterChart.Group](),
        [ScatterChart.Group(name: "empty", xs: [], ys: [])],
        [ScatterChart.Group(name: "all NaN", xs: [.nan, .nan], ys: [.nan, 1])],
        [ScatterChart.Group(name: "huge", xs: [1e308, 1.7e308], ys: [-1e308, 1e308])],
        [ScatterChart.Group(name: "span", xs: [-1.7e308, 1.7e308], ys: [0, 1])],
        [ScatterChart.Group(name: "one", xs: [5], ys: [5])],
        (0..<12).map { ScatterChart.Group(name: "group \($0) with a long name", xs: [Double($0)], ys: [1e-9]) },
    ])
    func hostileGroups(_ groups: [ScatterChart.Group]) {
        let chart = ScatterChart(groups: groups, text: ChartText(title: "Hostile \u{1}scatter", source: "s"))
        let scene = chart.scene(size: standardSize, measurer: measurer)
        if chart.problems.isEmpty {
            #expect(scene.layoutProblems().isEmpty, "\(scene.layoutProblems())")
            let drawn = Self.markerSets(scene).reduce(0) { $0 + $1.points.count }
            let finite = groups.reduce(0) { n, g in
                n + g.xs.indices.filter { g.xs[$0].isFinite && g.ys[$0].isFinite }.count
            }
            #expect(drawn == finite)
        } else {
            #expect(Self.markerSets(scene).isEmpty)
        }
    }

    @Test func dataTableListsEveryPoint() {
        let chart = Self.chart([
            ScatterChart.Group(name: "a", xs: [1, 2], ys: [10, 20]), ScatterChart.Group(name: "b", xs: [3], ys: [30]),
        ])
        #expect(chart.dataTable.headers == ["", "Convictions", "Months"])
        #expect(chart.dataTable.rows == [["a", "1", "10"], ["a", "2", "20"], ["b", "3", "30"]])
    }
}
