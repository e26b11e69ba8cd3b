import TIPCairo
import TIPScene
import TIPStatistics
import Foundation
import Testing

/// A decimated line (M4) draws what the full line draws: the same pixels up to
/// anti-aliasing, with far fewer points, in PNG and in SVG.
struct DecimationTests {
    /// A random walk from a seeded splitmix64 stream, `count` points over x in 0..<count.
    static func walk(_ count: Int) -> [Double] {
        var generator = SplitMix64(seed: 42)
        var y = 0.0
        return (0..<count).map { _ in
            y += Double(generator.next() % 2001) / 1000 - 1
            return y
        }
    }

    static func scene(_ line: Polyline) -> Scene {
        Scene(
            size: Size(width: 800, height: 450), background: .white, title: "walk", summary: "",
            items: [.polyline(line, StrokeStyle(color: Color(hex: 0x0072B2), width: 1.5, cap: .round))])
    }

    static let full: Polyline = {
        let ys = walk(200_000)
        let lo = ys.min() ?? 0, hi = ys.max() ?? 1
        return Polyline(
            xs: ys.indices.map(Double.init), ys: ys, scaleX: 780.0 / 200_000, offsetX: 10,
            scaleY: -430 / (hi - lo), offsetY: 440 + 430 * lo / (hi - lo))
    }()

    @Test(arguments: [1.0, 2.0])
    func decimatedPNGMatchesTheFullStroke(_ scale: Double) throws {
        let decimated = Self.full.decimated(columnWidth: 0.5)
        #expect(decimated.xs.count <= 4 * (780 * 2 + 2) && decimated.xs.count < Self.full.xs.count / 25)
        let renderer = try SceneRenderer()
        let a = try RasterImage(png: renderer.render(Self.scene(Self.full), as: .png, scale: scale))
        let b = try RasterImage(png: renderer.render(Self.scene(decimated), as: .png, scale: scale))
        var ink = 0, differing = 0
        for i in stride(from: 0, to: a.rgba.count, by: 4) {
            let isInk = a.rgba[i] < 200 || b.rgba[i] < 200
            if isInk { ink += 1 }
            if (0..<3).contains(where: { abs(Int(a.rgba[i + $0]) - Int(b.rgba[i + $0])) > 64 }) { differing += 1 }
        }
        // The bar: at most 3 % of the picture's pixels differ. Measured: 0.26 % (scale 1) and 0.34 %
        // (scale 2) of all pixels, which is 3.9 % and 5.6 % of the pixels either stroke inks; the rest is
        // anti-aliasing where the full line's thousands of joins overlap.
        let all = a.width * a.height
        #expect(ink > 10_000)
        #expect(Double(differing) <= 0.03 * Double(all), "\(differing) of \(all) pixels differ at scale \(scale)")
        #expect(Double(differing) <= 0.08 * Double(ink), "\(differing) of \(ink) ink pixels differ at scale \(scale)")
    }

    @Test func decimatedSVGIsSmallAndKeepsExtremes() throws {
        let decimated = Self.full.decimated()
        let svg = try SceneRenderer().render(Self.scene(decimated), as: .svg)
        #expect(svg.count < 250_000, "\(svg.count) bytes")
        #expect(decimated.ys.min() == Self.full.ys.min() && decimated.ys.max() == Self.full.ys.max())
        #expect(decimated.xs.first == Self.full.xs.first && decimated.xs.last == Self.full.xs.last)
        #expect(zip(decimated.xs, decimated.xs.dropFirst()).allSatisfy { $0 <= $1 }, "order is kept")
    }

    /// W4's bar: a line of 10⁶ points on 1600×900 is at most 250 KB of SVG (vector output
    /// reduces lines to 1-point columns), rsvg-convert renders it, and its picture matches
    /// the PNG's.
    @Test func aMillionPointSVGIsSmallAndRendersLikeThePNG() throws {
        let ys = Self.walk(1_000_000)
        let lo = ys.min() ?? 0, hi = ys.max() ?? 1
        let line = Polyline(
            xs: ys.indices.map(Double.init), ys: ys, scaleX: 1560.0 / 1_000_000, offsetX: 20,
            scaleY: -860 / (hi - lo), offsetY: 880 + 860 * lo / (hi - lo))
        var scene = Self.scene(line)
        scene.size = Size(width: 1600, height: 900)
        let renderer = try SceneRenderer()
        let svg = try renderer.render(scene, as: .svg)
        #expect(svg.count <= 250_000, "\(svg.count) bytes")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("w4-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let svgPath = folder.appendingPathComponent("w4.svg").path,
            pngPath = folder.appendingPathComponent("w4.png").path
        try Data(svg).write(to: URL(fileURLWithPath: svgPath))
        let rsvg = try #require(try runTool("rsvg-convert", ["-b", "white", "-o", pngPath, svgPath]))
        #expect(rsvg.status == 0, "\(rsvg.output)")
        let drawn = try RasterImage(png: Array(Data(contentsOf: URL(fileURLWithPath: pngPath))))
        let raster = try renderer.rasterize(scene)
        #expect(drawn.width == raster.width && drawn.height == raster.height)
        var differing = 0
        for i in stride(from: 0, to: min(drawn.rgba.count, raster.rgba.count), by: 4)
        where (0..<3).contains(where: { abs(Int(drawn.rgba[i + $0]) - Int(raster.rgba[i + $0])) > 64 }) {
            differing += 1
        }
        #expect(Double(differing) <= 0.03 * Double(raster.width * raster.height), "\(differing) pixels differ")
    }

    @Test func sparseOrUnorderedLinesAreLeftAlone() {
        let sparse = Polyline(xs: [0, 1, 2], ys: [1, 3, 2], scaleX: 100, offsetX: 0, scaleY: -1, offsetY: 100)
        #expect(sparse.decimated() == sparse)
        let xs = (0..<10_000).map { Double(($0 * 7919) % 10_000) }
        let unordered = Polyline(
            xs: xs, ys: xs, scaleX: 0.01, offsetX: 0, scaleY: -0.01, offsetY: 100)
        #expect(unordered.decimated() == unordered)
    }
}
