import TIPScene
import Foundation
import Testing
@testable import TIPLayout

/// The routes diagram: a node-link drawing, not a chart of values, so it stays its own
/// type outside the grammar.
struct FlowDiagramTests {
    @Test func flowDiagramDrawsEveryLinkOnce() {
        let chart = FlowDiagram(
            columns: [["A", "B"], ["Hub"], ["X", "Y"]],
            links: [
                FlowLink(from: "A", to: "Hub", group: "in"), FlowLink(from: "B", to: "Hub", group: "in"),
                FlowLink(from: "Hub", to: "X", group: "out"), FlowLink(from: "Hub", to: "X", group: "onward"),
                FlowLink(from: "Nowhere", to: "Hub", group: "in"),
            ],
            groups: ["in", "onward", "out"], text: ChartText(title: "Routes"))
        let scene = chart.scene(size: standardSize, measurer: measurer)
        let curves = scene.flatItems.filter {
            if case let .path(path, _) = $0,
                path.elements.contains(where: { if case .curve = $0 { true } else { false } })
            {
                return true
            }
            return false
        }
        #expect(curves.count == 4, "the link to an unknown node is skipped")
        #expect(scene.layoutProblems().isEmpty)
        #expect(scene.summary.contains("in: A to Hub, B to Hub"))
    }
}

struct MalformedPlotTests {
    /// A plot decoded from JSON goes through the same compile as one built in code: a field
    /// the data lack is a problem with its path, and the scene says so instead of trapping.
    @Test func aDecodedPlotNamingAMissingFieldDrawsItsProblem() throws {
        let good = Plot(
            data: DataTable(rows: [["a": .text("x"), "b": .number(1)]]),
            layers: [Layer(mark: MarkDefinition(.bar), encoding: [.x: .field("a"), .y: .field("b")])],
            text: ChartText(title: "t", source: "Source: t"))
        var wrong = good
        wrong.layers[0].encoding[.y] = .field("c")
        #expect(
            try JSONDecoder().decode(Plot.self, from: JSONEncoder().encode(good)) == good, "a valid plot round-trips")
        let bad = try JSONDecoder().decode(Plot.self, from: JSONEncoder().encode(wrong))
        #expect(bad.problems.first?.message.contains("no field named") == true, "\(bad.problems)")
        let scene = bad.scene(size: standardSize, theme: theme, measurer: measurer)
        #expect(scene.texts().joined(separator: " ").contains("This chart cannot be drawn"))
        #expect(throws: ChartError.self) { try bad.checkedScene(size: standardSize, theme: theme, measurer: measurer) }
    }
}
