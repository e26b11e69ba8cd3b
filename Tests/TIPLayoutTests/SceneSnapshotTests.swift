import TIPScene
import Foundation
import Testing
@testable import TIPLayout

/// Scenes compared as JSON text with stored snapshots in `__Snapshots__/`. Text is measured
/// with `ApproximateTextMeasurer`, so snapshots do not depend on a font or Cairo version.
/// Set TIPCHARTS_RECORD_SNAPSHOTS=1 to write them anew, then review the diff.
struct SceneSnapshotTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "__Snapshots__")

    static let charts: [(String, any Chart)] = [
        (
            "grouped-bars",
            seriesBars(
                ["Investigations", "Prosecutions initiated", "Convictions"],
                [("2006", [13, 7, 1]), ("2007", [22, 16, 19])],
                title: "Law enforcement"
            ).subtitle("2006 vs 2007").source("Source: TIP Report 2008").yAxisTitle("Number")
        ),
        (
            "donut",
            Plot([("Labour", 87), ("Sexual exploitation", 25)].map { SnapshotSlice(form: $0.0, n: $0.1) }) {
                SectorMark(angle: .value("victims", \.n), innerRadius: .ratio(0.56))
                    .foregroundStyle(by: .value("Form", \.form))
            }.title("Victims").source("Source: TIP Report 2008")
        ),
    ]

    static func json(_ scene: Scene) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(scene), as: UTF8.self) + "\n"
    }

    @Test(arguments: charts.map(\.0))
    func sceneMatchesSnapshot(_ name: String) throws {
        let chart = try #require(Self.charts.first { $0.0 == name }?.1)
        let actual = try Self.json(
            chart.scene(size: Size(width: 640, height: 400), measurer: ApproximateTextMeasurer()))
        let file = Self.directory.appendingPathComponent("\(name).json")
        if ProcessInfo.processInfo.environment["TIPCHARTS_RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(actual == expected, "scene \(name) changed; re-record with TIPCHARTS_RECORD_SNAPSHOTS=1 if intended")
    }

    @Test func scenesRoundTripThroughJSON() throws {
        for (_, chart) in Self.charts {
            let scene = chart.scene(size: Size(width: 640, height: 400), measurer: ApproximateTextMeasurer())
            #expect(try JSONDecoder().decode(Scene.self, from: Data(Self.json(scene).utf8)) == scene)
        }
    }
}

struct SnapshotSlice { var form: String; var n: Int }
