import Foundation
import TIPScene
import TIPTestSupport
import Testing

@testable import TIPCairo

/// Our SVG writer: every primitive drawn where the PNG draws it, text as `<text>` that reads
/// as the label, in embedded subsets that cover it, and documents that parse whatever the labels.
struct SVGWriterTests {
    /// Every kind of primitive and style the writer knows.
    static func primitives() throws -> Scene {
        let measurer = try CairoTextMeasurer()
        let font = Font(size: 14, weight: .bold)
        let hatched = ShapeStyle(fill: Color(hex: 0x440154), hatch: StrokeStyle(color: .white))
        let wedge = Path([
            .move(Point(x: 260, y: 60)), .arc(center: Point(x: 260, y: 60), radius: 40, start: -1.2, end: 0.9),
            .close,
        ])
        let ring = Path([
            .arc(center: Point(x: 360, y: 60), radius: 40, start: 0, end: 2 * .pi),
            .arcNegative(center: Point(x: 360, y: 60), radius: 22, start: 2 * .pi, end: 0), .close,
        ])
        let curve = Path([
            .move(Point(x: 20, y: 200)),
            .curve(Point(x: 60, y: 120), Point(x: 120, y: 280), Point(x: 180, y: 190)),
        ])
        let xs = (0..<200).map(Double.init)
        let ys = xs.map { $0 == 100 ? .nan : sin($0 / 9) }
        return Scene(
            size: Size(width: 440, height: 300), title: "Primitives", summary: "Every primitive.",
            items: [
                .rect(Rect(x: 20, y: 20, width: 60, height: 80), .filled(Color(hex: 0x0072B2))),
                .rect(Rect(x: 90, y: 20, width: 60, height: 80), hatched),
                .rect(
                    Rect(x: 160, y: 20, width: 40, height: 80),
                    ShapeStyle(
                        fill: Color(hex: 0xE69F00, alpha: 0.5),
                        stroke: StrokeStyle(color: .black, width: 2, dash: [4, 2], cap: .round))),
                .path(wedge, .filled(Color(hex: 0x009E73))),
                .path(ring, ShapeStyle(fill: Color(hex: 0xCC79A7), stroke: StrokeStyle(color: .black, width: 1.5))),
                .path(curve, .stroked(Color(hex: 0xD55E00), width: 3)),
                .polyline(
                    Polyline(xs: xs, ys: ys, scaleX: 1, offsetX: 220, scaleY: -30, offsetY: 190),
                    StrokeStyle(color: Color(hex: 0x0072B2), width: 1.5)),
                .group(
                    clip: Rect(x: 20, y: 230, width: 200, height: 40),
                    items: MarkerSet.Shape.allCases.enumerated().map { i, shape in
                        .markers(
                            MarkerSet(
                                shape: shape, points: [Point(x: 30 + Double(i) * 34, y: 240)], radius: 9,
                                style: ShapeStyle(fill: Color(hex: 0x56B4E9), stroke: StrokeStyle(color: .black))))
                    }),
                .text(
                    TextRun(
                        "Convictions", at: Point(x: 300, y: 280), anchor: .middle, font: font, color: .black,
                        metrics: measurer.metrics(of: "Convictions", font: font))),
                .text(
                    TextRun(
                        "Cases", at: Point(x: 430, y: 200), anchor: .middle, font: font, color: .black, rotation: -90,
                        metrics: measurer.metrics(of: "Cases", font: font))),
            ])
    }

    /// librsvg's rendering of our SVG against cairo's PNG of the same scene: the same
    /// shapes in the same places (text in the machine's DejaVu Sans, which rsvg finds by
    /// the fallback family, since it does not read web fonts).
    @Test func everyPrimitiveRendersLikeThePNG() throws {
        let renderer = try SceneRenderer()
        let scene = try Self.primitives()
        let viaSVG = try rasterizedThroughRSVG(scene, renderer: renderer)
        let direct = try renderer.rasterize(scene)
        let mean = try #require(viaSVG.meanAbsoluteDifference(to: direct), "sizes differ")
        #expect(mean < 1.5, "mean difference \(mean)")
        let worst = Self.worstTile(viaSVG, direct)
        #expect(worst.difference < 40, "the \(Self.tile)-pixel square at \(worst.x), \(worst.y) differs by \(worst)")
    }

    static let tile = 16

