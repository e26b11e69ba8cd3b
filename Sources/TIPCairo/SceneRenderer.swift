internal import CTIPCairo
import TIPFiles
import TIPScene

/// Draws a ``/TIPScene/Scene`` into PNG, SVG or PDF bytes through cairo's image, SVG and
/// PDF surfaces. Text is shaped by HarfBuzz through Pango, in the fonts of ``FontFiles``.
///
/// The same scene gives byte-identical output every time, in one process or several, for
/// a given cairo (and zlib) version: SVG ids are renumbered, PDF dates are fixed, and PNGs
/// are encoded by ``PNGCompression`` rules with a fixed pHYs chunk.
///
/// ```swift
/// let renderer = try SceneRenderer()
/// let png = try renderer.render(scene, as: .png, scale: 2)   // @2x, 144 DPI
/// try renderer.write(scene, to: "chart.svg")
/// ```
public struct SceneRenderer: SceneRendering {
    let shaper: TextShaper

    /// The measurer that shapes text as this renderer draws it: lay scenes out with it.
    public let textMeasurer: any TextMeasurer

    /// The unit an SVG declares its width and height in.
    public enum SVGUnit: String, Sendable, CaseIterable {
        /// CSS pixels: an 800×500 scene is 800×500 px in a browser, as large as the PNG at scale 1.
        case pixels
        /// Points (1/72 in): the same drawing shows 1.33× larger in a browser.
        case points
    }

    /// `.pixels` by default, so browsers and rsvg-convert show the SVG at the PNG's size.
    public var svgUnit: SVGUnit = .pixels

    /// How an SVG draws its text.
    public enum SVGText: String, Sendable, CaseIterable {
        /// `<text>` elements in embedded font subsets: selectable, searchable and editable,
        /// and a fraction of the size.
        case text
        /// Every glyph as an outline path, by cairo's SVG surface: for viewers without web
        /// fonts; the text cannot be selected or edited.
        case paths
    }

    /// `.text` by default.
    public var svgText: SVGText = .text

    /// How hard PNG output is compressed: `.fast` (the default) or `.smallest`.
    public var pngCompression: PNGCompression = .fast

    /// Whether PNG output stamps ``/TIPScene/MarkerSet`` shapes from pre-rendered images
    /// (true by default: orders of magnitude faster for many points, within 1/8 pixel of
    /// the exact position) or traces one path per marker, as SVG and PDF always do.
    public var stampsMarkers = true

    /// The largest pixel dimension cairo's image surface accepts.
    public static let maximumPixels = 32_767.0

    /// - Parameter svgUnit: the unit SVG output declares its size in (pixels by default).
    /// - Parameter svgText: whether SVG text is `<text>` (the default) or glyph outlines.
    public init(svgUnit: SVGUnit = .pixels, svgText: SVGText = .text) throws(RenderError) {
        shaper = try TextShaper.shared.get()
        textMeasurer = try CairoTextMeasurer()
        self.svgUnit = svgUnit
        self.svgText = svgText
    }

    /// For command-line tools and servers that draw no other text: makes the renderer's font
    /// configuration fontconfig's process-wide default before any text is laid out, so that
    /// Pango does not read the machine's font configuration and font list at start-up (about
    /// 10 ms per process). Output is the same either way: the renderer never uses those
    /// fonts. Do not call it in an app that draws other text through fontconfig, which would
    /// then see only these fonts.
    ///
    /// - Throws: ``RenderError`` when the bundled fonts cannot be loaded.
    public static func useFontsProcessWide() throws(RenderError) {
        _ = try TextShaper.shared.get().becomeProcessDefault()
    }

    /// The cairo library version the output depends on, e.g. "1.16.0".
    public static var cairoVersion: String { String(cString: cairo_version_string()) }

    /// Renders `scene` as `format`. `scale` multiplies the pixel size of PNG output (2 gives
    /// @2x at 144 DPI); vector formats keep their size in points and ignore it.
    ///
    /// - Throws: ``RenderError`` with cairo's status when any cairo call fails.
    public func render(_ scene: Scene, as format: OutputFormat, scale: Double = 1) throws(RenderError) -> [UInt8] {
        try Self.validate(scene.size, scale: scale)
        try SceneCheck.validate(scene)
        switch format {
        case .png: return try renderPNG(scene, scale: scale)
        case .svg: return try renderSVG(scene)
        case .pdf: return try renderPDF(scene)
        }
    }

