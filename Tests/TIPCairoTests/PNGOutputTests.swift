import TIPCairo
import TIPScene
import Foundation
import Testing

struct PNGOutputTests {
    @Test(arguments: [(1.0, 200, 100, 2835), (2.0, 400, 200, 5669)])
    func dimensionsAndDensity(_ scale: Double, _ width: Int, _ height: Int, _ pixelsPerMetre: UInt32) throws {
        let png = try SceneRenderer().render(knownScene(), as: .png, scale: scale)
        let image = try RasterImage(png: png)
        #expect(image.width == width && image.height == height)
        // pHYs right after IHDR: length 9, type, x and y pixels per metre, unit 1 (metre).
        let pHYs = Array(png[33..<54])
        #expect(Array(pHYs[4..<8]) == Array("pHYs".utf8))
        let x = pHYs[8..<12].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        let y = pHYs[12..<16].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        #expect(x == pixelsPerMetre && y == pixelsPerMetre && pHYs[16] == 1)
    }

    @Test(arguments: [1.0, 2.0])
    func barInteriorsHaveTheirColours(_ scale: Double) throws {
        let image = try RasterImage(png: SceneRenderer().render(knownScene(), as: .png, scale: scale))
        func at(_ x: Double, _ y: Double) -> RasterImage.Pixel { image.pixel(x: Int(x * scale), y: Int(y * scale)) }
        #expect(at(40, 75).distance(to: blue) == 0, "\(at(40, 75))")
        #expect(at(120, 50).distance(to: orange) == 0, "\(at(120, 50))")
        #expect(at(80, 40).distance(to: .white) == 0, "background: \(at(80, 40))")
        #expect(at(100, 90).distance(to: .black) <= 10, "axis line: \(at(100, 90))")
    }

    @Test func encodedPixelsMatchTheRaster() throws {
        let renderer = try SceneRenderer()
        let scene = try knownScene()
        let decoded = try RasterImage(png: renderer.render(scene, as: .png))
        #expect(decoded.meanAbsoluteDifference(to: try renderer.rasterize(scene)) == 0)
    }

    @Test func textIsDrawnWithTheBundledFont() throws {
        let image = try SceneRenderer().rasterize(knownScene())
        // Some pixel of the label box (x 150…, baseline 15) is dark.
        let dark = (150..<199).contains { x in
            (5..<18).contains { y in image.pixel(x: x, y: y).distance(to: .black) < 80 }
        }
        #expect(dark)
    }

    @Test func cyrillicGlyphsAreNotMissingGlyphBoxes() throws {
        let renderer = try SceneRenderer()
        let kazakh = try renderer.rasterize(knownScene(text: "Қазақстан"))
        let missing = try renderer.rasterize(
            knownScene(text: "\u{E000}\u{E001}\u{E002}\u{E003}\u{E004}\u{E005}\u{E006}\u{E007}\u{E008}"))
        let russian = try renderer.rasterize(knownScene(text: "Казахстан"))
        #expect(try #require(kazakh.meanAbsoluteDifference(to: missing)) > 0.1)
        #expect(try #require(kazakh.meanAbsoluteDifference(to: russian)) > 0, "Қ must differ from К")
        let measurer = try CairoTextMeasurer()
        #expect(measurer.metrics(of: "Қазақстан", font: Font(size: 12)).width > 50)
    }

    @Test func decodingGarbageThrows() {
        #expect(throws: RenderError.self) { try RasterImage(png: [1, 2, 3]) }
    }
}
