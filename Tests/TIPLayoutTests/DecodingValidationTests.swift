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

    @Test func aValidPlotRoundTrips() throws {
        let plot = seriesBars(["2006", "2007"], [("Convictions", [1, 19])])
        let data = try JSONEncoder().encode(plot)
        #expect(try JSONDecoder().decode(Plot.self, from: data) == plot)
    }

    @Test func anEmptyPaletteNeverDividesByZero() throws {
        var theme = Theme.standard
        theme.palette = []
        #expect(theme.color(5) == theme.textColor)
        #expect(theme.color(-3) == theme.textColor)
        #expect(throws: DecodingError.self) {
            try Self.decode(OrdinalColorScale.self, #"{"domain": ["a"], "palette": []}"#)
        }
        let chart = seriesBars(["a"], [("s", [1])])
        #expect(!chart.scene(size: standardSize, theme: theme, measurer: measurer).items.isEmpty)
    }
}
