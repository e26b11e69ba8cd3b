import TIPScene

/// A character that neither the bundled font nor an installed fallback can draw: it would show as an empty box.
public struct MissingGlyph: Sendable, Hashable, CustomStringConvertible {
    /// The character.
    public let character: Unicode.Scalar
    /// The text run it appears in.
    public let text: String

    /// "'中' (U+4E2D) in '中国'".
    public var description: String {
        let hex = String(character.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return "'\(character)' (\(code)) in '\(text)'"
    }
}

extension SceneRenderer {
    /// Every character of the scene's text that no face of ``FontFiles`` has a glyph for, once
    /// per character and text, in paint order. Callers report these instead of letting them
    /// print as boxes (the command-line tool warns on standard error).
    ///
    /// - Complexity: O(characters of text).
    public func missingGlyphs(in scene: Scene) -> [MissingGlyph] {
        var found: [MissingGlyph] = []
        var seen = Set<MissingGlyph>()
        for run in scene.textRuns {
            for scalar in run.text.unicodeScalars where !shaper.covers(scalar, weight: run.font.weight) {
                let missing = MissingGlyph(character: scalar, text: run.text)
                if seen.insert(missing).inserted { found.append(missing) }
            }
        }
        return found
    }
}
