import Foundation
import TIPCairo
import TIPLayout
import TIPScene
import Testing
@testable import TIPReports

/// What text as `<text>` in font subsets saves: a chart's SVG and the HTML page, against the
/// bars issue 22 set (cairo's glyph outlines made them 101 KB and 2.5 MB).
struct SVGSizeTests {
    struct Cell { var year: Int; var measure: String; var value: Double }

    /// The benchmark's W1: 12 years × 3 measures, grouped, with value labels.
    static let groupedBars: any Chart = {
        let names = ["Investigations", "Prosecutions", "Convictions"]
        var cells: [Cell] = []
        for (s, name) in names.enumerated() {
            for year in 0..<12 {
                cells.append(Cell(year: 2008 + year, measure: name, value: Double(5 + (s * 37 + year * 11) % 90)))
            }
        }
        return Plot(cells) {
            BarMark(x: .value("Year", \.year), y: .value("Cases", \.value))
                .foregroundStyle(by: .value("Measure", \.measure)).position(by: .value("Measure", \.measure))
        }
        .title("Law enforcement, 2008–2019").source("Source: benchmark data").labellingBars()
    }()

    @Test func theGroupedBarChartIsAtMost40KB() throws {
        let renderer = try SceneRenderer()
        let scene = try Self.groupedBars.checkedScene(
            size: Size(width: 800, height: 500), theme: .standard, measurer: renderer.textMeasurer)
        let svg = try renderer.render(scene, as: .svg)
        let outlines = try SceneRenderer(svgText: .paths).render(scene, as: .svg)
        #expect(svg.count <= 40_000, "\(svg.count) bytes")
        #expect(svg.count * 2 < outlines.count, "\(svg.count) bytes of text against \(outlines.count) of outlines")
    }

    @Test func theEmbeddedReportPageIsAtMost600KBWithEachFontOnce() throws {
        let html = HTMLReportTests.embedded
        #expect(html.utf8.count <= 600_000, "\(html.utf8.count) bytes")
        // A face is a family and a weight (DejaVu Sans regular and bold are one family).
        let faces = html.components(separatedBy: "@font-face{font-family:\"").dropFirst().map {
            String($0.prefix { $0 != ";" }) + String($0.dropFirst().drop { $0 != ";" }.dropFirst().prefix { $0 != ";" })
        }
        #expect(faces.count >= 2 && faces.count == Set(faces).count, "\(faces)")
        // No chart carries font data of its own.
        for svg in html.components(separatedBy: "<svg ").dropFirst() {
            let body = svg.components(separatedBy: "</svg>")[0]
            #expect(!body.contains("base64") && !body.contains("@font-face"))
        }
        #expect(html.contains("font-src data:"))
    }
}
