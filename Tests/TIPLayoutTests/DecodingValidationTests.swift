import TIPScene
import TIPLayout
import Foundation
import Testing

/// A chart decoded from JSON passes the same checks as one built in code: what the
/// initialiser would reject (a precondition) or cannot draw is a DecodingError.
struct DecodingValidationTests {
    static func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(json.utf8))
    }

    static let text = #""text": {"title": "T"}"#

    @Test(arguments: [
        // One value for two categories: the initialiser's precondition.
        #"{"categories": ["a", "b"], "series": [{"name": "s", "values": [1]}], "orientation": "vertical", "mode": "#
            + #""grouped", "valueFormat": {"count": {}}, "showsValueLabels": true, "colorsByCategory": false, "#
            + #""annotatesChange": false, "#,
        // Stacked values whose sum is infinite.
        #"{"categories": ["a"], "series": [{"name": "s", "values": [1e308]}, {"name": "t", "values": [1e308]}], "#
            + #""orientation": "vertical", "mode": "stacked", "valueFormat": {"count": {}}, "showsValueLabels": true, "#
            + #""colorsByCategory": false, "annotatesChange": false, "#,
    ])
    func badBarChartsDoNotDecode(_ prefix: String) {
        #expect(throws: DecodingError.self) { try Self.decode(BarChart.self, prefix + Self.text + "}") }
    }

    @Test func seriesNeedOneCensoredFlagPerValue() {
        #expect(throws: DecodingError.self) {
            try Self.decode(Series.self, #"{"name": "s", "values": [1, 2], "censored": [true]}"#)
        }
    }

    @Test func donutsWithInfiniteTotalsDoNotDecode() {
        let json =
            #"{"slices": [{"label": "a", "value": 1e308}, {"label": "b", "value": 1e308}], "innerRadiusRatio": 0.6, "#
            + #""valueFormat": {"count": {}}, "#
            + Self.text + "}"
        #expect(throws: DecodingError.self) { try Self.decode(DonutChart.self, json) }
    }

    @Test func aValidChartRoundTrips() throws {
        let chart = BarChart(
            categories: ["2006", "2007"], series: [Series(name: "Convictions", values: [1, 19])],
            text: ChartText(title: "Convictions"))
        let data = try JSONEncoder().encode(chart)
        #expect(try JSONDecoder().decode(BarChart.self, from: data) == chart)
    }

    @Test func anEmptyPaletteNeverDividesByZero() throws {
        var theme = Theme.standard
        theme.palette = []
        #expect(theme.color(5) == theme.textColor)
        #expect(theme.color(-3) == theme.textColor)
        #expect(throws: DecodingError.self) {
            try Self.decode(OrdinalColorScale.self, #"{"domain": ["a"], "palette": []}"#)
        }
        let chart = BarChart(categories: ["a"], series: [Series(name: "s", values: [1])], text: ChartText(title: "T"))
        #expect(!chart.scene(size: standardSize, theme: theme, measurer: measurer).items.isEmpty)
    }
}
