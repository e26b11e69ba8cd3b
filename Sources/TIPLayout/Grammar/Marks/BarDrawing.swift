import TIPScene

/// Bars: on a band axis, each row's bar fills its band (or its `xOffset` share of it)
/// from the baseline, or from the range channel, to the value. Between two continuous axes,
/// a bar spans `x`…`x2` (a histogram's bin). A censored value ("<5") is an outlined,
/// dashed bar; a missing one draws nothing.
///
/// - Complexity: O(n).
func drawBars(_ layer: PreparedLayer, _ ctx: DrawContext) -> DrawnLayer {
    var out = DrawnLayer()
    let vertical = ctx.isVertical
    let (bandChannel, valueChannel, rangeChannel, offsetChannel): (Channel, Channel, Channel, Channel) =
        vertical ? (.x, .y, .y2, .xOffset) : (.y, .x, .x2, .yOffset)
    let bandAxis = vertical ? ctx.x : ctx.y
    let valueAxis = vertical ? ctx.y : ctx.x
    let dodge = layer[offsetChannel].map { e in
        orderedLabels((0..<layer.rowCount).compactMap { e.cell($0) })
    }
    for row in 0..<layer.rowCount {
        guard let cell = layer[valueChannel]?.cell(row), let end = ctx.position(cell, on: valueAxis) else { continue }
        let start =
            layer[rangeChannel]?.cell(row).flatMap { ctx.position($0, on: valueAxis) }
            ?? ctx.baseline(on: valueAxis, vertical: vertical)
        var across: (start: Double, width: Double)
        if let band = ctx.band(layer[bandChannel]?.cell(row) ?? .text(""), on: bandAxis) {
            across = band
        } else if let a = layer[bandChannel]?.cell(row).flatMap({ ctx.position($0, on: bandAxis) }) {
            let rangeEnd = layer[bandChannel == .x ? .x2 : .y2]?.cell(row).flatMap { ctx.position($0, on: bandAxis) }
            across = rangeEnd.map { (min(a, $0) + 0.5, max(abs($0 - a) - 1, 0.5)) } ?? (a - 3, 6)
        } else {
            continue
        }
        if let dodge, let key = layer[offsetChannel]?.cell(row)?.label, let i = dodge.firstIndex(of: key) {
            let share = across.width / Double(dodge.count)
            across = (across.start + share * Double(i) + share * 0.05, share * 0.9)
        }
        let (lo, hi) = (min(start, end), max(start, end))
        let rect =
            vertical
            ? Rect(x: across.start, y: lo, width: across.width, height: hi - lo)
            : Rect(x: lo, y: across.start, width: hi - lo, height: across.width)
        let fill = ctx.fill(layer, row: row)
        let alpha = layer.mark.opacity ?? 1
        let censored = layer[rangeChannel]?.cell(row)?.isCensored == true || cell.isCensored
        out.marks.append(
            .rect(
                rect,
                censored
                    ? ShapeStyle(
                        fill: fill.withAlpha(0.12), stroke: StrokeStyle(color: fill, width: 1.2, dash: [3, 2]))
                    : .filled(fill.withAlpha(alpha))))
    }
    return out
}

/// Labels in first-seen order.
func orderedLabels(_ cells: [FieldValue]) -> [String] {
    var seen = Set<String>()
    return cells.map(\.label).filter { seen.insert($0).inserted }
}
