import CairoRenderer
import Charting
import Foundation
import Testing

/// The README's chart snippet, compiled and run here; the test below keeps the README identical.
func readmeChartSnippet(path: String) throws {
    // BEGIN README
    let chart = BarChart(categories: ["2006", "2007"],
                         series: [Series(name: "Convictions", values: [1, 19])],
                         annotatesChange: true,
                         text: ChartText(title: "Convictions", source: "Source: TIP Report 2008"))
    let scene = chart.scene(size: Size(width: 640, height: 400), measurer: try CairoTextMeasurer())
    try SceneRenderer().write(scene, to: path, scale: 2)
    // END README
}

struct ReadmeChartSnippetTests {
    @Test func snippetRunsAndWritesAnAt2xPNG() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("readme-\(UUID().uuidString).png").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try readmeChartSnippet(path: path)
        let image = try RasterImage(png: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        #expect(image.width == 1280 && image.height == 800)
    }

    @Test func readmeShowsTheSnippetVerbatim() throws {
        let source = try String(contentsOfFile: #filePath, encoding: .utf8)
        let body = try #require(source.components(separatedBy: "// BEGIN README\n").dropFirst().first?
            .components(separatedBy: "    // END README").first)
        let dedented = body.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("    ") ? String($0.dropFirst(4)) : String($0) }.joined(separator: "\n")
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("let path = \"convictions.png\"\n" + dedented))
    }
}
