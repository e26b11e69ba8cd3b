/// One run of glyphs as the renderer draws it: a single font and direction, in visual order.
///
/// Tests compare these with HarfBuzz's own `hb-shape` on the same font file.
public struct ShapedRun: Sendable, Equatable {
    /// The font file the run's glyphs come from.
    public let fontFile: String
    /// The face within the file (0 except in font collections such as Noto Sans CJK).
    public let faceIndex: Int
    /// Glyph ids, left to right.
    public let glyphs: [UInt32]
    /// Each glyph's advance in points, left to right.
    public let advances: [Double]
    /// Whether the run reads right to left.
    public let isRightToLeft: Bool
    /// Where the run's characters are in the line's text, in UTF-8 bytes.
    let textRange: Range<Int>
    /// Each glyph's cluster: the byte offset, from `textRange`'s start, of the characters it draws.
    let clusters: [Int]
}
