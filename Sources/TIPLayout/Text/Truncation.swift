import TIPScene

/// `text` cut to fit `width` with a trailing "…", or unchanged when it fits.
///
/// Binary search on the number of characters kept: O(log n) measurements.
func truncated(_ text: String, font: Font, width: Double, measurer: any TextMeasurer) -> String {
    guard measurer.metrics(of: text, font: font).width > width else { return text }
    let characters = Array(text)
    var low = 0, high = characters.count
    while low < high {
        let mid = (low + high + 1) / 2
        let candidate = String(characters[..<mid]).trimmingTrailingSpaces() + "…"
        if measurer.metrics(of: candidate, font: font).width <= width { low = mid } else { high = mid - 1 }
    }
    return low == 0 ? "…" : String(characters[..<low]).trimmingTrailingSpaces() + "…"
}

extension String {
    /// Without trailing spaces.
    package func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
