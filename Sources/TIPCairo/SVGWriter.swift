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
        var document = Document(shaper: shaper, fonts: fonts)
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
        var hash = head.hash
        for b in document.out.bytes { hash = (hash ^ UInt32(b)) &* 0x0100_0193 }
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

    /// Whether a file's left-to-right spans get a position per cluster: the bundled faces.
    static func positionsClusters(file: String) -> Bool { isBundled(file: file) }
}

/// The state of one document as it is written: the bytes, the id counters and the fonts used.
private struct Document {
    let shaper: TextShaper
    let fonts: SVGWriter.Fonts
    var out = SVGBuffer()
    private var nextId = 0
    /// Each face used, in order of first use, with the characters drawn in it.
    private var faces: [FaceKey: (number: Int, scalars: Set<UInt32>)] = [:]

    struct FaceKey: Hashable {
        let file: String
        let faceIndex: Int
    }

    init(shaper: TextShaper, fonts: SVGWriter.Fonts) {
        self.shaper = shaper
        self.fonts = fonts
    }

    /// A new id's suffix (`c1`, `c2`…), its prefix slot already written when `written`.
    private mutating func newId() -> String {
        nextId += 1
        return "c\(nextId)"
    }

    /// Appends ` id="PREFIXcN"` and returns `cN`.
    private mutating func appendId() -> String {
        let id = newId()
        out.append(" id=\"")
        out.appendPrefixSlot()
        out.append(id + "\"")
        return id
    }

    /// Appends `url(#PREFIXid)`.
    private mutating func appendReference(_ id: String) {
        out.append("url(#")
        out.appendPrefixSlot()
        out.append(id + ")")
    }

    /// Writes `items` in order. A run of outlines in one opaque stroke (an axis's ticks, say)
    /// becomes one `<path>` of several subpaths, which strokes to the same pixels: where
    /// opaque lines overlap, the second would cover the first anyway.
    ///
    /// - Complexity: O(items).
    mutating func write(_ items: [SceneItem]) {
        var i = 0
        while i < items.count {
            guard case let .path(first, style) = items[i], Self.merges(style) else {
                write(items[i])
                i += 1
                continue
            }
            var paths = [first]
            while i + paths.count < items.count, case let .path(next, nextStyle) = items[i + paths.count],
                nextStyle == style
            {
                paths.append(next)
            }
            out.append("<path d=\"")
            for path in paths { appendPathData(path) }
            out.append("\"")
            appendPaint(fill: nil, stroke: style.stroke)
            out.append("/>\n")
            i += paths.count
        }
    }

    /// Whether paths of `style` can share one element: stroked in an opaque colour, not
    /// filled or hatched.
    private static func merges(_ style: ShapeStyle) -> Bool {
        style.fill == nil && style.hatch == nil && (style.stroke?.color.alpha ?? 0) >= 1
    }

    private mutating func write(_ item: SceneItem) {
        switch item {
        case let .rect(rect, style):
            writeShape(style, bounds: rect) { $0.appendRect(rect) }
        case let .path(path, style):
            writeShape(style, bounds: Self.bounds(of: path)) { $0.appendPath(path) }
        case let .text(run):
            write(run)
        case let .markers(set):
            writeMarkers(set)
        case let .polyline(full, stroke):
            writePolyline(full.decimated(columnWidth: 1), stroke: stroke)
        case let .group(clip, items):
            if let clip {
                out.append("<clipPath")
                let id = appendId()
                out.append("><rect")
                appendRectGeometry(clip)
                out.append("/></clipPath>\n<g clip-path=\"")
                appendReference(id)
                out.append("\">\n")
                write(items)
                out.append("</g>\n")
            } else {
                write(items)
            }
        }
    }

    // MARK: Shapes

    /// A shape in `style`: fill, then hatch lines clipped to the shape, then outline, as cairo paints.
    private mutating func writeShape(_ style: ShapeStyle, bounds: Rect, geometry: (inout Document) -> Void) {
        guard let hatch = style.hatch else {
            geometry(&self)
            appendPaint(fill: style.fill, stroke: style.stroke)
            out.append("/>\n")
            return
        }
        if style.fill != nil {
            geometry(&self)
            appendPaint(fill: style.fill, stroke: nil)
            out.append("/>\n")
        }
        out.append("<clipPath")
        let id = appendId()
        out.append(">")
        geometry(&self)
        out.append("/></clipPath>\n<path clip-path=\"")
        appendReference(id)
        out.append("\" d=\"")
        appendHatchLines(bounds)
        out.append("\"")
        appendPaint(fill: nil, stroke: hatch)
        out.append("/>\n")
        if let stroke = style.stroke {
            geometry(&self)
            appendPaint(fill: nil, stroke: stroke)
            out.append("/>\n")
        }
    }

