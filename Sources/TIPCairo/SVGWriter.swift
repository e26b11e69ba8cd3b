internal import CTIPCairo
import Foundation
import TIPScene

/// Writes a ``/TIPScene/Scene`` as an SVG 1.1 document: shapes as `<rect>` and `<path>`,
/// marker sets as `<use>` of one shape, clips as `<clipPath>`, and text as `<text>` that a
/// reader can select, search, translate and edit in Inkscape or Illustrator.
///
/// Text is laid out by the same Pango line the PNG draws: each run of one font is a
/// `<tspan>` at Pango's position, with a position per glyph cluster for left-to-right
/// DejaVu Sans text, so that a viewer with other fonts still puts every character where
/// the chart has room for it. The fonts are embedded as subsets (``FontSubset``) in
/// `@font-face` data URIs, or, for a page that inlines many charts, named by stable
/// families the page embeds once (``Fonts/page``).
///
/// Ids (clips, markers, font families) are numbered in document order and prefixed by the
/// 32-bit FNV-1a hash of the document (`t1a2b3c4d-c1`): the same scene always gives the same
/// bytes, and two charts inlined in one page never share an id.
///
/// - Complexity: O(size of the scene): one pass writes the document, one more inserts the prefix.
struct SVGWriter {
    /// How the document's text finds its fonts.
    enum Fonts {
        /// Subsets embedded in the document: it stands alone.
        case embedded
        /// Families of ``SVGWriter/pageFamily(file:faceIndex:)`` and no font data, for a
        /// page that embeds them once (``SceneRenderer/pageFontCSS(for:)``).
        case page
    }

    let shaper: TextShaper
    let unit: SceneRenderer.SVGUnit
    let fonts: Fonts

    /// The document for `scene`, which the caller has checked.
    func write(_ scene: Scene) -> [UInt8] {
        var document = SVGDocument(shaper: shaper, fonts: fonts)
        let suffix = unit == .points ? "pt" : "px"
        var head = SVGBuffer(capacity: 1024)
        head.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        head.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" ")
        head.append("version=\"1.1\" role=\"img\" width=\"")
        head.append(number: scene.size.width)
        head.append(suffix + "\" height=\"")
        head.append(number: scene.size.height)
        head.append(suffix + "\" viewBox=\"0 0 ")
        head.append(number: scene.size.width)
        head.append(byte: UInt8(ascii: " "))
        head.append(number: scene.size.height)
        // No fill unless an element names one (outlines need none), and cairo's miter limit, not
        // SVG's default 4, so that corners join as in the PNG.
        head.append("\" fill=\"none\" stroke-miterlimit=\"10\" font-family=\"")
        // The bundled faces' family, inherited by all text in them: its regular and bold faces
        // are one family of two weights, so a <tspan> in DejaVu Sans names no font.
        if fonts == .embedded { head.appendPrefixSlot() }
        head.append((fonts == .embedded ? SVGWriter.bundledFamily : SVGWriter.pageBundledFamily) + ",")
        head.append(SVGWriter.dejaVuFallback + "\">\n<title>")
        head.append(escaped: scene.title)
        head.append("</title>\n<desc>")
        head.append(escaped: scene.summary)
        head.append("</desc>\n")
        document.out.append("<rect width=\"")
        document.out.append(number: scene.size.width)
        document.out.append("\" height=\"")
        document.out.append(number: scene.size.height)
        document.out.append("\"")
        document.appendFill(scene.background)
        document.out.append("/>\n")
        document.write(scene.items)
        document.out.append("</svg>\n")
        let hash = document.out.hash(continuing: head.hash)
        let prefix = "t\(SVGPostProcessing.hex(hash))-"
        var result = head.finished(prefix: prefix)
        let faces = document.fontFaceRules(prefix: prefix)
        if !faces.isEmpty { result += Array("<defs><style type=\"text/css\">\(faces)</style></defs>\n".utf8) }
        result += document.out.finished(prefix: prefix)
        return result
    }

    /// The family of the bundled DejaVu Sans faces in a standalone document (after its id prefix).
    static let bundledFamily = "d"
    /// The same in a page's shared fonts.
    static let pageBundledFamily = "tipcharts-dejavu"
    /// What a viewer without web fonts draws DejaVu Sans text in.
    static let dejaVuFallback = "'DejaVu Sans',sans-serif"

    /// Whether a font file is one of the bundled DejaVu Sans faces.
    static func isBundled(file: String) -> Bool {
        file.hasSuffix("/DejaVuSans.ttf") || file.hasSuffix("/DejaVuSans-Bold.ttf")
    }

    /// The stable CSS family of a font file's face in a page's shared fonts: the bundled
    /// faces' ``pageBundledFamily``, and `tipcharts-notosanscjk-bold-0` (from the file's name)
    /// for a fallback face.
    static func pageFamily(file: String, faceIndex: Int) -> String {
        if isBundled(file: file) { return pageBundledFamily }
        let name = file.split(separator: "/").last.map(String.init) ?? file
        let stem = name.split(separator: ".").first.map(String.init) ?? name
        let safe = stem.lowercased().unicodeScalars.map { scalar -> String in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) ? String(scalar) : "-"
        }.joined()
        return "tipcharts-\(safe)-\(faceIndex)"
    }

}
