internal import CTIPCairo

/// A pointer the pool hands from thread to thread; only one thread uses it at a time.
struct PooledPointer: @unchecked Sendable {
    let pointer: OpaquePointer
}

/// A private fontconfig configuration over a fixed list of font files, and a pool of
/// Pango contexts that see only those fonts.
///
/// Pango contexts and font maps must not be shared between threads, so each shaping call
/// borrows a context from the pool (making one when the pool is empty) and returns it.
/// fontconfig itself is thread-safe, so the contexts share one configuration.
final class FontConfiguration: @unchecked Sendable {
    let config: OpaquePointer
    /// The character set of each face, in the order the files were added.
    let charsets: [OpaquePointer]
    private let pool = Locked<[PooledPointer]>([])

    /// Scans `files` into a configuration of their own (no system directories, no
    /// aliases, no caches).
    ///
    /// - Throws: ``RenderError/font(path:code:)`` naming the first file fontconfig cannot read.
    init(files: [String]) throws(RenderError) {
        guard let config = FcConfigCreate() else { throw .font(path: "fontconfig", code: -1) }
        for file in files where FcConfigAppFontAddFile(config, file) == 0 {
            FcConfigDestroy(config)
            throw .font(path: file, code: -1)
        }
        self.config = config
        var charsets: [OpaquePointer] = []
        if let set = FcConfigGetFonts(config, FcSetApplication) {
            for index in 0..<Int(set.pointee.nfont) {
                var charset: OpaquePointer?
                if let pattern = set.pointee.fonts[index],
                    FcPatternGetCharSet(pattern, "charset", 0, &charset) == FcResultMatch,
                    let charset
                {
                    charsets.append(charset)
                }
            }
        }
        self.charsets = charsets
    }

    /// Whether some face of the configuration has a glyph for `scalar`.
    func covers(_ scalar: Unicode.Scalar) -> Bool {
        charsets.contains { FcCharSetHasChar($0, scalar.value) != 0 }
    }

    /// Runs `body` with a Pango context of this configuration that no other thread uses meanwhile.
    func withContext<Result>(_ body: (OpaquePointer) throws(RenderError) -> Result) throws(RenderError) -> Result {
        let context: OpaquePointer
        if let pooled = pool.withLock({ $0.popLast() }) {
            context = pooled.pointer
        } else {
            context = try makeContext()
        }
        defer { pool.withLock { $0.append(PooledPointer(pointer: context)) } }
        return try body(context)
    }

    /// A context with unhinted metrics and unrounded glyph positions, so that measuring
    /// and drawing agree at every scale and in every format.
    private func makeContext() throws(RenderError) -> OpaquePointer {
        guard let map = tip_font_map_new(config) else { throw .font(path: "Pango font map", code: -1) }
        defer { tip_object_unref(map) }
        guard let context = pango_font_map_create_context(map) else { throw .font(path: "Pango context", code: -1) }
        let options = TextShaper.makeOptions()
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_context_set_round_glyph_positions(context, 0)
        return context
    }
}
