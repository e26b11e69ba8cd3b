import Testing
import TIPScene
@testable import TIPLayout

/// Step lines: a level across each point's band, risers halfway between points, and a
/// break at a missing value.
struct StepLineTests {
    @Test func cornersRunHalfwayToTheNeighbours() {
        let points = [Point(x: 10, y: 5), Point(x: 30, y: 7), Point(x: 50, y: 7)]
        let corners = stepped(points, half: 10, alongX: true)
        #expect(
            corners == [
                Point(x: 0, y: 5), Point(x: 20, y: 5), Point(x: 20, y: 7), Point(x: 40, y: 7), Point(x: 40, y: 7),
                Point(x: 60, y: 7),
            ])
        // Without a band the ends reach halfway to their neighbour; a lone point has no width.
        #expect(stepped(points, half: nil, alongX: true).first == Point(x: 0, y: 5))
        #expect(stepped([Point(x: 3, y: 4)], half: nil, alongX: true) == [Point(x: 3, y: 4), Point(x: 3, y: 4)])
        #expect(stepped([], half: 5, alongX: true).isEmpty)
        // Along y (a horizontal line chart), the roles swap.
        #expect(stepped([Point(x: 1, y: 10)], half: 2, alongX: false) == [Point(x: 1, y: 8), Point(x: 1, y: 12)])
    }

    struct Placement { var edition: String; var tier: String }

    @Test func aStepLineIsOnlyLevelsAndRisersAndBreaksAtAGap() throws {
        let rows = [("2006", "Tier 2"), ("2007", "Tier 3"), ("2009", "Tier 2"), ("2010", "Tier 2")]
            .map(Placement.init)
        var plot = Plot(rows) {
            LineMark(x: .value("Edition", \.edition), y: .value("Tier", \.tier)).interpolationMethod(.step)
        }.title("Tiers").source("Source: test")
        #expect(plot.layers[0].mark.interpolate == .step)
        plot.layers[0].encoding[.x]?.scale = ScaleOptions(
            domain: ["2006", "2007", "2008", "2009", "2010"].map(FieldValue.text))
        let scene = try plot.checkedScene(size: standardSize, theme: theme, measurer: measurer)
        let lines = scene.flatItems.compactMap { item -> Polyline? in
            if case let .polyline(line, _) = item { return line }
            return nil
        }
        #expect(lines.count == 2, "2008 has no placement: the line breaks")
        for line in lines {
            for i in 1..<line.xs.count {
                #expect(line.xs[i] == line.xs[i - 1] || line.ys[i] == line.ys[i - 1], "only levels and risers")
            }
        }
    }
}
