internal import CTIPCairo
import TIPScene

/// Shapes, measures and draws lines of text with HarfBuzz through Pango: OpenType shaping
/// and kerning, the Unicode Bidirectional Algorithm, font fallback by script and UAX #14
/// line-break opportunities. Measuring and drawing lay out the same `PangoLayout`, so a
/// scene's metrics are exactly what is drawn.
///
/// Text covered by DejaVu Sans is set from a configuration of the two bundled faces alone.
/// The first text that needs a fallback face loads a second configuration with the Noto
/// files of ``FontFiles/fallbackPaths`` that are installed (about 35 ms, once per process),
/// so charts in Latin and Cyrillic never pay for it. Both configurations put DejaVu Sans
/// first, so a run DejaVu covers shapes identically in either.
final class TextShaper: @unchecked Sendable {
    private let core: FontConfiguration
    private let files: [String]
    private let full = Locked<FontConfiguration?>(nil)
    private let regularCharset: OpaquePointer
    private let boldCharset: OpaquePointer
    /// Measured lines, so that layout's repeated measurements (wrapping, truncation, the
    /// second layout of a report's missing-glyph check) shape each line once.
    private let measured = Locked<[MeasureKey: TextMetrics]>([:])
    /// The most lines kept; the cache starts over when it is full.
    static let measuredLimit = 8192

    private struct MeasureKey: Hashable {
        let text: String
        let font: Font
    }

    /// The process-wide instance, or the error that prevented loading the bundled faces.
    static let shared: Result<TextShaper, RenderError> = {
        do throws(RenderError) {
            return .success(try TextShaper())
        } catch {
            return .failure(error)
        }
    }()

    private init() throws(RenderError) {
        guard let bundled = FontFiles.bundled() else { throw .font(path: "Fonts/DejaVuSans.ttf", code: -1) }
        core = try FontConfiguration(files: [bundled.regular, bundled.bold])
        guard core.charsets.count == 2 else { throw .font(path: bundled.regular, code: -1) }
        (regularCharset, boldCharset) = (core.charsets[0], core.charsets[1])
        files = [bundled.regular, bundled.bold] + FontFiles.installedFallbacks
    }

    /// Makes the bundled faces' configuration fontconfig's current one, so that Pango's
    /// start-up does not load the system's configuration and font list. Returns whether it did.
    func becomeProcessDefault() -> Bool {
        FcConfigSetCurrent(core.config) != 0
    }

    /// Unhinted outlines and metrics: identical glyph positions in PNG, SVG and PDF.
    static func makeOptions() -> OpaquePointer? {
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        return options
    }

    /// Whether the DejaVu face of `weight` draws `scalar`, or `scalar` needs no glyph at all:
    /// default-ignorable marks (U+061C, joiners) are never drawn, so they need neither a
    /// glyph nor the fallback faces.
    private func dejaVuCovers(_ scalar: Unicode.Scalar, weight: Font.Weight) -> Bool {
        scalar.isASCII || FcCharSetHasChar(weight == .bold ? boldCharset : regularCharset, scalar.value) != 0
            || scalar.properties.isDefaultIgnorableCodePoint
    }

    /// The configuration with every installed fallback face, loaded on first use. When
    /// fontconfig rejects a fallback file, text is set in DejaVu Sans alone, and the
    /// characters it lacks are reported by ``covers(_:weight:)`` as missing.
    private func fallbackConfiguration() -> FontConfiguration {
        full.withLock { loaded in
            if let loaded { return loaded }
            let configuration = (try? FontConfiguration(files: files)) ?? core
            loaded = configuration
            return configuration
        }
    }

    /// Whether any bundled or installed fallback face has a glyph for `scalar`. Default
    /// ignorable characters (direction marks, joiners) need none: Pango never draws them.
    func covers(_ scalar: Unicode.Scalar, weight: Font.Weight) -> Bool {
        dejaVuCovers(scalar, weight: weight) || fallbackConfiguration().covers(scalar)
    }

    /// The family every layout asks for; fontconfig falls back from it by script.
    static let family = "DejaVu Sans"

