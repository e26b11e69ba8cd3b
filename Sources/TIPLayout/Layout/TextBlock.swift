import TIPScene
/// Lays out lines of text from a top edge downward and reports the height used.
struct TextBlock {
    let theme: Theme
    let measurer: any TextMeasurer

    /// Runs for `text` wrapped to `width`, starting at `top`, anchored at `x`.
    /// Returns the runs and the y just below the last line.
    func lines(
        _ text: String, font: Font, color: Color, x: Double, top: Double, width: Double,
        anchor: TextAnchor = .start
    ) -> (runs: [TextRun], bottom: Double) {
        var y = top
        var runs: [TextRun] = []
        for line in wrapText(drawable(text), font: font, maxWidth: width, measurer: measurer) where !line.isEmpty {
            let m = measurer.metrics(of: line, font: font)
            runs.append(
                TextRun(line, at: Point(x: x, y: y + m.ascent), anchor: anchor, font: font, color: color, metrics: m))
            y += m.height * theme.lineSpacing
        }
        return (runs, y)
    }

    /// The height `text` takes when wrapped to `width`.
    func height(_ text: String, font: Font, width: Double) -> Double {
        lines(text, font: font, color: .black, x: 0, top: 0, width: width).bottom
    }

    /// A single run with its metrics.
    func run(
        _ text: String, at point: Point, anchor: TextAnchor = .start, font: Font, color: Color,
        rotation: Double = 0
    ) -> TextRun {
        let shown = drawable(text)
        return TextRun(
            shown, at: point, anchor: anchor, font: font, color: color, rotation: rotation,
            metrics: measurer.metrics(of: shown, font: font))
    }

    /// `text` without control characters (a label from a file may hold U+0001 or U+007F),
    /// which no font draws: they would show as boxes. Line breaks stay for wrapping.
    func drawable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\n" }) else {
            return text
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: text.unicodeScalars.filter { $0.properties.generalCategory != .control || $0 == "\n" })
        return String(out)
    }
}