    /// Finite points in order, a stretch starting at the first and after each gap.
    @Test func polylinesWalkTheirStretches() throws {
        let line = Polyline(
            xs: [0, 1, 2, 3, 4, 5], ys: [1, .nan, 2, 3, .infinity, 4], scaleX: 10, offsetX: 5, scaleY: -1, offsetY: 50)
        var seen: [(Double, Double, Bool)] = []
        line.forEachCanvasPoint { p, starts in seen.append((p.x, p.y, starts)) }
        #expect(seen.map(\.0) == [5, 25, 35, 55])
        #expect(seen.map(\.1) == [49, 48, 47, 46])
        #expect(seen.map(\.2) == [true, true, false, true])
        // The scene check refuses infinities; NaN is the gap a scene may hold.
        var drawn = line
        drawn.ys[4] = .nan
        let scene = Scene(size: Size(width: 80, height: 60), items: [.polyline(drawn, StrokeStyle(color: .black))])
        let svg = String(decoding: try SceneRenderer().render(scene, as: .svg), as: UTF8.self)
        #expect(svg.contains("d=\"M5 49M25 48l10-1M55 46\""), "\(svg)")
    }

    /// The largest mean channel difference over `tile`-pixel squares, and where it is.
    static func worstTile(_ a: RasterImage, _ b: RasterImage) -> (difference: Double, x: Int, y: Int) {
        var worst = (difference: 0.0, x: 0, y: 0)
        for ty in stride(from: 0, to: a.height - tile + 1, by: tile) {
            for tx in stride(from: 0, to: a.width - tile + 1, by: tile) {
                var sum = 0.0
                for y in ty..<(ty + tile) {
                    for x in tx..<(tx + tile) {
                        let p = a.pixel(x: x, y: y), q = b.pixel(x: x, y: y)
                        let red = abs(Int(p.red) - Int(q.red)), green = abs(Int(p.green) - Int(q.green))
                        let blue = abs(Int(p.blue) - Int(q.blue))
                        sum += Double(red + green + blue) / 3
                    }
                }
                let mean = sum / Double(tile * tile)
                if mean > worst.difference { worst = (mean, tx, ty) }
            }
        }
        return worst
    }

    /// One run of each kind of text, as the document gives it back to a reader.
    static let labels: [(text: String, reads: String)] = [
        ("Convictions", "Convictions"),
        ("traffickers’ office", "traffickers’ office"),
        ("ישראל (Israel)", "ישראל (Israel)"),
        ("كازاخستان: الإدانات، 2006–2007", "كازاخستان: الإدانات، 2006–2007"),
        ("भारत (India)", "भारत (India)"),
        ("中国 2020", "中国 2020"),
        ("a  b   c", "a  b   c"),
        ("<&>\"' tags", "<&>\"' tags"),
        // Pango reads a C string, so text ends at a NUL in the PNG, and the SVG draws the same.
        ("Bad\u{1}con\u{0}trol\u{FFFF}", "Badcon"),
        ("Bad\u{1}con\u{B}trol\u{FFFF}", "Badcontrol"),
        ("Caf\u{65}\u{301} noir", "Caf\u{65}\u{301} noir"),
        ("١٢٣ مصر", "١٢٣ مصر"),
    ]

    static func scene(of text: String, font: Font = Font(size: 12)) throws -> Scene {
        let measurer = try CairoTextMeasurer()
        return Scene(
            size: Size(width: 300, height: 60), title: text,
            items: [
                .text(
                    TextRun(
                        text, at: Point(x: 150, y: 30), anchor: .middle, font: font, color: .black,
                        metrics: measurer.metrics(of: text, font: font)))
            ])
    }

    @Test(arguments: labels)
    func textReadsAsTheLabel(_ label: (text: String, reads: String)) throws {
        let svg = try SceneRenderer().render(Self.scene(of: label.text), as: .svg)
        #expect(try SVGTextContent.lines(in: svg) == [label.reads])
        #expect(String(decoding: svg, as: UTF8.self).contains("@font-face"))
    }

    /// A ligature, or a letter and its combining accent, is one piece at one position:
    /// Chromium shapes each positioned character alone, which drew "ffi" as a gap.
    @Test func clustersOfSeveralCharactersKeepOnePosition() throws {
        let svg = String(
            decoding: try SceneRenderer().render(Self.scene(of: "office cafe\u{301}"), as: .svg), as: UTF8.self)
        let pieces = svg.components(separatedBy: "<tspan x=\"").dropFirst().map { piece in
            let positions = piece.prefix { $0 != "\"" }.split(separator: " ").count
            let text = piece.split(separator: ">", maxSplits: 1).last.map { $0.prefix { $0 != "<" } } ?? ""
            return (positions: positions, text: String(text))
        }
        #expect(pieces.contains { $0.text == "ffi" && $0.positions == 1 }, "\(pieces)")
        #expect(pieces.contains { $0.text == "e\u{301}" && $0.positions == 1 }, "\(pieces)")
        for piece in pieces where piece.text != "ffi" && piece.text != "e\u{301}" {
            #expect(piece.positions == piece.text.unicodeScalars.count, "\(piece)")
        }
    }

