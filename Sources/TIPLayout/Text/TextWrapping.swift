import TIPScene

/// Breaks `text` into lines no wider than `maxWidth`, greedily, at the break opportunities
/// the measurer gives (``/TIPScene/TextMeasurer/lineBreakOpportunities(in:)``: UAX #14 with
/// the Cairo measurer, so Thai and Chinese wrap too; after spaces by default).
///
/// A piece between two opportunities that is wider than `maxWidth` gets a line of its own
/// (it is never cut: clipping a word loses information, an over-wide line is caught by
/// layout tests). Explicit newlines are kept; spaces at the ends of lines are dropped.
///
/// - Complexity: O(break opportunities) measurements.
public func wrapText(_ text: String, font: Font, maxWidth: Double, measurer: some TextMeasurer) -> [String] {
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
        let paragraph = String(paragraph)
        let ends = measurer.lineBreakOpportunities(in: paragraph) + [paragraph.endIndex]
        var start = paragraph.startIndex
        var fitted: String.Index?
        var next = 0
        while next < ends.count {
            let candidate = trimmedLine(paragraph[start..<ends[next]])
            if let lastFit = fitted, measurer.metrics(of: candidate, font: font).width > maxWidth {
                lines.append(trimmedLine(paragraph[start..<lastFit]))
                start = lastFit
                fitted = nil
            } else {
                fitted = ends[next]
                next += 1
            }
        }
        lines.append(trimmedLine(paragraph[start...]))
    }
    return lines
}

/// `line` without the spaces at either end.
private func trimmedLine(_ line: Substring) -> String {
    String(line.drop { $0 == " " }).trimmingTrailingSpaces()
}
