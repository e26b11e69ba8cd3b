internal import CTIPCairo
import TIPScene

/// Measures text with the bundled DejaVu faces through cairo, exactly as the renderer
/// draws it.
public struct CairoTextMeasurer: TextMeasurer {
    private let fonts: BundledFonts

    /// - Throws: ``RenderError`` when the bundled fonts cannot be loaded.
    public init() throws(RenderError) {
        fonts = try BundledFonts.shared.get()
    }

    /// The advance width, ascent and descent of `text` in `font`, from the bundled face cairo draws with.
    public func metrics(of text: String, font: Font) -> TextMetrics {
        var matrix = cairo_matrix_t()
        cairo_matrix_init_scale(&matrix, font.size, font.size)
        var identity = cairo_matrix_t()
        cairo_matrix_init_identity(&identity)
        let options = BundledFonts.makeOptions()
        defer { cairo_font_options_destroy(options) }
        let scaled = cairo_scaled_font_create(fonts.face(for: font.weight), &matrix, &identity, options)
        defer { cairo_scaled_font_destroy(scaled) }
        var fontExtents = cairo_font_extents_t()
        cairo_scaled_font_extents(scaled, &fontExtents)
        var textExtents = cairo_text_extents_t()
        cairo_scaled_font_text_extents(scaled, text, &textExtents)
        return TextMetrics(width: textExtents.x_advance, ascent: fontExtents.ascent, descent: fontExtents.descent)
    }
}
