import TIPScene
/// The parts every chart shares: title, subtitle and legend on top, the source note at
/// the bottom, and the rectangle left for the chart body in between.
///
/// The legend sits in the header, below the subtitle, in rows that wrap: it can never
/// cover data, at any canvas size.
struct ChartFrame {
    var items: [SceneItem] = []
    /// What remains for axes and marks.
    var body: Rect

    init(size: Size, text: ChartText, legend: [LegendEntry], theme: Theme, measurer: any TextMeasurer) {
        let block = TextBlock(theme: theme, measurer: measurer)
        let width = size.width - 2 * theme.margin
        let x = theme.margin
        // Right to left, text blocks hang from the right edge.
        let rtl = theme.isRightToLeft
        let (edge, anchor): (Double, TextAnchor) = rtl ? (x + width, .end) : (x, .start)
        var y = theme.margin
        var runs: [TextRun] = []

        let title = block.lines(
            text.title, font: theme.titleFont, color: theme.textColor, x: edge, top: y, width: width, anchor: anchor)
        runs += title.runs
        y = title.bottom
        if let subtitle = text.subtitle, !subtitle.isEmpty {
            let sub = block.lines(
                subtitle, font: theme.subtitleFont, color: theme.mutedTextColor, x: edge, top: y + 2, width: width,
                anchor: anchor)
            runs += sub.runs
            y = sub.bottom
        }
        if !legend.isEmpty {
            let (legendItems, bottom) = Self.legend(
                legend, x: x, top: y + theme.gap, width: width, theme: theme, block: block, rightToLeft: rtl)
            items += legendItems
            y = bottom
        }
        var bottom = size.height - theme.margin
        if let source = text.source, !source.isEmpty {
            let height = block.height(source, font: theme.sourceFont, width: width)
            let note = block.lines(
                source, font: theme.sourceFont, color: theme.mutedTextColor, x: edge,
                top: bottom - height, width: width, anchor: anchor)
            runs += note.runs
            bottom -= height
        }
        items += runs.map(SceneItem.text)
        body = Rect(
            x: x, y: y + theme.gap * 1.5, width: width, height: max(0, bottom - theme.gap - (y + theme.gap * 1.5)))
    }

    /// Swatches and labels flowing left to right, wrapping to new rows; right to left, each
    /// swatch sits to the right of its label and the entries flow from the right edge.
    static func legend(
        _ entries: [LegendEntry], x: Double, top: Double, width: Double, theme: Theme,
        block: TextBlock, rightToLeft: Bool = false
    ) -> ([SceneItem], Double) {
        let font = theme.legendFont
        let sample = block.measurer.metrics(of: "Ag", font: font)
        let rowHeight = sample.height * theme.lineSpacing + 2
        let swatch = (font.size * 0.9).rounded()
        var items: [SceneItem] = []
        var cursor = x
        var rowTop = top
        for entry in entries {
            let label = block.run(entry.label, at: .init(x: 0, y: 0), font: font, color: theme.textColor)
            let itemWidth = swatch + 5 + label.metrics.width
            if cursor > x, cursor + itemWidth > x + width {
                cursor = x
                rowTop += rowHeight
            }
            let baseline = rowTop + sample.ascent
            let swatchTop = baseline - sample.ascent / 2 - swatch / 2 - 0.5
            // Right to left, the item is mirrored within the row: its start is measured from the right edge.
            let start = rightToLeft ? 2 * x + width - cursor - itemWidth : cursor
            let swatchX = rightToLeft ? start + itemWidth - swatch : start
            items.append(.rect(Rect(x: swatchX, y: swatchTop, width: swatch, height: swatch), .filled(entry.color)))
            var placed = label
            placed.position = Point(x: rightToLeft ? start : start + swatch + 5, y: baseline)
            items.append(.text(placed))
            cursor += itemWidth + 16
        }
        return (items, rowTop + rowHeight)
    }
}
