import Foundation
import TIPCharts

/// Tells the user, on standard error, about characters that no font can draw
/// (each once): they would show as empty boxes. The chart is still written.
func warnAboutMissingGlyphs(_ missing: [MissingGlyph]) {
    var seen = Set<Unicode.Scalar>()
    for glyph in missing where seen.insert(glyph.character).inserted {
        FileHandle.standardError.write(
            Data("warning: no font can draw \(glyph); it will show as an empty box\n".utf8))
    }
}
