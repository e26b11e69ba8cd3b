internal import CTIPCairo
import TIPScene

/// Measures text exactly as the renderer draws it: shaped by HarfBuzz through Pango, in
/// DejaVu Sans with the Noto fallbacks of ``FontFiles``.
public struct CairoTextMeasurer: TextMeasurer {
    private let shaper: TextShaper

    /// - Throws: ``RenderError`` when the bundled fonts cannot be loaded.
    public init() throws(RenderError) {
        shaper = try TextShaper.shared.get()
    }

    /// The advance width, ascent and descent of the shaped line, from the faces it is drawn with.
    public func metrics(of text: String, font: Font) -> TextMetrics {
        // Pango returns null only when GLib cannot allocate, and GLib aborts first; the
        // estimate keeps this total without a trap.
        (try? shaper.metrics(of: text, font: font)) ?? ApproximateTextMeasurer().metrics(of: text, font: font)
    }

    /// The line-break opportunities of Unicode's line-breaking algorithm (UAX #14), so that
    /// Thai, Chinese and Japanese wrap as well as text with spaces.
    public func lineBreakOpportunities(in text: String) -> [String.Index] {
        let scalars = Array(text.unicodeScalars.indices)
        return TextShaper.lineBreakOffsets(in: text).map { scalars[$0] }
    }

    /// The glyph runs `text` is drawn with, in visual order: each run's font file, glyph ids
    /// and advances. For checking shaping against an independent shaper such as `hb-shape`.
    public func shapedRuns(of text: String, font: Font) -> [ShapedRun] {
        (try? shaper.withLine(text, font: font) { TextShaper.runs(of: $0) }) ?? []
    }
}