    /// Lays `text` out on one line in `font` and runs `body` with the layout's line, which
    /// is valid only inside `body`: the layout is released when it returns.
    func withLine<Result>(
        _ text: String, font: Font, _ body: (UnsafeMutablePointer<PangoLayoutLine>) -> Result
    ) throws(RenderError) -> Result {
        let dejaVuAlone = text.unicodeScalars.allSatisfy { dejaVuCovers($0, weight: font.weight) }
        let configuration = dejaVuAlone ? core : fallbackConfiguration()
        return try configuration.withContext { context throws(RenderError) -> Result in
            pango_context_set_language(context, pango_language_from_string(Self.language(of: text)))
            guard let layout = pango_layout_new(context) else { throw .font(path: "Pango layout", code: -1) }
            defer { tip_object_unref(UnsafeMutableRawPointer(layout)) }
            let description = pango_font_description_new()
            defer { pango_font_description_free(description) }
            // Not the `_static` variant: that keeps the pointer, and Swift's C string for a
            // literal is a temporary in debug builds, freed as soon as the call returns.
            pango_font_description_set_family(description, Self.family)
            pango_font_description_set_weight(
                description, font.weight == .bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
            pango_font_description_set_absolute_size(description, font.size * Double(PANGO_SCALE))
            pango_layout_set_font_description(layout, description)
            pango_layout_set_single_paragraph_mode(layout, 1)
            pango_layout_set_text(layout, text, -1)
            guard let line = pango_layout_get_line_readonly(layout, 0) else {
                throw .font(path: "Pango layout line", code: -1)
            }
            return body(line)
        }
    }

    /// The language that picks Han glyph forms: Japanese with kana, Korean with hangul,
    /// simplified Chinese for other Han text, and English (no preference) otherwise.
    /// Fixed here so that output never depends on the machine's locale.
    static func language(of text: String) -> String {
        var hasHan = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x3040...0x30FF, 0x31F0...0x31FF: return "ja"
            case 0xAC00...0xD7AF, 0x1100...0x11FF, 0x3130...0x318F: return "ko"
            case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2FA1F: hasHan = true
            default: continue
            }
        }
        return hasHan ? "zh-cn" : "en"
    }

    /// The metrics of `text` in `font`, from the cache or by laying it out.
    func metrics(of text: String, font: Font) throws(RenderError) -> TextMetrics {
        let key = MeasureKey(text: text, font: font)
        if let known = measured.withLock({ $0[key] }) { return known }
        let metrics = try withLine(text, font: font) { Self.extents(of: $0).metrics }
        measured.withLock { cache in
            if cache.count >= Self.measuredLimit { cache.removeAll(keepingCapacity: true) }
            cache[key] = metrics
        }
        return metrics
    }

    /// The logical extent of a laid-out line, in points: its advance width, ascent and
    /// descent, and the offset of its left edge from the drawing origin.
    static func extents(of line: UnsafeMutablePointer<PangoLayoutLine>) -> (metrics: TextMetrics, left: Double) {
        var logical = PangoRectangle()
        pango_layout_line_get_extents(line, nil, &logical)
        let scale = Double(PANGO_SCALE)
        let metrics = TextMetrics(
            width: Double(logical.width) / scale, ascent: Double(-logical.y) / scale,
            descent: Double(logical.y + logical.height) / scale)
        return (metrics, Double(logical.x) / scale)
    }

    /// The runs of a laid-out line, in visual order.
    static func runs(of line: UnsafeMutablePointer<PangoLayoutLine>) -> [ShapedRun] {
        var runs: [ShapedRun] = []
        var node = UnsafePointer(line.pointee.runs)
        while let current = node {
            defer { node = UnsafePointer(current.pointee.next) }
            guard let item = tip_run_at(current), let glyphs = item.pointee.glyphs else { continue }
            var index: Int32 = 0
            let file = tip_glyph_item_font_file(item, &index).map { String(cString: $0) } ?? ""
            let count = Int(glyphs.pointee.num_glyphs)
            let infos = UnsafeBufferPointer(start: glyphs.pointee.glyphs, count: count)
            let clusters = UnsafeBufferPointer(start: glyphs.pointee.log_clusters, count: count)
            let analysis = item.pointee.item.pointee
            let start = max(0, Int(analysis.offset))
            runs.append(
                ShapedRun(
                    fontFile: file, faceIndex: Int(index), glyphs: infos.map { $0.glyph },
                    advances: infos.map { Double($0.geometry.width) / Double(PANGO_SCALE) },
                    isRightToLeft: analysis.analysis.level % 2 == 1,
                    textRange: start..<(start + max(0, Int(analysis.length))), clusters: clusters.map(Int.init)))
        }
        return runs
    }

    /// Where UAX #14 allows a line break in `text`: the offsets, in Unicode scalars, of the
    /// scalars a new line may start with (never 0).
    static func lineBreakOffsets(in text: String) -> [Int] {
        let count = text.unicodeScalars.count
        guard count > 1 else { return [] }
        var attributes = [PangoLogAttr](repeating: PangoLogAttr(), count: count + 1)
        let length = Int32(text.utf8.count)
        attributes.withUnsafeMutableBufferPointer { buffer in
            pango_get_log_attrs(
                text, length, -1, pango_language_from_string(language(of: text)),
                buffer.baseAddress, Int32(buffer.count))
        }
        return (1..<count).filter { attributes[$0].is_line_break != 0 }
    }
}
