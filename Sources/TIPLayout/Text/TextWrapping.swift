import TIPScene
/// Breaks `text` into lines no wider than `maxWidth`, at spaces, greedily.
///
/// A single word wider than `maxWidth` gets a line of its own (it is never cut: clipping
/// a word loses information, an over-wide line is caught by layout tests). Explicit
/// newlines are kept.
///
/// - Complexity: O(words) measurements.
public func wrapText(_ text: String, font: Font, maxWidth: Double, measurer: some TextMeasurer) -> [String] {
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
        var current = ""
        for word in paragraph.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if current.isEmpty || measurer.metrics(of: candidate, font: font).width <= maxWidth {
                current = candidate
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        lines.append(current)
    }
    return lines
}