    /// The embedded subset has a glyph for every character drawn: HarfBuzz's own hb-shape
    /// shapes the label in it with no .notdef (glyph 0).
    @Test(arguments: ["Kazakhstan: 1 800 convictions", "Осуждённые, 2007", "ישראל مصر"])
    func embeddedSubsetsCoverTheirText(_ text: String) throws {
        let svg = String(decoding: try SceneRenderer().render(Self.scene(of: text), as: .svg), as: UTF8.self)
        let fonts = svg.components(separatedBy: "base64,").dropFirst().map { String($0.prefix { $0 != ")" }) }
        #expect(!fonts.isEmpty)
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for (i, encoded) in fonts.enumerated() {
            let data = try #require(Data(base64Encoded: encoded))
            let path = directory.appendingPathComponent("f\(i).ttf").path
            try data.write(to: URL(fileURLWithPath: path))
            let shaped = try #require(
                try runTool("hb-shape", ["--no-glyph-names", "--no-positions", "--no-clusters", path, text]),
                "hb-shape is missing: make test installs libharfbuzz-bin")
            #expect(shaped.status == 0, "\(shaped.output)")
            // One face draws the text it holds; characters of the other faces are .notdef here.
            let glyphs = shaped.output.trimmingCharacters(in: CharacterSet(charactersIn: "[]\n")).split(separator: "|")
            #expect(glyphs.contains { $0 != "0" }, "\(shaped.output)")
        }
        let joined = fonts.count
        #expect(joined == Set(fonts).count, "each face embedded once")
    }

    /// For a page: no font data in the SVG, and the page's CSS defines every family its text names.
    @Test func pageSVGsNameFamiliesThePageCSSDefines() throws {
        let renderer = try SceneRenderer()
        let scenes = try [Self.primitives(), Self.scene(of: "ישראל (Israel) 中国")]
        let css = try renderer.pageFontCSS(for: scenes)
        for scene in scenes {
            let svg = String(decoding: try renderer.renderSVGForPage(scene), as: UTF8.self)
            #expect(!svg.contains("@font-face") && !svg.contains("base64"))
            let families = Set(
                svg.components(separatedBy: "font-family=\"").dropFirst().map { String($0.prefix { $0 != "," }) })
            #expect(!families.isEmpty)
            for family in families { #expect(css.contains("font-family:\"\(family)\""), "\(family)") }
        }
        #expect(css.components(separatedBy: "@font-face").count - 1 >= 3, "regular, bold and CJK faces")
        #expect(try renderer.pageFontCSS(for: scenes) == css)
        #expect(try SceneRenderer(svgText: .paths).pageFontCSS(for: scenes).isEmpty)
    }

    /// Hostile text never breaks the document: it parses, and the same scene gives the same bytes.
    @Test(arguments: ["", " ", "\u{202E}reversed", String(repeating: "Ω≈ç√", count: 2000), "\u{0}\u{1}\u{2}", "]]>"])
    func hostileTextGivesWellFormedReproducibleDocuments(_ text: String) throws {
        let renderer = try SceneRenderer()
        let scene = try Self.scene(of: text)
        let svg = try renderer.render(scene, as: .svg)
        let again = try renderer.render(scene, as: .svg)
        #expect(svg == again)
        _ = try SVGTextContent.lines(in: svg)
    }

    /// Opacities near 1 round to 1, never to a tenth, and near 0 to 0.
    @Test(arguments: [(0.9996, "1"), (0.9994, "0.999"), (0.5, "0.5"), (0.0004, "0"), (0.125, "0.125")])
    func opacitiesRoundToThousandths(_ alpha: Double, _ written: String) throws {
        let scene = Scene(
            size: Size(width: 10, height: 10),
            items: [.rect(Rect(x: 1, y: 1, width: 5, height: 5), .filled(Color(hex: 0x0072B2, alpha: alpha)))])
        let svg = String(decoding: try SceneRenderer().render(scene, as: .svg), as: UTF8.self)
        #expect(svg.contains("fill=\"#0072B2\" fill-opacity=\"\(written)\"/>"), "\(svg)")
    }

    /// The options keep cairo's outlines: no `<text>`, glyphs as paths.
    @Test func pathsKeepGlyphOutlines() throws {
        let scene = try Self.scene(of: "Convictions")
        let outlines = String(decoding: try SceneRenderer(svgText: .paths).render(scene, as: .svg), as: UTF8.self)
        #expect(!outlines.contains("<text") && outlines.contains("glyph"))
        let text = String(decoding: try SceneRenderer().render(scene, as: .svg), as: UTF8.self)
        #expect(text.contains("<text") && !text.contains("glyph"))
    }
}
