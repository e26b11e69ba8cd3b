import TIPScene

/// Rectangles: from (x, y) to (x2, y2) on continuous axes, or the whole cell of a band on
/// a discrete one (a country × year heatmap), filled by the colour channel. A `text`
/// channel labels each cell at its centre, in black or white for contrast with the fill,
/// when the label fits inside the cell.
///
/// - Complexity: O(n).
func drawRects(_ layer: PreparedLayer, _ ctx: DrawContext) -> DrawnLayer {
    var out = DrawnLayer()
    func span(_ main: Channel, _ range: Channel, _ axis: ResolvedAxis, row: Int) -> (Double, Double)? {
        let cell = layer[main]?.cell(row)
        if let band = ctx.band(cell, on: axis) { return (band.start, band.start + band.width) }
        guard let a = ctx.position(cell, on: axis) else {
            // No encoding on this axis: the whole plot.
            if layer[main] == nil {
                return main == .x ? (ctx.plot.minX, ctx.plot.maxX) : (ctx.plot.minY, ctx.plot.maxY)
            }
            return nil
        }
        guard let b = layer[range]?.cell(row).flatMap({ ctx.position($0, on: axis) }) else { return nil }
        return (min(a, b), max(a, b))
    }
    for row in 0..<layer.rowCount {
        guard let (x0, x1) = span(.x, .x2, ctx.x, row: row), let (y0, y1) = span(.y, .y2, ctx.y, row: row) else {
            continue
        }
        // A cell whose colour value is missing stays empty rather than taking a palette colour.
        if let e = layer[.color], e.isData, e.cell(row).map({ if case .missing = $0 { true } else { false } }) ?? true {
            continue
        }
        let fill = ctx.fill(layer, row: row).withAlpha(ctx.alpha(layer, row: row, fallback: 1))
        let rect = Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
        out.marks.append(.rect(rect, .filled(fill)))
        if let label = layer[.text]?.cell(row)?.givenLabel, !label.isEmpty {
            let font = ctx.theme.valueLabelFont
            let m = ctx.block.measurer.metrics(of: label, font: font)
            if m.width + 4 <= rect.width, m.height + 2 <= rect.height {
                out.insideLabels.append(
                    ctx.block.run(
                        label, at: Point(x: rect.center.x, y: rect.center.y + m.ascent - m.height / 2),
                        anchor: .middle, font: font, color: labelColor(on: fill, theme: ctx.theme)))
            }
        }
    }
    return out
}
