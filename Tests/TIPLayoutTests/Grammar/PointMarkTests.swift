import Foundation
import TIPScene
import TIPStatistics
import Testing
@testable import TIPLayout

/// Scatter plots on the grammar: clean at every size, points through the axes, dense
/// layers with smaller translucent dots, and hostile coordinates that never trap.
struct PointMarkTests {
    struct Case { var group: String; var x: Double; var y: Double }

    static func cases(_ name: String, count: Int, seed: UInt64) -> [Case] {
        (0..<UInt64(count)).map {
            Case(
                group: name, x: SplitMix64.uniform(seed: seed, index: 2 * $0) * 200,
                y: 12 + SplitMix64.uniform(seed: seed, index: 2 * $0 + 1) * 1000)
        }
    }

    static func plot(_ rows: [Case], grouped: Bool = true) -> Plot {
        Plot(rows) {
            if grouped {
                PointMark(x: .value("Convictions", \.x), y: .value("Months", \.y))
                    .foregroundStyle(by: .value("Group", \.group))
            } else {
                PointMark(x: .value("Convictions", \.x), y: .value("Months", \.y))
            }
        }
        .title("Sentences against convictions").source("Source: simulated")
    }

    static func markerSets(_ scene: Scene) -> [MarkerSet] {
        scene.flatItems.compactMap {
            if case let .markers(set) = $0 { return set }
            return nil
        }
    }

    @Test(arguments: [Size(width: 400, height: 300), standardSize, Size(width: 1600, height: 900)], [1, 2, 5])
    func layoutIsCleanAtEverySize(size: Size, groups: Int) {
        let rows = (0..<groups).flatMap { Self.cases("Group \($0 + 1)", count: 300, seed: UInt64($0)) }
        let scene = Self.plot(rows).scene(size: size, theme: theme, measurer: measurer)
        #expect(scene.layoutProblems().isEmpty, "\(scene.layoutProblems())")
        let sets = Self.markerSets(scene)
        #expect(sets.count == groups)
        for set in sets {
            #expect(set.points.count == 300)
            #expect(Set(set.points.map(\.x)).count > 250)
        }
        for g in 0..<groups { #expect(scene.texts().contains("Group \(g + 1)"), "the legend names each group") }
    }

    @Test func pointsMapThroughTheAxes() throws {
        let rows = [Case(group: "a", x: 0, y: 0), Case(group: "a", x: 10, y: 100), Case(group: "a", x: .nan, y: 3)]
        let set = try #require(
            Self.markerSets(Self.plot(rows, grouped: false).scene(size: standardSize, theme: theme, measurer: measurer))
                .first)
        // A NaN coordinate is missing: two points remain, and (10, 100) is up and to the right of (0, 0).
        #expect(set.points.count == 2)
        #expect(set.points[1].x > set.points[0].x && set.points[1].y < set.points[0].y)
        #expect(set.radius == 3.5)
    }

    @Test(arguments: [(10, 3.5, 1.0), (500, 3.5, 1.0), (5000, 2.0, 0.85), (100_000, 1.2, 0.35)])
    func denseLayersGetSmallerTranslucentDots(count: Int, radius: Double, opacity: Double) {
        #expect(pointRadius(forCount: count) == radius)
        #expect(abs(pointOpacity(forCount: count) - opacity) < 0.01)
    }

    @Test func aDenseScatterDrawsItsDotsSmallAndWithoutOutlines() throws {
        let scene = Self.plot(Self.cases("a", count: 20_000, seed: 3), grouped: false)
            .scene(size: standardSize, theme: theme, measurer: measurer)
        let set = try #require(Self.markerSets(scene).first)
        #expect(set.radius < 2 && set.style.stroke == nil && (set.style.fill?.alpha ?? 1) < 0.5)
    }

    /// Hostile coordinates never trap: either the plot names its problem or it lays out cleanly.
    @Test(arguments: [
        [(Double, Double)](), [(.nan, .nan), (.nan, 1)], [(1e308, -1e308), (1.7e308, 1e308)],
        [(-1.7e308, 0), (1.7e308, 1)],
        [(5, 5)], [(0, 1e-9), (1, 1e-9)], [(1, .infinity), (2, 2)],
    ])
    func hostileCoordinates(_ points: [(Double, Double)]) {
        let plot = Self.plot(points.map { Case(group: "g", x: $0.0, y: $0.1) }, grouped: false)
        let scene = plot.scene(size: standardSize, theme: theme, measurer: measurer)
        if plot.problems.isEmpty {
            #expect(scene.layoutProblems().isEmpty, "\(points): \(scene.layoutProblems())")
            let drawn = Self.markerSets(scene).reduce(0) { $0 + $1.points.count }
            #expect(drawn == points.filter { $0.0.isFinite && $0.1.isFinite }.count)
        } else {
            #expect(Self.markerSets(scene).isEmpty)
            #expect(scene.texts().joined(separator: " ").contains("This chart cannot be drawn"))
        }
    }

    @Test func dataTableListsEveryPoint() {
        let rows = [Case(group: "a", x: 1, y: 10), Case(group: "a", x: 2, y: 20), Case(group: "b", x: 3, y: 30)]
        let table = Self.plot(rows).dataTable
        #expect(table.headers == ["Group", "Convictions", "Months"])
        #expect(table.rows == [["a", "1", "10"], ["a", "2", "20"], ["b", "3", "30"]])
    }
}
