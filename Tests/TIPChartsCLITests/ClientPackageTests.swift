import Foundation
import Testing
import TIPCairo

/// A Swift developer's own package, depending only on TIPCharts, with an array of its own
/// structs: the declarative example (`Examples/DeclarativePlots/main.swift`) built as a new
/// package and run. Each chart must arrive as a valid PNG, SVG and PDF that carries its title.
@Suite(.serialized) struct ClientPackageTests {
    static let charts = ["stacked-bar", "line-with-points", "box-plot", "error-bars", "log-line", "bubbles-with-notes"]

    @Test func aFreshPackageDrawsTheFiveChartsInThreeFormats() throws {
        let parent = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let example = try String(
            contentsOf: ReadmePackageTests.root.appendingPathComponent("Examples/DeclarativePlots/main.swift"),
            encoding: .utf8)
        let dir = try freshPackage(named: "ClientApp", in: parent, main: example)
        let out = dir.appendingPathComponent("charts")
        let (status, text) = try validate(
            "-C",
            [
                dir.path, "swift", "run", "--scratch-path", dir.appendingPathComponent(".build").path, "ClientApp",
                out.path,
            ])
        #expect(status == 0, "\(text.suffix(3000))")
        for chart in Self.charts {
            let png = try Data(contentsOf: out.appendingPathComponent("\(chart).png"))
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(chart).png")
            let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) },
                height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
            #expect(width == 800 && height == 500, "\(chart).png is \(width)×\(height)")
            let svg = out.appendingPathComponent("\(chart).svg").path
            let (xmlStatus, xmlText) = try validate("xmllint", ["--noout", svg])
            #expect(xmlStatus == 0, "\(chart).svg: \(xmlText)")
            let pdf = out.appendingPathComponent("\(chart).pdf").path
            let (pdfStatus, words) = try validate("pdftotext", [pdf, "-"])
            #expect(pdfStatus == 0)
            // Every chart states its source; the box plot its method.
            #expect(words.contains("Illustrative") || words.contains("Trafficking in Persons Report 2008"), "\(chart)")
            if chart == "box-plot" { #expect(words.contains("R type 7") && words.contains("Tukey")) }
            if chart == "log-line" { #expect(words.contains("10,000") && words.contains("1,000")) }
            if chart == "bubbles-with-notes" {
                #expect(words.contains("Largest office") && words.contains("Victims identified"))
            }
        }
        // The stacked bars and the boxes are drawn in Okabe–Ito colours: count their pixels.
        func pixels(_ chart: String, _ rgb: (Int, Int, Int)) throws -> Int {
            let image = try RasterImage(png: bytes(out.appendingPathComponent("\(chart).png").path))
            var n = 0
            for y in 0..<image.height {
                for x in 0..<image.width {
                    let p = image.pixel(x: x, y: y)
                    if abs(Int(p.red) - rgb.0) < 4, abs(Int(p.green) - rgb.1) < 4, abs(Int(p.blue) - rgb.2) < 4 {
                        n += 1
                    }
                }
            }
            return n
        }
        let blue = (0, 114, 178), orange = (230, 159, 0), green = (0, 158, 115)
        #expect(try pixels("stacked-bar", blue) > 5_000)
        #expect(try pixels("stacked-bar", orange) > 5_000)
        for color in [blue, orange, green] { #expect(try pixels("box-plot", color) > 2_000) }
    }
}
