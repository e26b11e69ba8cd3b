internal import CTIPCairo
import Foundation

/// A font file cut down to the characters a document draws, by HarfBuzz's `hb-subset`, for
/// an SVG or HTML page to embed as a web font.
///
/// The subset keeps the glyphs of the requested characters and everything the font's
/// OpenType layout tables (GSUB) can reach from them (ligatures, Arabic joining forms), the
/// GPOS kerning between them and the font's metrics; hinting is dropped, since the charts
/// are drawn unhinted. The same file and characters give the same bytes.
struct FontSubset: Sendable, Equatable {
    /// The OpenType (TrueType or CFF) bytes of the subset.
    let bytes: [UInt8]
    /// The face's weight, 100...900 (OS/2 `usWeightClass`): 400 regular, 700 bold.
    let weight: Int

    /// The data-URI media type of the bytes: `font/otf` for CFF outlines, `font/ttf` otherwise.
    var mediaType: String { bytes.starts(with: Array("OTTO".utf8)) ? "font/otf" : "font/ttf" }

    /// A CSS `@font-face` rule that names the subset `family`, with the bytes in a base64 data URI.
    ///
    /// - Complexity: O(n) in the size of the subset.
    func fontFaceRule(family: String) -> String {
        "@font-face{font-family:\"\(family)\";font-weight:\(weight);src:url(data:\(mediaType);base64,"
            + Data(bytes).base64EncodedString() + ")}"
    }

    /// Subsets face `faceIndex` of `file` to `scalars`, or nil when HarfBuzz cannot read the
    /// file or subset it. Results are cached per file, face and character set, so a report's
    /// charts that share their characters subset once.
    ///
    /// - Complexity: about linear in the size of the font's tables reached by `scalars`
    ///   (a few milliseconds for DejaVu Sans); O(1) from the cache.
    static func make(file: String, faceIndex: Int, scalars: Set<UInt32>) -> FontSubset? {
        let key = Key(file: file, faceIndex: faceIndex, scalars: scalars)
        if let known = cache.withLock({ $0[key] }) { return known }
        guard let subset = subsetUncached(file: file, faceIndex: faceIndex, scalars: scalars) else { return nil }
        cache.withLock { entries in
            if entries.count >= cacheLimit { entries.removeAll(keepingCapacity: true) }
            entries[key] = subset
        }
        return subset
    }

    private struct Key: Hashable {
        let file: String
        let faceIndex: Int
        let scalars: Set<UInt32>
    }

    private static let cache = Locked<[Key: FontSubset]>([:])
    private static let cacheLimit = 256

    private static func subsetUncached(file: String, faceIndex: Int, scalars: Set<UInt32>) -> FontSubset? {
        guard let blob = hb_blob_create_from_file_or_fail(file) else { return nil }
        defer { hb_blob_destroy(blob) }
        guard let face = hb_face_create(blob, UInt32(max(0, faceIndex))) else { return nil }
        defer { hb_face_destroy(face) }
        // HarfBuzz makes an empty face of bytes that are no font.
        guard hb_face_get_glyph_count(face) > 0 else { return nil }
        guard let input = hb_subset_input_create_or_fail() else { return nil }
        defer { hb_subset_input_destroy(input) }
        let unicodes = hb_subset_input_unicode_set(input)
        // In order, so that the set is built the same way every time.
        for scalar in scalars.sorted() { hb_set_add(unicodes, scalar) }
        hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING.rawValue)
        guard let subset = hb_subset_or_fail(face, input) else { return nil }
        defer { hb_face_destroy(subset) }
        guard let out = hb_face_reference_blob(subset) else { return nil }
        defer { hb_blob_destroy(out) }
        var length: UInt32 = 0
        guard let data = hb_blob_get_data(out, &length), length > 0 else { return nil }
        let bytes = UnsafeRawBufferPointer(start: data, count: Int(length)).map { $0 }
        return FontSubset(bytes: bytes, weight: weight(of: face))
    }

    /// The face's OS/2 weight class, 400 when the font states none.
    private static func weight(of face: OpaquePointer) -> Int {
        guard let font = hb_font_create(face) else { return 400 }
        defer { hb_font_destroy(font) }
        let value = Int(hb_style_get_value(font, HB_STYLE_TAG_WEIGHT).rounded())
        return (100...900).contains(value) ? value : 400
    }
}
