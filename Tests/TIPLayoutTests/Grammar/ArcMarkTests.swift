import Foundation
import Testing
import TIPScene
import TIPStatistics
@testable import TIPLayout

/// Pies and donuts: slices in proportion, shares that add up, the total in the hole, and
/// angles that cannot be drawn refused with their path.
struct ArcMarkTests {
    struct Part { var form: String; var n: Double }

    static func donut(_ parts: [(String, Double)], ratio: Double = 0.56) -> Plot {
        Plot(parts.map { Part(form: $0.0, n: $0.1) }) {
            SectorMark(angle: .value("victims", \.n), innerRadius: .ratio(ratio))
                .foregroundStyle(by: .value("Form", \.form))
        }
        .title("Victims by form").source("Source: test")
    }

    /// The (start, end) angle of each slice's outer arc, in drawing order.
    static func sweeps(_ scene: Scene) -> [(Double, Double)] {
        scene.flatItems.compactMap { item -> (Double, Double)? in
            guard case let .path(path, _) = item, case let .arc(_, _, start, end)? = path.elements.first else {
                return nil
            }
            return (start, end)
        }
    }

    @Test(arguments: [
        [("Labour", 87.0), ("Sexual", 25.0)],
        [("a", 1), ("b", 1), ("c", 1)],
        [("a", 1e6), ("b", 1), ("c", 0)],
        [("one", 42)],
    ])
    func slicesAreInProportionAndSharesAddUpTo100(parts: [(String, Double)]) throws {
        for size in [Size(width: 400, height: 300), standardSize, Size(width: 1600, height: 900)] {
            let scene = try Self.donut(parts).checkedScene(size: size, theme: theme, measurer: measurer)
            #expect(scene.layoutProblems().isEmpty, "\(parts) at \(size): \(scene.layoutProblems())")
            let drawn = parts.filter { $0.1 > 0 }
            let sweeps = Self.sweeps(scene)
            #expect(sweeps.count == drawn.count)
            let total = drawn.map(\.1).reduce(0, +)
            for ((_, value), (start, end)) in zip(drawn, sweeps) {
                #expect(abs((end - start) - 2 * .pi * value / total) < 1e-9)
            }
            #expect(abs((sweeps.last?.1 ?? 0) - (sweeps.first?.0 ?? 0) - 2 * .pi) < 1e-9, "a whole circle")
            let shares = try Shares(drawn.map(\.1)).roundedPercentages(decimals: 1)
            for share in shares {
                let label = ValueFormat.percent(decimals: share.decimals).string(share.value)
                #expect(scene.textRuns.contains { $0.text == label }, "\(label) is drawn")
            }
            #expect(abs(shares.map(\.value).reduce(0, +) - 100) < 1e-9)
            #expect(scene.textRuns.contains { $0.text == ValueFormat.count.string(total) }, "the total in the hole")
        }
    }

    @Test func aPieHasNoHoleAndNoTotal() throws {
        let scene = try Self.donut([("a", 3), ("b", 1)], ratio: 0).checkedScene(
            size: standardSize, theme: theme, measurer: measurer)
        #expect(!scene.textRuns.contains { $0.text == "4" })
        #expect(scene.textRuns.contains { $0.text == "75.0%" } && scene.textRuns.contains { $0.text == "25.0%" })
        let wedges = scene.flatItems.filter {
            if case let .path(path, _) = $0, case .arc? = path.elements.first,
                path.elements.contains(where: { if case .line = $0 { true } else { false } })
            {
                return true
            }
            return false
        }
        #expect(wedges.count == 2, "each wedge closes through the centre")
    }

    @Test(arguments: [
        ([("a", -1.0), ("b", 2.0)], "encoding.theta.field: a slice cannot show -1 (row 1)"),
        ([("a", 0.0), ("b", 0.0)], "encoding.theta.field: the slices need a positive, finite total"),
        (
            [("a", 1e308), ("b", 1e308)],
            "encoding.theta.field: the slices add up to more than the largest double-precision number"
        ),
        // A non-finite number from a row is missing (the builder's rule), so nothing is left to draw.
        ([("a", .infinity)], "encoding.theta.field: the slices need a positive, finite total"),
        ([], "encoding.theta.field: the slices need a positive, finite total"),
    ])
    func undrawableAnglesAreRefusedWithTheirPath(parts: [(String, Double)], message: String) {
        let plot = Self.donut(parts)
        #expect(throws: PlotError.self) { try plot.check() }
        #expect(plot.problems.map(\.message) == [message])
    }

    @Test func aCensoredSliceIsRefused() {
        let plot = Plot(
            data: DataTable(rows: [["f": .text("a"), "n": .censored(5)], ["f": .text("b"), "n": .number(9)]]),
            layers: [Layer(mark: MarkDefinition(.arc), encoding: [.theta: .field("n"), .color: .field("f")])])
        #expect(plot.problems.first?.message.contains("censored value (row 1)") == true)
    }

    @Test func anArcSharesNoPlotWithAxesMarks() {
        let plot = Plot(
            data: DataTable(rows: [["f": .text("a"), "n": .number(5)]]),
            layers: [
                Layer(mark: MarkDefinition(.arc), encoding: [.theta: .field("n")]),
                Layer(mark: MarkDefinition(.bar), encoding: [.x: .field("f"), .y: .field("n")]),
            ])
        #expect(plot.problems.first?.message.contains("cannot share a plot with other marks") == true)
    }

    @Test func theDataTableListsEachSliceWithItsValue() {
        let table = Self.donut([("Labour", 87), ("Sexual", 25)]).dataTable
        #expect(table.headers == ["Form", "victims"])
        #expect(table.rows == [["Labour", "87"], ["Sexual", "25"]])
    }

    @Test func theLegendNamesEverySliceInItsColour() throws {
        let scene = try Self.donut([("Labour", 87), ("Sexual", 25)]).checkedScene(
            size: standardSize, theme: theme, measurer: measurer)
        #expect(scene.textRuns.contains { $0.text == "Labour" } && scene.textRuns.contains { $0.text == "Sexual" })
        let fills = scene.flatItems.compactMap { item -> Color? in
            if case let .path(path, style) = item, case .arc? = path.elements.first { return style.fill }
            return nil
        }
        #expect(fills == [theme.color(0), theme.color(1)])
    }
}
