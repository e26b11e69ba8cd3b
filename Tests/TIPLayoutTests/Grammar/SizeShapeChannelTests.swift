import Foundation
import TIPScene
import TIPStatistics
import Testing
@testable import TIPLayout

/// The size and shape channels of points: an area-true size scale from zero, six symbols of
/// equal area, their legends (merged with colour when they read one field), and refusals
/// that name the channel where the layout cannot carry it out.
struct SizeShapeChannelTests {
    struct Row { var region: String; var x: Double; var y: Double; var victims: Double }

    static let rows: [Row] = (0..<24).map { i in
        Row(
            region: ["Central Asia", "Eastern Europe", "South Asia"][i % 3], x: Double(i * 7 % 23),
            y: Double(i * 11 % 19), victims: Double(i * i * 5))
    }

    static func scene(_ plot: Plot, size: Size = standardSize) -> Scene {
        plot.scene(size: size, theme: theme, measurer: measurer)
    }

    static func plot(_ rows: [Row] = rows, shape: Bool = true, size: Bool = true, colour: Bool = true) -> Plot {
        var layer = PointMark(x: .value("Prosecutions", \Row.x), y: .value("Convictions", \Row.y))
        if colour { layer = layer.foregroundStyle(by: .value("Region", \.region)) }
        if shape { layer = layer.symbol(by: .value("Region", \.region)) }
        if size { layer = layer.symbolSize(by: .value("Victims", \.victims)) }
        return Plot(rows) { layer }.title("Prosecutions and convictions").source("Source: simulated")
    }

    static func markerSets(_ items: [SceneItem]) -> [MarkerSet] {
        items.compactMap {
            if case let .markers(set) = $0 { return set }
            return nil
        }
    }

    /// The marker sets inside the plot's clip group (the legend's are outside it).
    static func plotted(_ scene: Scene) -> [MarkerSet] {
        markerSets(
            scene.items.flatMap { item -> [SceneItem] in
                if case let .group(clip?, items) = item, clip.width > 0 { return items }
                return []
            })
    }

    /// Twice the area of a polygon path by the shoelace formula.
    static func area(_ path: Path) -> Double {
        let points = path.elements.compactMap { e -> Point? in
            switch e {
            case let .move(p), let .line(p): p
            default: nil
            }
        }
        return abs(
            zip(points, points.dropFirst() + points.prefix(1)).reduce(0) { $0 + $1.0.x * $1.1.y - $1.1.x * $1.0.y })
            / 2
    }

    @Test(arguments: MarkerSet.Shape.allCases.filter { $0 != .circle })
    func everyShapeHasTheCirclesAreaAndStaysWithinItsReach(shape: MarkerSet.Shape) {
        let set = MarkerSet(shape: shape, points: [], radius: 5, style: .filled(.black))
        let path = set.path(at: Point(x: 10, y: 20))
        #expect(abs(Self.area(path) - .pi * 25) < 1e-9, "\(shape): \(Self.area(path))")
        let reach = path.elements.compactMap { e -> Double? in
            if case let .line(p) = e { return ((p.x - 10) * (p.x - 10) + (p.y - 20) * (p.y - 20)).squareRoot() }
            if case let .move(p) = e { return ((p.x - 10) * (p.x - 10) + (p.y - 20) * (p.y - 20)).squareRoot() }
            return nil
        }.max()
        #expect(abs((reach ?? 0) - set.reach) < 1e-9, "the reach is the farthest corner")
    }

    @Test func sizeIsAreaTrueFromZero() {
        let plan = SizePlan(upper: 100, title: nil, format: .count)
        let (r0, r1) = (SizePlan.minimumRadius, SizePlan.maximumRadius)
        #expect(plan.radius(0) == r0)
        #expect(abs(plan.radius(100) - r1) < 1e-12)
        // Area grows linearly with the value: equal steps of value add equal area.
        let areas = [0.0, 25, 50, 75, 100].map { plan.radius($0) * plan.radius($0) }
        let steps = zip(areas.dropFirst(), areas).map { $0 - $1 }
        #expect(steps.allSatisfy { abs($0 - steps[0]) < 1e-9 })
        // Out of the domain and non-finite values are clamped, never NaN.
        for v in [-5.0, 1e308, .infinity, -.infinity, .nan] {
            let r = plan.radius(v)
            #expect(r.isFinite && r >= r0 && r <= r1, "\(v) → \(r)")
        }
        #expect(SizePlan(upper: 0, title: nil, format: .count).radius(0) == r0)
    }

    @Test func pointsTakeTheirRadiusFromTheirValueAndLargeOnesAreDrawnFirst() throws {
        let scene = Self.scene(Self.plot(shape: false, colour: false))
        #expect(scene.layoutProblems().isEmpty, "\(scene.layoutProblems())")
        let sets = Self.plotted(scene)
        let upper = try #require(Self.rows.map(\.victims).max())
        let plan = SizePlan(upper: upper, title: nil, format: .count)
        #expect(sets.map(\.points.count).reduce(0, +) == Self.rows.count)
        #expect(Set(sets.map(\.radius)) == Set(Self.rows.map { plan.radius($0.victims) }))
        #expect(sets.map(\.radius) == sets.map(\.radius).sorted(by: >), "small markers are drawn over large ones")
    }

    @Test func aPointWithoutASizeIsNotDrawnAndHostileSizesNeverTrap() {
        var rows = Self.rows
        rows[0].victims = .nan
        rows[1].victims = .infinity
        rows[2].victims = 1e308
        let scene = Self.scene(Self.plot(rows, shape: false, colour: false))
        let sets = Self.plotted(scene)
        #expect(sets.map(\.points.count).reduce(0, +) == rows.count - 2, "NaN and ∞ sizes are not drawn")
        #expect(sets.allSatisfy { $0.radius.isFinite && $0.radius <= SizePlan.maximumRadius })
    }

