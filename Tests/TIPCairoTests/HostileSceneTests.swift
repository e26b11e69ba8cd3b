import TIPCairo
import TIPScene
import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Testing

/// Scenes a renderer must refuse cleanly, and output that must stay well-formed.
struct HostileSceneTests {
    static func scene(with item: SceneItem) -> Scene {
        Scene(size: Size(width: 200, height: 100), title: "Hostile", items: [item])
    }

    /// Each of these once reached cairo: an infinite or huge coordinate put the SVG and PDF
    /// surfaces into an error state, and the error path then freed the byte sink while
    /// cairo still wrote to it (a use-after-free valgrind saw). Now the scene is checked
    /// first, and the sink lives as long as the surface.
    @Test(arguments: [
        SceneItem.rect(Rect(x: 0, y: 0, width: .infinity, height: 10), .filled(.black)),
        .rect(Rect(x: 0, y: -1e308, width: 10, height: 1e308), .filled(.black)),
        .path(Path([.move(Point(x: 0, y: 0)), .line(Point(x: 1e300, y: 5))]), .stroked(.black)),
        .path(.circle(center: Point(x: 10, y: 10), radius: .nan), .filled(.black)),
        .polyline(
            Polyline(xs: [0, 1], ys: [0, 1], scaleX: 1e308, offsetX: 0, scaleY: 1, offsetY: 0),
            StrokeStyle(color: .black)),
        .text(
            TextRun(
                "x", at: Point(x: 10, y: 10), font: Font(size: 0), color: .black,
                metrics: TextMetrics(width: 1, ascent: 1, descent: 0))),
        .group(clip: Rect(x: 0, y: 0, width: .nan, height: 1), items: []),
    ])
    func unrenderableScenesAreErrorsInEveryFormat(_ item: SceneItem) throws {
        let renderer = try SceneRenderer()
        for format in OutputFormat.allCases {
            #expect(throws: RenderError.self) { try renderer.render(Self.scene(with: item), as: format) }
        }
    }

    @Test func controlCharactersInTitlesStillGiveWellFormedXML() throws {
        var scene = try knownScene(title: "Bad\u{1}title\u{0}here\u{FFFF}")
        scene.summary = "desc \u{8} with <b> & \"quotes\""
        let svg = String(decoding: try SceneRenderer().render(scene, as: .svg), as: UTF8.self)
        #expect(svg.contains("<title>Badtitlehere</title>"))
        #expect(!svg.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" })
        let parsed = XMLParser(data: Data(svg.utf8))
        #expect(parsed.parse(), "\(parsed.parserError.map { "\($0)" } ?? "")")
    }

    /// Two different charts inlined in one HTML page must not share ids; the same chart
    /// always gets the same ids.
    @Test(arguments: SceneRenderer.SVGText.allCases)
    func svgIdsAreUniqueAcrossDocumentsAndStable(_ text: SceneRenderer.SVGText) throws {
        let renderer = try SceneRenderer(svgText: text)
        // A clip, markers and a hatch: every kind of id the writer makes.
        func scene(_ label: String) throws -> Scene {
            var scene = try knownScene(text: label)
            let style = ShapeStyle(fill: blue, hatch: StrokeStyle(color: .white))
            scene.items.append(
                .group(
                    clip: Rect(x: 0, y: 0, width: 100, height: 100),
                    items: [
                        .markers(
                            MarkerSet(points: [Point(x: 10, y: 10), Point(x: 30, y: 20)], radius: 3, style: style)),
                        .rect(Rect(x: 40, y: 40, width: 20, height: 20), style),
                    ]))
            return scene
        }
        let a = String(decoding: try renderer.render(scene("Convictions"), as: .svg), as: UTF8.self)
        let b = String(decoding: try renderer.render(scene("Prosecutions"), as: .svg), as: UTF8.self)
        let again = String(decoding: try renderer.render(scene("Convictions"), as: .svg), as: UTF8.self)
        /// Element ids and the embedded font families, which are as global in an HTML page.
        func ids(_ svg: String) -> Set<String> {
            Set(
                (svg.components(separatedBy: "id=\"").dropFirst()
                    + svg.components(separatedBy: "font-family:\"")
                    .dropFirst()).compactMap { $0.split(separator: "\"").first.map(String.init) })
        }
        if text == .text { #expect(a.contains("font-family:\"t"), "an embedded font family") }
        #expect(!ids(a).isEmpty)
        #expect(ids(a).isDisjoint(with: ids(b)), "shared ids: \(ids(a).intersection(ids(b)).sorted())")
        #expect(a == again)
        // Every reference points at an id of the same document.
        for reference in a.components(separatedBy: "#").dropFirst() {
            let id = String(reference.prefix { $0 != "\"" && $0 != ")" })
            if id.hasPrefix("t") { #expect(ids(a).contains(id), "dangling reference #\(id)") }
        }
    }

    @Test func svgDeclaresPixelsByDefaultAndPointsOnRequest() throws {
        let pixels = String(decoding: try SceneRenderer().render(knownScene(), as: .svg), as: UTF8.self)
        #expect(pixels.contains("width=\"200px\"") && pixels.contains("height=\"100px\""))
        let points = String(decoding: try SceneRenderer(svgUnit: .points).render(knownScene(), as: .svg), as: UTF8.self)
        #expect(points.contains("width=\"200pt\""))
    }
}

/// A NaN point in a polyline is a gap, as the scene documents: the line stops before it and
/// restarts after it, never drawn to a NaN coordinate.
struct PolylineGapTests {
    @Test func aNaNPointLeavesAGap() throws {
        let line = Polyline(
            xs: [10, 40, .nan, 120, 190], ys: [50, 50, 50, 50, 50], scaleX: 1, offsetX: 0, scaleY: 1, offsetY: 0)
        let scene = Scene(
            size: Size(width: 200, height: 100), title: "Gap",
            items: [.polyline(line, StrokeStyle(color: .black, width: 4))])
        let image = try RasterImage(png: try SceneRenderer().render(scene, as: .png))
        #expect(image.pixel(x: 25, y: 50).red < 50, "the first run is drawn")
        #expect(image.pixel(x: 150, y: 50).red < 50, "the run after the gap is drawn")
        #expect(image.pixel(x: 80, y: 50).red > 200, "nothing is drawn across the gap")
    }
}
