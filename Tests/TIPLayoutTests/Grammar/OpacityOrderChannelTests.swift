import Foundation
import TIPScene
import TIPStatistics
import Testing
@testable import TIPLayout

/// The opacity and order channels: a zero-based opacity scale on points, bars and cells, a
/// literal opacity on any mark, stacks ranked by an order field, and lines joined in its order.
struct OpacityOrderChannelTests {
    struct Tier { var year: Int; var tier: String; var countries: Double; var rank: Double }

    static let tiers: [Tier] = [2015, 2016].flatMap { year in
        [("Tier 1", 30.0, 1.0), ("Tier 2", 80, 2), ("Tier 2 Watch List", 40, 3), ("Tier 3", 20, 4)].map {
            Tier(year: year, tier: $0.0, countries: $0.1 + Double(year - 2015), rank: $0.2)
        }
    }

    static func scene(_ plot: Plot) -> Scene { plot.scene(size: standardSize, theme: theme, measurer: measurer) }

    static func bars(_ scene: Scene) -> [(Rect, Color)] {
        scene.flatItems.compactMap {
            if case let .rect(r, style) = $0, let fill = style.fill, r.height > 20 { return (r, fill) }
            return nil
        }
    }

    @Test func theOpacityScaleRunsFromAFaintMarkAtZeroToOpaque() {
        let plan = OpacityPlan(upper: 50, title: nil, format: .count)
        #expect(plan.opacity(0) == OpacityPlan.minimumOpacity)
        #expect(plan.opacity(50) == 1)
        #expect(abs(plan.opacity(25) - 0.6) < 1e-12)
        for v in [-1.0, .nan, .infinity, 1e308] { #expect((0.2...1).contains(plan.opacity(v)), "\(v)") }
    }

    @Test func barsTakeTheirOpacityFromAField() {
        let plot = Plot(Self.tiers.filter { $0.year == 2015 }) {
            BarMark(x: .value("Tier", \Tier.tier), y: .value("Countries", \.countries))
                .opacity(by: .value("Countries", \.countries))
        }.title("Tiers").source("Source: simulated")
        let scene = Self.scene(plot)
        #expect(scene.layoutProblems().isEmpty, "\(scene.layoutProblems())")
        let bars = Self.bars(scene).filter { $0.0.minY > 40 }
        let alphas = Dictionary(bars.map { ($0.0.height, $0.1.alpha) }, uniquingKeysWith: { a, _ in a })
        // Taller bars (more countries) are more opaque, and the tallest is fully so.
        let byHeight = alphas.sorted { $0.key < $1.key }.map(\.value)
        #expect(byHeight.count == 4 && byHeight == byHeight.sorted() && byHeight.last == 1, "\(byHeight)")
        #expect(scene.texts().contains("Countries"))
    }

    @Test func aLiteralOpacityApliesToAnyMarkAndIsChecked() throws {
        let table = DataTable(rows: [["x": .number(1), "y": .number(2)], ["x": .number(2), "y": .number(3)]])
        var layer = Layer(
            mark: MarkDefinition(.line),
            encoding: [.x: .field("x"), .y: .field("y"), .opacity: ChannelEncoding(value: .number(0.4))])
        #expect(Plot(data: table, layers: [layer]).problems.isEmpty)
        let compiled = try Plot(data: table, layers: [layer]).compile()
        #expect(compiled.layers.first?.mark.opacity == 0.4)
        layer.encoding[.opacity] = ChannelEncoding(value: .number(1.5))
        #expect(Plot(data: table, layers: [layer]).problems.first?.message.contains("0 to 1") == true)
        layer.encoding[.opacity] = .field("y")
        #expect(Plot(data: table, layers: [layer]).problems.first?.message.contains("line mark") == true)
    }

    @Test func anOrderFieldStacksSegmentsFromTheBaselineUp() {
        func stackTops(_ plot: Plot) -> [Color] {
            // The 2015 bar: its segments from the bottom up.
            let segments = Self.bars(Self.scene(plot)).filter { $0.0.minX < standardSize.width / 2 }
            return segments.sorted { $0.0.maxY > $1.0.maxY }.map(\.1)
        }
        let legendOrder = Plot(Self.tiers) {
            BarMark(x: .value("Year", \Tier.year), y: .value("Countries", \.countries))
                .foregroundStyle(by: .value("Tier", \.tier))
        }
        let ranked = Plot(Self.tiers) {
            BarMark(x: .value("Year", \Tier.year), y: .value("Countries", \.countries))
                .foregroundStyle(by: .value("Tier", \.tier))
                .order(by: .value("Rank", \.rank))
        }
        let byLegend = stackTops(legendOrder), byRank = stackTops(ranked)
        #expect(byLegend.count == 4 && byRank.count == 4)
        // Ranks 1…4 follow the legend's order here; descending ranks reverse the stack.
        #expect(byLegend == byRank)
        var reversed = ranked
        reversed.layers[0].encoding[.order]?.sort = .descending
        #expect(stackTops(reversed) == byRank.reversed())
    }

    @Test func aLineJoinsItsPointsInTheOrderFieldsOrder() throws {
        struct Step { var year: Int; var prosecuted: Double; var convicted: Double }
        let steps = [
            Step(year: 2010, prosecuted: 10, convicted: 5), Step(year: 2011, prosecuted: 30, convicted: 9),
            Step(year: 2012, prosecuted: 20, convicted: 14), Step(year: 2013, prosecuted: 40, convicted: 12),
        ]
        let shuffled = [steps[2], steps[0], steps[3], steps[1]]
        let plot = Plot(shuffled) {
            LineMark(x: .value("Prosecuted", \Step.prosecuted), y: .value("Convicted", \.convicted))
                .order(by: .value("Year", \.year))
        }
        let line = try #require(LineMarkTests.polylines(Self.scene(plot)).first)
        let unordered = try #require(
            LineMarkTests.polylines(
                Self.scene(
                    Plot(shuffled) {
                        LineMark(x: .value("Prosecuted", \Step.prosecuted), y: .value("Convicted", \.convicted))
                    })
            ).first)
        // In year order x goes 10, 30, 20, 40: back and forth, not sorted as x order would be.
        #expect(line.xs.count == 4)
        #expect(line.xs[1] > line.xs[2] && line.xs[3] > line.xs[1])
        #expect(unordered.xs == unordered.xs.sorted())
    }

    @Test func orderIsRefusedWhereNothingHasAnOrder() {
        let table = DataTable(rows: [["x": .number(1), "y": .number(2)]])
        let layer = Layer(
            mark: MarkDefinition(.point), encoding: [.x: .field("x"), .y: .field("y"), .order: .field("x")])
        #expect(Plot(data: table, layers: [layer]).problems.first?.message.contains("point mark") == true)
    }
}
