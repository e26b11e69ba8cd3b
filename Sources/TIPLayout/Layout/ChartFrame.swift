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

    /// The frame of a chart; `notes` ("Note 1: …", annotations moved out of the plot) stand
    /// above the source, each wrapped to the width.
    init(
        size: Size, text: ChartText, legend: [LegendEntry], notes: [String] = [], theme: Theme,
        measurer: any TextMeasurer
    ) {
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
        for text in notes.reversed() {
            let height = block.height(text, font: theme.sourceFont, width: width)
            let note = block.lines(
                text, font: theme.sourceFont, color: theme.textColor, x: edge, top: bottom - height - 2, width: width,
                anchor: anchor)
            runs += note.runs
            bottom -= height + 2
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
        let swatch = (font.size * 0.9).rounded()
        // A row is as tall as its text, or as the largest marker (a size legend's) with room around it.
        let largest =
            entries.compactMap { entry -> Double? in
                if case let .marker(shape, radius)? = entry.symbol { return 2 * radius * shape.reach + 4 }
                return nil
            }.max() ?? 0
        let textHeight = sample.height * theme.lineSpacing + 2
        let rowHeight = max(textHeight, largest)
        let lead = (rowHeight - textHeight) / 2
        var items: [SceneItem] = []
        var cursor = x
        var rowTop = top
        for entry in entries {
            let label = block.run(entry.label, at: .init(x: 0, y: 0), font: font, color: theme.textColor)
            let symbolWidth: Double =
                switch entry.symbol {
                case .title?: 0
                case let .marker(shape, radius)?: max(swatch, 2 * radius * shape.reach)
                case .swatch?, nil: swatch
                }
            let gap = symbolWidth > 0 ? 5.0 : 0
            let itemWidth = symbolWidth + gap + label.metrics.width
            if cursor > x, cursor + itemWidth > x + width {
                cursor = x
                rowTop += rowHeight
            }
            let baseline = rowTop + lead + sample.ascent
            let middle = baseline - sample.ascent / 2 - 0.5
            // Right to left, the item is mirrored within the row: its start is measured from the right edge.
            let start = rightToLeft ? 2 * x + width - cursor - itemWidth : cursor
            let symbolX = rightToLeft ? start + itemWidth - symbolWidth : start
            switch entry.symbol {
            case .title?: break
            case let .marker(shape, radius)?:
                items.append(
                    .markers(
                        MarkerSet(
                            shape: shape, points: [Point(x: symbolX + symbolWidth / 2, y: middle)], radius: radius,
                            style: .filled(entry.color))))
            case .swatch?, nil:
                items.append(
                    .rect(Rect(x: symbolX, y: middle - swatch / 2, width: swatch, height: swatch), .filled(entry.color))
                )
            }
            var placed = label
            placed.position = Point(x: rightToLeft ? start : start + symbolWidth + gap, y: baseline)
            items.append(.text(placed))
            // A title sits closer to its own entries than entries sit to each other.
            cursor += itemWidth + (entry.symbol == .title ? 8 : 16)
        }
        return (items, rowTop + rowHeight)
    }
}
