import Foundation
import Testing
@testable import TIPLayout

/// A plot is a value: it encodes, decodes to an equal plot, and a decoded one goes through
/// the same rules as one built in code.
struct PlotCodingTests {
    @Test(arguments: samplePlots.map(\.0))
    func roundTrips(name: String) throws {
        let plot = try #require(samplePlots.first { $0.0 == name }?.1)
        let data = try JSONEncoder().encode(plot)
        let back = try JSONDecoder().decode(Plot.self, from: data)
        #expect(back == plot)
        #expect(
            back.scene(size: standardSize, theme: theme, measurer: measurer)
                == plot.scene(size: standardSize, theme: theme, measurer: measurer))
    }

    @Test(arguments: [
        #"{"numbers": [1, 2], "censored": [true]}"#,
        #"{"numbers": [1], "censored": [true, false, true]}"#,
        #"{}"#,
    ])
    func columnsWithMismatchedFlagsAreRefused(json: String) {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Column.self, from: Data(json.utf8)) }
    }

    @Test func tablesWithColumnsOfDifferentLengthsAreRefused() {
        let json = #"{"fields": ["a", "b"], "columns": [{"numbers": [1, 2]}, {"texts": ["x"]}]}"#
        #expect(throws: (any Error).self) { try JSONDecoder().decode(DataTable.self, from: Data(json.utf8)) }
        let twice = #"{"fields": ["a", "a"], "columns": [{"numbers": [1]}, {"numbers": [2]}]}"#
        #expect(throws: (any Error).self) { try JSONDecoder().decode(DataTable.self, from: Data(twice.utf8)) }
    }
}
