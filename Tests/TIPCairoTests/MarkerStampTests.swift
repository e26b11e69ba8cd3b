@testable import TIPCairo
import TIPScene
import TIPStatistics
import Testing

/// Stamped markers (PNG) draw what one path per marker draws: the same pixels up to
/// anti-aliasing, under the same clip.
struct MarkerStampTests {
    static func scene(
        radius: Double, style: ShapeStyle, count: Int = 3000, clip: Rect? = nil, shape: MarkerSet.Shape = .circle
    ) -> Scene {
        let points = (0..<UInt64(count)).map {
            Point(
                x: 10 + 580 * SplitMix64.uniform(seed: 7, index: 2 * $0),
                y: 10 + 380 * SplitMix64.uniform(seed: 7, index: 2 * $0 + 1))
        }
        return Scene(
            size: Size(width: 600, height: 400), title: "dots",
            items: [
                .group(
                    clip: clip, items: [.markers(MarkerSet(shape: shape, points: points, radius: radius, style: style))]
                )
            ])
    }

    static let styles: [(Double, ShapeStyle)] = [
        (1.2, .filled(Color(hex: 0x0072B2).withAlpha(0.35))),
        (3.5, ShapeStyle(fill: Color(hex: 0xE69F00), stroke: StrokeStyle(color: .white, width: 0.8))),
        (2.0, .filled(Color(hex: 0x009E73))),
    ]

    /// Pixels whose channels differ by more than 64 of 255, and pixels either image inks.
    static func compare(_ a: RasterImage, _ b: RasterImage) -> (differing: Int, ink: Int) {
        var ink = 0, differing = 0
        for i in stride(from: 0, to: a.rgba.count, by: 4) {
            if (0..<3).contains(where: { a.rgba[i + $0] < 250 || b.rgba[i + $0] < 250 }) { ink += 1 }
            if (0..<3).contains(where: { abs(Int(a.rgba[i + $0]) - Int(b.rgba[i + $0])) > 64 }) { differing += 1 }
        }
        return (differing, ink)
    }

    @Test(arguments: [1.0, 2.0], [0, 1, 2])
    func stampedMarkersMatchPaths(scale: Double, styleIndex: Int) throws {
        let (radius, style) = Self.styles[styleIndex]
        let scene = Self.scene(radius: radius, style: style)
        var renderer = try SceneRenderer()
        let stamped = try renderer.rasterize(scene, scale: scale)
        renderer.stampsMarkers = false
        let traced = try renderer.rasterize(scene, scale: scale)
        let (differing, ink) = Self.compare(stamped, traced)
        let mean = try #require(stamped.meanAbsoluteDifference(to: traced))
        // Measured: at most 2 of 24,000–320,000 ink pixels differ by more than a quarter of the
        // range; the mean channel difference over the picture is 0.11–1.13 of 255 (quarter-pixel
        // placement shifts anti-aliased edges).
        #expect(ink > 5000)
        #expect(Double(differing) <= 0.03 * Double(ink), "\(differing) of \(ink) ink pixels differ")
        #expect(mean < 1.5, "mean difference \(mean)")
    }

    /// Every symbol stamps as it traces, the triangles and the cross included: their corners
    /// reach past the radius, and the stamp's margin must hold them.
    @Test(arguments: MarkerSet.Shape.allCases)
    func everyShapeStampsAsItTraces(shape: MarkerSet.Shape) throws {
        let style = ShapeStyle(fill: Color(hex: 0xCC79A7), stroke: StrokeStyle(color: .white, width: 0.8))
        let scene = Self.scene(radius: 6, style: style, count: 400, shape: shape)
        var renderer = try SceneRenderer()
        let stamped = try renderer.rasterize(scene, scale: 2)
        renderer.stampsMarkers = false
        let traced = try renderer.rasterize(scene, scale: 2)
        let (differing, ink) = Self.compare(stamped, traced)
        #expect(ink > 20000)
        #expect(Double(differing) <= 0.03 * Double(ink), "\(shape): \(differing) of \(ink) ink pixels differ")
    }

    @Test func stampsRespectTheClip() throws {
        let clip = Rect(x: 100, y: 100, width: 200, height: 150)
        let scene = Self.scene(radius: 3, style: .filled(.black), clip: clip)
        let image = try SceneRenderer().rasterize(scene)
        for y in 0..<image.height {
            for x in 0..<image.width
            where !clip.insetBy(-1).contains(Rect(x: Double(x), y: Double(y), width: 1, height: 1)) {
                #expect(image.pixel(x: x, y: y).red == 255, "ink at (\(x), \(y)) outside the clip")
                if image.pixel(x: x, y: y).red != 255 { return }
            }
        }
        let (differing, _) = try Self.compare(
            image,
            {
                var r = try SceneRenderer()
                r.stampsMarkers = false
                return try r.rasterize(scene)
            }())
        #expect(differing < 200)
    }

    @Test func vectorOutputTracesEveryMarker() throws {
        let scene = Self.scene(radius: 2, style: .filled(.black), count: 50)
        // Our writer: the shape once, then a <use> of it per marker.
        let svg = String(decoding: try SceneRenderer().render(scene, as: .svg), as: UTF8.self)
        #expect(svg.components(separatedBy: "<use ").count - 1 == 50)
        #expect(svg.components(separatedBy: "<path").count - 1 == 1)
        // cairo's surface: one path element per marker (each fill is a <path>), after the background.
        let outlines = String(decoding: try SceneRenderer(svgText: .paths).render(scene, as: .svg), as: UTF8.self)
        let paths = outlines.components(separatedBy: "<path").count - 1
        #expect(paths >= 50 && paths <= 52, "\(paths) paths")
    }

    /// The compositing arithmetic equals the exact formula s + d · (255 − α) / 255 rounded
    /// to nearest, for every alpha and a spread of channel values.
    @Test func overMatchesTheExactFormula() {
        for alpha in 0...255 as ClosedRange<UInt32> {
            for d in stride(from: 0 as UInt32, through: 255, by: 15) {
                let s = alpha / 2  // a premultiplied channel is at most alpha
                let source = alpha << 24 | s << 16 | s << 8 | s
                let destination = 255 << 24 | d << 16 | d << 8 | d
                let expected = s + UInt32((Double(d) * Double(255 - alpha) / 255).rounded())
                let got = MarkerStamp.over(source, destination)
                #expect(got & 0xFF == expected && (got >> 8) & 0xFF == expected, "α \(alpha), d \(d)")
                #expect(got >> 24 == 255)
            }
        }
    }
}