    /// Lines x − y = c across `box`, ``ShapeStyle/hatchSpacing`` apart, as ``CairoDrawing`` draws them.
    private mutating func appendHatchLines(_ box: Rect) {
        let spacing = ShapeStyle.hatchSpacing
        let (x0, y0, x1, y1) = (box.x, box.y, box.x + box.width, box.y + box.height)
        let span = (x1 - x0) + (y1 - y0)
        guard span.isFinite, span > 0, span / spacing < 100_000 else { return }
        var c = ((x0 - y1) / spacing).rounded(.down) * spacing
        var pen = SVGPathPen()
        while c <= x1 - y0 {
            pen.move(to: Point(x: c + y0, y: y0), in: &out)
            pen.line(to: Point(x: c + y1, y: y1), in: &out)
            c += spacing
        }
    }

    private mutating func appendRect(_ rect: Rect) {
        out.append("<rect")
        appendRectGeometry(rect)
    }

    private mutating func appendRectGeometry(_ rect: Rect) {
        out.append(" x=\"")
        out.append(number: rect.x)
        out.append("\" y=\"")
        out.append(number: rect.y)
        out.append("\" width=\"")
        out.append(number: rect.width)
        out.append("\" height=\"")
        out.append(number: rect.height)
        out.append("\"")
    }

    private mutating func appendPath(_ path: Path) {
        out.append("<path d=\"")
        appendPathData(path)
        out.append("\"")
    }

    /// The path's commands as SVG path data (``SVGPathPen``). An arc starts with a line from
    /// the current point, or a move when there is none, as in cairo, and is written as
    /// quarter-turn (or smaller) circular arcs, so that a full circle is drawn.
    private mutating func appendPathData(_ path: Path) {
        var pen = SVGPathPen()
        for element in path.elements {
            switch element {
            case let .move(p): pen.move(to: p, in: &out)
            case let .line(p): pen.line(to: p, in: &out)
            case let .curve(a, b, c): pen.curve(a, b, to: c, in: &out)
            case let .arc(center, radius, start, end):
                appendArc(center: center, radius: radius, start: start, end: end, clockwise: true, pen: &pen)
            case let .arcNegative(center, radius, start, end):
                appendArc(center: center, radius: radius, start: start, end: end, clockwise: false, pen: &pen)
            case .close: pen.close(in: &out)
            }
        }
    }

    /// An arc as cairo draws it: clockwise (on screen) from `start` to `end`, `end` raised by
    /// whole turns until it is not below `start`, or the mirror for counter-clockwise arcs;
    /// at most one full turn is drawn.
    private mutating func appendArc(
        center: Point, radius: Double, start: Double, end: Double, clockwise: Bool, pen: inout SVGPathPen
    ) {
        let turn = 2 * Double.pi
        var sweep = end - start
        if clockwise, sweep < 0 { sweep = sweep.truncatingRemainder(dividingBy: turn) + turn }
        if !clockwise, sweep > 0 { sweep = sweep.truncatingRemainder(dividingBy: turn) - turn }
        sweep = min(max(sweep, -turn), turn)
        func point(_ angle: Double) -> Point {
            Point(x: center.x + radius * cos(angle), y: center.y + radius * sin(angle))
        }
        if pen.hasCurrentPoint { pen.line(to: point(start), in: &out) } else { pen.move(to: point(start), in: &out) }
        guard radius > 0, sweep != 0 else { return }
        let pieces = max(1, Int((abs(sweep) / (Double.pi / 2)).rounded(.up)))
        for i in 1...pieces {
            pen.arc(
                radius: radius, clockwise: clockwise, to: point(start + sweep * Double(i) / Double(pieces)), in: &out)
        }
    }

