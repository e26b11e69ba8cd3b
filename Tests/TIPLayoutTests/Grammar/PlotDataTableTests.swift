import Testing
import TIPScene
import TIPStatistics
@testable import TIPLayout

/// A plot's data table reads like the chart: categories first, values as the axis prints
/// them, a stacked segment's own size, a field once.
struct PlotDataTableTests {
    @Test func categoriesComeFirstAndValuesAreFormatted() {
        var y = ChannelEncoding.field("change", type: .quantitative, title: "Change")
        y.format = .signedPercent(decimals: 0)
        let plot = Plot(
            data: DataTable(rows: [
                ["measure": "Convictions", "change": 1800], ["measure": "Investigations", "change": -30.4],
                ["measure": "Funding", "change": .missing],
            ]),
            layers: [Layer(mark: MarkDefinition(.bar), encoding: [.x: y, .y: .field("measure", title: "Measure")])])
        let table = plot.dataTable
        #expect(table.headers == ["Measure", "Change"])
        #expect(
            table.rows == [
                ["Convictions", "+1,800%"], ["Investigations", "\u{2212}30%"], ["Funding", "n/a"],
            ])
    }

    @Test func aStackedSegmentShowsItsOwnSize() throws {
        let plot = try #require(samplePlots.first { $0.0 == "stacked bars" }?.1)
        let table = plot.dataTable
        let valueColumn = try #require(table.headers.firstIndex(of: "Victims"))
        let source = try #require(plot.layers[0].data)
        let expected = (0..<source.rowCount).compactMap { source["Victims"]?[$0].number }.map {
            ValueFormat.count.string($0)
        }
        #expect(table.rows.map { $0[valueColumn] } == expected)
        #expect(!table.headers.contains("stack_end"))
    }

    @Test func aFieldDrawnByTwoChannelsIsOneColumn() {
        let plot = Plot(
            data: DataTable(rows: [["place": "A", "n": 3], ["place": "B", "n": .censored(5)]]),
            layers: [
                Layer(
                    mark: MarkDefinition(.bar),
                    encoding: [.y: .field("place"), .x: .field("n"), .color: .field("place")])
            ])
        #expect(plot.dataTable.headers == ["place", "n"])
        #expect(plot.dataTable.rows == [["A", "3"], ["B", "<5"]])
    }
}