    @Test func negativeAndCategoricalSizesAreRefusedWithTheirPath() {
        var rows = Self.rows
        rows[3].victims = -2
        #expect(throws: PlotError.self) { try Self.plot(rows, shape: false).check() }
        let message = Self.plot(rows, shape: false).problems.first?.message ?? ""
        #expect(message.contains("encoding.size") && message.contains("row 4"), "\(message)")
        let categorical = Plot(Self.rows) {
            PointMark(x: .value("x", \Row.x), y: .value("y", \Row.y)).symbolSize(by: .value("Region", \.region))
        }
        #expect(categorical.problems.first?.message.contains("quantitative") == true)
        let bar = Plot(Self.rows) {
            BarMark(x: .value("Region", \Row.region), y: .value("y", \Row.y)).symbolSize(by: .value("v", \.victims))
        }
        #expect(bar.problems.first?.message.contains("bar mark cannot show it") == true)
    }

    @Test func shapesFollowTheCategoriesAndMergeWithTheColourLegend() {
        let scene = Self.scene(Self.plot(size: false))
        #expect(scene.layoutProblems().isEmpty, "\(scene.layoutProblems())")
        let shapes = Set(Self.plotted(scene).map(\.shape))
        #expect(shapes == [.circle, .square, .triangle])
        // One legend: each region's entry is its symbol in its colour, with no separate shape key.
        let legend = Self.markerSets(scene.items).filter { $0.points.count == 1 }
        #expect(legend.map(\.shape) == [.circle, .square, .triangle])
        #expect(Set(legend.map(\.style.fill)).count == 3)
        #expect(scene.texts().filter { $0 == "Region" }.isEmpty, "a merged legend needs no titles")
    }

    @Test func aShapeOfAnotherFieldGetsItsOwnTitledLegend() {
        struct Case { var form: String; var sex: String; var x: Double; var y: Double; var n: Double }
        let rows = (0..<12).map {
            Case(
                form: ["Sexual", "Labour"][$0 % 2], sex: ["Female", "Male", "Unknown"][$0 % 3], x: Double($0),
                y: Double($0 * $0 % 7), n: Double($0 * 10))
        }
        let plot = Plot(rows) {
            PointMark(x: .value("Year index", \Case.x), y: .value("Cases", \Case.y))
                .foregroundStyle(by: .value("Form", \.form))
                .symbol(by: .value("Sex", \.sex))
                .symbolSize(by: .value("Victims", \.n))
        }.title("Cases").source("Source: simulated")
        for size in [Size(width: 400, height: 300), standardSize, Size(width: 1600, height: 900)] {
            let scene = Self.scene(plot, size: size)
            #expect(scene.layoutProblems().isEmpty, "\(size): \(scene.layoutProblems())")
            let texts = scene.texts()
            for label in ["Form", "Sex", "Victims", "Female", "Male", "Unknown", "Sexual", "Labour"] {
                #expect(texts.contains(label), "\(label) at \(size)")
            }
        }
    }

    @Test func aSeventhShapeAndAnUnknownSymbolAreRefused() {
        let rows = (0..<7).map { Row(region: "Region \($0)", x: Double($0), y: 1, victims: 1) }
        let plot = Self.plot(rows, size: false)
        #expect(plot.problems.first?.message.contains("7 categories") == true, "\(plot.problems)")
        var layer = Layer(
            mark: MarkDefinition(.point),
            encoding: [.x: .field("x"), .y: .field("y"), .shape: ChannelEncoding(value: .text("star"))])
        let table = DataTable(rows: [["x": .number(1), "y": .number(2)]])
        #expect(Plot(data: table, layers: [layer]).problems.first?.message.contains("unknown shape") == true)
        layer.encoding[.shape] = ChannelEncoding(value: .text("triangle-down"))
        let scene = Self.scene(Plot(data: table, layers: [layer]))
        #expect(Self.plotted(scene).map(\.shape) == [.triangleDown])
    }

    @Test func aLiteralSizeIsAnAreaInSquarePoints() throws {
        let layer = Layer(
            mark: MarkDefinition(.point),
            encoding: [.x: .field("x"), .y: .field("y"), .size: ChannelEncoding(value: .number(100))])
        let table = DataTable(rows: [["x": .number(1), "y": .number(2)]])
        let set = try #require(Self.plotted(Self.scene(Plot(data: table, layers: [layer]))).first)
        #expect(abs(set.radius - (100 / Double.pi).squareRoot()) < 1e-12)
    }

    @Test func theSizeLegendShowsSmallMiddleAndLargeNiceValues() {
        #expect(guideValues(upTo: 2400) == [500, 1000, 2000])
        #expect(guideValues(upTo: 0) == [0])
        #expect(guideValues(upTo: .infinity) == [0])
        #expect(guideValues(upTo: 1e308).count >= 1)
        #expect(guideValues(upTo: 3).allSatisfy { $0 > 0 && $0 <= 3 })
        let scene = Self.scene(Self.plot(shape: false, colour: false))
        let texts = scene.texts()
        #expect(texts.contains("Victims"))
        let legendDots = Self.markerSets(scene.items).filter { $0.points.count == 1 }
        #expect(legendDots.count == guideValues(upTo: Self.rows.map(\.victims).max() ?? 0).count)
        #expect(legendDots.map(\.radius) == legendDots.map(\.radius).sorted(), "dots grow with their values")
    }

    @Test func theDataTableListsSizeAndShape() {
        let table = Self.plot().dataTable
        #expect(table.headers.contains("Victims"))
        #expect(table.headers.filter { $0 == "Region" }.count == 1, "one column for a field read twice")
    }
}