    /// The box of a path's points, arcs taken as their whole circle (enough for hatching,
    /// which is clipped to the path).
    private static func bounds(of path: Path) -> Rect {
        var xs: [Double] = [], ys: [Double] = []
        for element in path.elements {
            switch element {
            case let .move(p), let .line(p):
                xs.append(p.x)
                ys.append(p.y)
            case let .curve(a, b, c):
                xs += [a.x, b.x, c.x]
                ys += [a.y, b.y, c.y]
            case let .arc(center, radius, _, _), let .arcNegative(center, radius, _, _):
                xs += [center.x - radius, center.x + radius]
                ys += [center.y - radius, center.y + radius]
            case .close: continue
            }
        }
        let x0 = xs.min() ?? 0, y0 = ys.min() ?? 0
        return Rect(x: x0, y: y0, width: (xs.max() ?? 0) - x0, height: (ys.max() ?? 0) - y0)
    }

    // MARK: Paint

    mutating func appendFill(_ color: Color) {
        out.append(" fill=\"\(color)\"")
        if color.alpha < 1 {
            out.append(" fill-opacity=\"")
            appendOpacity(color.alpha)
            out.append("\"")
        }
    }

    private mutating func appendPaint(fill: Color?, stroke: StrokeStyle?) {
        // The root's fill is none.
        if let fill { appendFill(fill) }
        guard let stroke else { return }
        out.append(" stroke=\"\(stroke.color)\"")
        if stroke.width != 1 {
            out.append(" stroke-width=\"")
            out.append(number: stroke.width)
            out.append("\"")
        }
        if stroke.color.alpha < 1 {
            out.append(" stroke-opacity=\"")
            appendOpacity(stroke.color.alpha)
            out.append("\"")
        }
        switch stroke.cap {
        case .butt: break
        case .round: out.append(" stroke-linecap=\"round\"")
        case .square: out.append(" stroke-linecap=\"square\"")
        }
        if !stroke.dash.isEmpty {
            out.append(" stroke-dasharray=\"")
            out.append(numbers: stroke.dash)
            out.append("\"")
        }
    }

    /// An opacity to three decimals: 1/1000 is finer than the 1/255 steps of a pixel.
    private mutating func appendOpacity(_ alpha: Double) {
        let thousandths = Int((min(max(alpha, 0), 1) * 1000).rounded())
        if thousandths == 0 {
            out.append("0")
            return
        }
        var digits = String(thousandths)
        digits = String(repeating: "0", count: max(0, 3 - digits.count)) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        out.append("0." + digits)
    }

    // MARK: Marks

    /// One shape defined once at the origin and placed at every point by `<use>`; a hatched
    /// set is drawn shape by shape.
    private mutating func writeMarkers(_ set: MarkerSet) {
        guard !set.points.isEmpty else { return }
        guard set.style.hatch == nil else {
            for point in set.points {
                let path = set.path(at: point)
                writeShape(set.style, bounds: Self.bounds(of: path)) { $0.appendPath(path) }
            }
            return
        }
        out.append("<defs><path")
        let id = appendId()
        out.append(" d=\"")
        appendPathData(set.path(at: Point(x: 0, y: 0)))
        out.append("\"")
        appendPaint(fill: set.style.fill, stroke: set.style.stroke)
        out.append("/></defs>\n")
        for point in set.points {
            out.append("<use xlink:href=\"#")
            out.appendPrefixSlot()
            out.append(id + "\" x=\"")
            out.append(number: point.x)
            out.append("\" y=\"")
            out.append(number: point.y)
            out.append("\"/>\n")
        }
    }

    /// A line as one path; a NaN point is a gap, after which the line starts again.
    private mutating func writePolyline(_ line: Polyline, stroke: StrokeStyle) {
        out.append("<path d=\"")
        var pen = SVGPathPen()
        line.forEachCanvasPoint { p, starts in
            if starts { pen.move(to: p, in: &out) } else { pen.line(to: p, in: &out) }
        }
        out.append("\"")
        appendPaint(fill: nil, stroke: stroke)
        out.append("/>\n")
    }

    // MARK: Text