    /// Sizes must be positive and finite, and fit cairo's image surface at `scale`.
    private static func validate(_ size: Size, scale: Double) throws(RenderError) {
        let (w, h) = (size.width, size.height)
        guard w.isFinite, h.isFinite, scale.isFinite, w > 0, h > 0, scale > 0,
            (w * scale).rounded(.up) <= maximumPixels, (h * scale).rounded(.up) <= maximumPixels
        else { throw .invalidSize(width: w, height: h, scale: scale) }
    }

    /// Draws `scene` on an image surface, scaled by `scale`.
    private func paintImage(_ scene: Scene, scale: Double) throws(RenderError) -> CairoSurface {
        let width = Int32((scene.size.width * scale).rounded(.up))
        let height = Int32((scene.size.height * scale).rounded(.up))
        guard let raw = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height) else {
            throw .cairo(status: "no surface", operation: "creating the image surface")
        }
        let canvas = try CairoSurface(surface: raw, operation: "creating the image surface")
        cairo_scale(canvas.context, scale, scale)
        CairoDrawing(context: canvas.context, shaper: shaper, stampsMarkers: stampsMarkers).draw(scene)
        try canvas.check("drawing the image")
        cairo_surface_flush(canvas.surface)
        return canvas
    }

    /// The pixels `render(_:as: .png, scale:)` would encode, without encoding them.
    public func rasterize(_ scene: Scene, scale: Double = 1) throws(RenderError) -> RasterImage {
        try Self.validate(scene.size, scale: scale)
        try SceneCheck.validate(scene)
        let canvas = try paintImage(scene, scale: scale)
        // `canvas` owns the surface: it must outlive the copy, not end at the property read.
        return withExtendedLifetime(canvas) { RasterImage(surface: canvas.surface) }
    }

    private func renderPNG(_ scene: Scene, scale: Double) throws(RenderError) -> [UInt8] {
        let canvas = try paintImage(scene, scale: scale)
        return try withExtendedLifetime(canvas) { () throws(RenderError) -> [UInt8] in
            try PNGEncoder.encode(surface: canvas.surface, dotsPerInch: 72 * scale, compression: pngCompression)
        }
    }

    private func renderSVG(_ scene: Scene) throws(RenderError) -> [UInt8] {
        switch svgText {
        case .text: SVGWriter(shaper: shaper, unit: svgUnit, fonts: .embedded).write(scene)
        case .paths: try renderOutlineSVG(scene)
        }
    }

    /// The SVG of `scene` for a page that inlines it among others: its text names the
    /// page's shared font families and embeds no font, and the page embeds them once with
    /// ``pageFontCSS(for:)``. Glyph outlines, as ``render(_:as:scale:)`` writes them, when
    /// ``svgText`` is `.paths`.
    ///
    /// - Throws: ``RenderError`` for a scene that cannot be drawn.
    public func renderSVGForPage(_ scene: Scene) throws(RenderError) -> [UInt8] {
        try Self.validate(scene.size, scale: 1)
        try SceneCheck.validate(scene)
        return switch svgText {
        case .text: SVGWriter(shaper: shaper, unit: svgUnit, fonts: .page).write(scene)
        case .paths: try renderOutlineSVG(scene)
        }
    }

    /// The CSS `@font-face` rules that the SVGs of ``renderSVGForPage(_:)`` for `scenes`
    /// need: one subset per font face of the characters all of them draw in it. Empty when
    /// ``svgText`` is `.paths`.
    ///
    /// - Complexity: one layout of each distinct line of text, and one subset per face.
    public func pageFontCSS(for scenes: [Scene]) throws(RenderError) -> String {
        guard svgText == .text else { return "" }
        struct Line: Hashable {
            let text: String
            let font: Font
        }
        var lines = Set<Line>()
        for scene in scenes { for run in scene.textRuns { lines.insert(Line(text: run.text, font: run.font)) } }
        // Keyed by family and file: the bundled regular and bold faces are one family's two weights.
        var faces: [String: (family: String, file: String, faceIndex: Int, scalars: Set<UInt32>)] = [:]
        for line in lines {
            let spans = try shaper.withLine(line.text, font: line.font) { layout in
                PlacedSpan.spans(of: TextShaper.runs(of: layout), text: line.text, startX: 0) { _ in false }
            }
            for span in spans {
                let family = SVGWriter.pageFamily(file: span.fontFile, faceIndex: span.faceIndex)
                faces[family + "\u{0}" + span.fontFile, default: (family, span.fontFile, span.faceIndex, [])].scalars
                    .formUnion(span.text.unicodeScalars.map(\.value))
            }
        }
        return faces.keys.sorted().compactMap { key in
            faces[key].flatMap { face in
                FontSubset.make(file: face.file, faceIndex: face.faceIndex, scalars: face.scalars)?
                    .fontFaceRule(family: face.family)
            }
        }.joined(separator: "\n")
    }

    /// Glyph outlines through cairo's SVG surface, ids made deterministic afterwards.
    private func renderOutlineSVG(_ scene: Scene) throws(RenderError) -> [UInt8] {
        let sink = ByteSink()
        let closure = Unmanaged.passUnretained(sink).toOpaque()
        let bytes: [UInt8] = try withExtendedLifetime(sink) { () throws(RenderError) -> [UInt8] in
            guard
                let raw = cairo_svg_surface_create_for_stream(
                    ByteSink.write, closure, scene.size.width, scene.size.height)
            else {
                throw .cairo(status: "no surface", operation: "creating the SVG surface")
            }
            cairo_svg_surface_restrict_to_version(raw, CAIRO_SVG_VERSION_1_1)
            cairo_svg_surface_set_document_unit(raw, svgUnit == .points ? CAIRO_SVG_UNIT_PT : CAIRO_SVG_UNIT_PX)
            let canvas = try CairoSurface(surface: raw, sink: sink, operation: "creating the SVG surface")
            CairoDrawing(context: canvas.context, shaper: shaper, lineColumnWidth: 1).draw(scene)
            try canvas.finish("writing the SVG")
            return sink.bytes
        }
        return SVGPostProcessing.finish(bytes, title: scene.title, description: scene.summary)
    }

    private func renderPDF(_ scene: Scene) throws(RenderError) -> [UInt8] {
        let sink = ByteSink()
        let closure = Unmanaged.passUnretained(sink).toOpaque()
        return try withExtendedLifetime(sink) { () throws(RenderError) -> [UInt8] in
            guard
                let raw = cairo_pdf_surface_create_for_stream(
                    ByteSink.write, closure, scene.size.width, scene.size.height)
            else {
                throw .cairo(status: "no surface", operation: "creating the PDF surface")
            }
            // A fixed creation date keeps the bytes identical from run to run.
            cairo_pdf_surface_set_metadata(raw, CAIRO_PDF_METADATA_CREATE_DATE, "2000-01-01T00:00:00Z")
            cairo_pdf_surface_set_metadata(raw, CAIRO_PDF_METADATA_TITLE, SVGPostProcessing.xmlSafe(scene.title))
            cairo_pdf_surface_set_metadata(raw, CAIRO_PDF_METADATA_CREATOR, "TIPCharts")
            let canvas = try CairoSurface(surface: raw, sink: sink, operation: "creating the PDF surface")
            CairoDrawing(context: canvas.context, shaper: shaper, lineColumnWidth: 1).draw(scene)
            try canvas.finish("writing the PDF")
            return sink.bytes
        }
    }

    /// Renders and writes atomically: the bytes go to a temporary file beside `path`,
    /// which is renamed over `path` only when complete. A failure leaves no file.
    ///
    /// - Parameter format: inferred from the extension of `path` when `nil`.
    public func write(
        _ scene: Scene, to path: String, format: OutputFormat? = nil, scale: Double = 1
    ) throws(RenderError) {
        let extensionFormat = path.split(separator: ".").last.flatMap { OutputFormat(rawValue: $0.lowercased()) }
        guard let format = format ?? extensionFormat else {
            throw .io(path: path, reason: "cannot tell the format from the extension; use .png, .svg or .pdf")
        }
        let bytes = try render(scene, as: format, scale: scale)
        do { try AtomicFile.write(bytes, to: path) } catch { throw .io(path: error.path, reason: error.reason) }
    }
}
