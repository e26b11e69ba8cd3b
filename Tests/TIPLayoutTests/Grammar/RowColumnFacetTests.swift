import Testing
import TIPScene
@testable import TIPLayout

/// Vega-Lite's `row` and `column` channels: panels stacked in one column, or side by side
/// in one row, with the data table and the checks of the `facet` channel.
struct RowColumnFacetTests {
    static func plot(_ channel: Channel) -> Plot {
        var rows: [[String: FieldValue]] = []
        for country in ["A", "B", "C"] {
            for year in [2020, 2021] {
                rows.append([
                    "country": .text(country), "year": .number(Double(year)), "n": .number(Double(year - 2015)),
                ])
            }
        }
        return Plot(
            data: DataTable(rows: rows),
            layers: [
                Layer(
                    mark: MarkDefinition(.bar),
                    encoding: [.x: .field("year", type: .ordinal), .y: .field("n"), channel: .field("country")])
            ], text: ChartText(title: "t", source: "Source: t"))
    }

    /// The panel titles' positions, in panel order.
    static func titles(_ scene: Scene) -> [Point] {
        ["A", "B", "C"].compactMap { name in scene.textRuns.first { $0.text == name }?.position }
    }

    @Test func rowStacksThePanelsAndColumnSetsThemSideBySide() throws {
        let down = Self.titles(try Self.plot(.row).checkedScene(size: standardSize, theme: theme, measurer: measurer))
        #expect(down.count == 3 && Set(down.map(\.x)).count == 1 && down.map(\.y) == down.map(\.y).sorted())
        let across = Self.titles(
            try Self.plot(.column).checkedScene(size: standardSize, theme: theme, measurer: measurer))
        #expect(across.count == 3 && Set(across.map(\.y)).count == 1 && across.map(\.x) == across.map(\.x).sorted())
        #expect(Self.plot(.row).dataTable == Self.plot(.facet).dataTable)
        for channel in [Channel.row, .column] {
            let scene = try Self.plot(channel).checkedScene(size: standardSize, theme: theme, measurer: measurer)
            #expect(scene.layoutProblems().isEmpty, "\(channel): \(scene.layoutProblems())")
        }
    }
}