    /// A run as `<text>`, one `<tspan>` per font and direction, at Pango's positions.
    private mutating func write(_ run: TextRun) {
        let dx: Double =
            switch run.anchor {
            case .start: 0
            case .middle: -run.metrics.width / 2
            case .end: -run.metrics.width
            }
        let spans =
            (try? shaper.withLine(run.text, font: run.font) { line in
                PlacedSpan.spans(
                    of: line, text: run.text, startX: dx - TextShaper.extents(of: line).left,
                    clusterPositioned: SVGWriter.positionsClusters(file:))
            }) ?? []
        guard !spans.isEmpty else { return }
        let rotated = run.rotation != 0
        let shift = rotated ? 0 : run.position.x
        out.append("<text")
        // Spaces are kept as they are only where the default rule would change them.
        if Self.needsPreservedSpace(run.text) { out.append(" xml:space=\"preserve\"") }
        if rotated {
            out.append(" transform=\"translate(")
            out.append(numbers: [run.position.x, run.position.y])
            out.append(") rotate(")
            out.append(number: run.rotation)
            out.append(")\"")
        } else {
            out.append(" y=\"")
            out.append(number: run.position.y)
            out.append("\"")
        }
        out.append(" font-size=\"")
        out.append(number: run.font.size)
        out.append("\"")
        if run.font.weight == .bold { out.append(" font-weight=\"bold\"") }
        appendFill(run.color)
        out.append(">")
        // Each span's direction is Pango's, not the browser's own bidi of the whole line, which
        // would resolve neutral characters (spaces, brackets) by their neighbours in the document.
        let mixed = spans.contains(where: \.isRightToLeft)
        for span in spans {
            let single = span.segments.count == 1
            out.append("<tspan")
            if single { appendPositions(span.segments[0], shift: shift) }
            if mixed { out.append(span.isRightToLeft ? Self.rightToLeft : Self.leftToRight) }
            appendFamily(of: span)
            out.append(">")
            for segment in span.segments {
                if !single {
                    out.append("<tspan")
                    appendPositions(segment, shift: shift)
                    out.append(">")
                }
                out.append(escaped: segment.text)
                if !single { out.append("</tspan>") }
            }
            out.append("</tspan>")
        }
        out.append("</text>\n")
    }

    private static let rightToLeft = " direction=\"rtl\" unicode-bidi=\"bidi-override\""
    private static let leftToRight = " direction=\"ltr\" unicode-bidi=\"bidi-override\""

    private mutating func appendPositions(_ segment: PlacedSpan.Segment, shift: Double) {
        out.append(" x=\"")
        out.append(numbers: segment.xs.map { $0 + shift })
        out.append("\"")
    }

    /// Whether the default white-space rule (leading and trailing spaces removed, runs of
    /// spaces collapsed, tabs and line breaks made spaces) would change `text`.
    static func needsPreservedSpace(_ text: String) -> Bool {
        var previousIsSpace = true
        for scalar in text.unicodeScalars {
            let isSpace = scalar == " "
            if scalar == "\t" || scalar == "\n" || scalar == "\r" || (isSpace && previousIsSpace) { return true }
            previousIsSpace = isSpace
        }
        return previousIsSpace && !text.isEmpty
    }

    /// The span's ` font-family` attribute, none for the bundled faces (the root names them),
    /// recording its characters for the embedded subset.
    private mutating func appendFamily(of span: PlacedSpan) {
        let key = FaceKey(file: span.fontFile, faceIndex: span.faceIndex)
        let bundled = SVGWriter.isBundled(file: key.file)
        switch fonts {
        case .page:
            guard !bundled else { return }
            out.append(" font-family=\"" + SVGWriter.pageFamily(file: key.file, faceIndex: key.faceIndex))
        case .embedded:
            let number = faces[key]?.number ?? faces.count + 1
            faces[key, default: (number, [])].scalars.formUnion(span.text.unicodeScalars.map(\.value))
            guard !bundled else { return }
            out.append(" font-family=\"")
            out.appendPrefixSlot()
            out.append("f\(number)")
        }
        out.append(",sans-serif\"")
    }

    /// The `@font-face` rules of every face the document used, in order of first use: the
    /// bundled faces as the two weights of one family, the others as a family each.
    func fontFaceRules(prefix: String) -> String {
        faces.sorted { $0.value.number < $1.value.number }.compactMap { key, face in
            let family = SVGWriter.isBundled(file: key.file) ? SVGWriter.bundledFamily : "f\(face.number)"
            return FontSubset.make(file: key.file, faceIndex: key.faceIndex, scalars: face.scalars)?
                .fontFaceRule(family: prefix + family)
        }.joined(separator: "\n")
    }
}
