import Foundation
import TIPScene
import Testing
@testable import TIPCairo

/// Our PNG encoder (zlib, no libpng) writes valid files that decode to exactly the pixels
/// drawn, as RGB when opaque and RGBA otherwise, at both compression settings.
struct PNGEncoderTests {
    static func scene(background: Color) -> Scene {
        var items: [SceneItem] = []
        for i in 0..<40 {
            let x = Double(i) * 15
            items.append(.rect(Rect(x: x, y: 50, width: 10, height: Double(i) * 4), .filled(Color(hex: 0x0072B2))))
            items.append(
                .path(.circle(center: Point(x: x + 5, y: 30), radius: 4), .filled(Color(hex: 0xE69F00).withAlpha(0.5))))
        }
        return Scene(size: Size(width: 600, height: 260), background: background, title: "bars", items: items)
    }

    /// Colour type from IHDR (byte 25 of the file).
    static func colourType(_ png: [UInt8]) -> UInt8 { png[25] }

    @Test(
        arguments: [Color.white, Color(hex: 0xFFFFFF).withAlpha(0), Color(hex: 0x336699).withAlpha(0.4)],
        PNGCompression.allCases)
    func decodesToTheDrawnPixels(background: Color, compression: PNGCompression) throws {
        var renderer = try SceneRenderer()
        renderer.pngCompression = compression
        let scene = Self.scene(background: background)
        let png = try renderer.render(scene, as: .png, scale: 2)
        #expect(Self.colourType(png) == (background.alpha == 1 ? 2 : 6))
        #expect(try RasterImage(png: png) == renderer.rasterize(scene, scale: 2))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("enc-\(UUID().uuidString).png").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(png).write(to: URL(fileURLWithPath: path))
        let check = try #require(try runTool("pngcheck", ["-q", path]), "make test installs pngcheck")
        #expect(check.status == 0, "\(check.output)")
    }

    @Test func smallestIsSmallerAndSameOutputEveryTime() throws {
        var renderer = try SceneRenderer()
        let scene = Self.scene(background: .white)
        let fast = try renderer.render(scene, as: .png)
        #expect(try renderer.render(scene, as: .png) == fast)
        renderer.pngCompression = .smallest
        let smallest = try renderer.render(scene, as: .png)
        #expect(smallest.count < fast.count)
        #expect(try RasterImage(png: smallest) == RasterImage(png: fast))
    }

    @Test func chunksAreInOrder() throws {
        let png = try SceneRenderer().render(Self.scene(background: .white), as: .png)
        var types: [String] = []
        var offset = 8
        while offset + 8 <= png.count {
            let length = png[offset..<(offset + 4)].reduce(0) { $0 << 8 | Int($1) }
            types.append(String(decoding: png[(offset + 4)..<(offset + 8)], as: UTF8.self))
            offset += 12 + length
        }
        #expect(types == ["IHDR", "pHYs", "IDAT", "IEND"])
        #expect(offset == png.count)
    }
}
