/// Measures text in the face that will draw it. The Cairo renderer supplies the real
/// one; tests can use ``ApproximateTextMeasurer``.
public protocol TextMeasurer: Sendable {
    /// The advance width, ascent and descent of `text` set in `font`, in points.
    func metrics(of text: String, font: Font) -> TextMetrics

    /// Where a line may break in `text`: the index of each character a new line may start
    /// with, in order, never `startIndex`. Spaces before a break stay on the earlier line.
    /// The default breaks after each run of spaces; the Cairo measurer follows UAX #14.
    func lineBreakOpportunities(in text: String) -> [String.Index]
}

extension TextMeasurer {
    /// After each run of spaces: the index of every non-space character that follows a space.
    ///
    /// - Complexity: O(n) in the length of `text`.
    public func lineBreakOpportunities(in text: String) -> [String.Index] {
        var breaks: [String.Index] = []
        var afterSpace = false
        for index in text.indices {
            if text[index] == " " {
                afterSpace = true
            } else {
                if afterSpace { breaks.append(index) }
                afterSpace = false
            }
        }
        return breaks
    }
}

/// Metrics from a fixed advance per character, for tests that need layout without a
/// font: every character is `advance × size` wide, ascent 0.76 × size, descent 0.24 × size
/// (close to DejaVu Sans).
public struct ApproximateTextMeasurer: TextMeasurer {
    /// Each character's advance as a fraction of the font size.
    public var advance: Double

    /// A measurer giving every character `advance × size` points.
    public init(advance: Double = 0.6) { self.advance = advance }

    /// Width `advance × size × characters`; ascent and descent from the size.
    public func metrics(of text: String, font: Font) -> TextMetrics {
        TextMetrics(
            width: Double(text.count) * advance * font.size, ascent: 0.76 * font.size, descent: 0.24 * font.size)
    }
}
