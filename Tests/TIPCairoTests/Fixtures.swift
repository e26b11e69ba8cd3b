import TIPCairo
import TIPScene
import Foundation
import Testing

let blue = Color(hex: 0x0072B2)
let orange = Color(hex: 0xE69F00)

/// A small scene with known geometry: two bars, a line, and a label.
func knownScene(title: String = "Two bars", text: String = "Convictions") throws -> Scene {
    let measurer = try CairoTextMeasurer()
    let font = Font(size: 12)
    return Scene(
        size: Size(width: 200, height: 100), title: title, summary: "Two bars: 1 and 19.",
        items: [
            .rect(Rect(x: 20, y: 60, width: 40, height: 30), .filled(blue)),
            .rect(Rect(x: 100, y: 20, width: 40, height: 70), .filled(orange)),
            .path(.line(from: Point(x: 10, y: 90.5), to: Point(x: 190, y: 90.5)), .stroked(.black)),
            .text(
                TextRun(
                    text, at: Point(x: 150, y: 15), anchor: .start, font: font, color: .black,
                    metrics: measurer.metrics(of: text, font: font))),
        ])
}

func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tipcharts-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Runs a tool from PATH; `nil` when it is not installed.
func runTool(_ name: String, _ arguments: [String]) throws -> (status: Int32, output: String)? {
    let which = Process()
    which.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    which.arguments = [name] + arguments
    let pipe = Pipe()
    which.standardOutput = pipe
    which.standardError = pipe
    do { try which.run() } catch { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    which.waitUntilExit()
    if which.terminationStatus == 127 { return nil }
    return (which.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// `scene` as librsvg draws the SVG that `renderer` writes for it, at 72 DPI.
func rasterizedThroughRSVG(_ scene: Scene, renderer: SceneRenderer) throws -> RasterImage {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let svg = directory.appendingPathComponent("scene.svg").path
    let png = directory.appendingPathComponent("scene.png").path
    try renderer.write(scene, to: svg)
    let result = try #require(
        try runTool("rsvg-convert", ["--dpi-x", "72", "--dpi-y", "72", "-o", png, svg]),
        "rsvg-convert is not installed (make test installs librsvg2-bin)")
    try #require(result.status == 0, "\(result.output)")
    return try RasterImage(png: Array(try Data(contentsOf: URL(fileURLWithPath: png))))
}
