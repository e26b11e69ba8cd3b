import TIPScene

/// Text: the text channel's value at (x, y), `dy` points above it (4 by default). Numbers
/// print with the value axis' format; a censored one gets "<". Years and other categories
/// print as the axis prints them: 2008, never "2,008".
///
/// - Complexity: O(n).
func drawTexts(_ layer: PreparedLayer, _ ctx: DrawContext, format: ValueFormat) -> DrawnLayer {
    var out = DrawnLayer()
    let font = ctx.theme.valueLabelFont
    for row in 0..<layer.rowCount {
        let x = layer[.x] == nil ? ctx.plot.center.x : ctx.position(layer[.x]?.cell(row), on: ctx.x)
        let y = layer[.y] == nil ? ctx.plot.center.y : ctx.position(layer[.y]?.cell(row), on: ctx.y)
        guard let x, let y, let cell = layer[.text]?.cell(row) else { continue }
        let text: String
        switch cell {
        case .number where layer[.text]?.isDiscrete == true: text = cell.label
        case let .number(v): text = (layer[.text]?.spec.format ?? format).string(v, locale: ctx.theme.numberLocale)
        case let .censored(v):
            text = "<" + (layer[.text]?.spec.format ?? format).string(v, locale: ctx.theme.numberLocale)
        case .missing: continue
        case let .text(s): text = s
        }
        let color = layer.mark.color ?? ctx.theme.textColor
        out.labels.append(
            ctx.block.run(
                text, at: Point(x: x, y: y - (layer.mark.dy ?? 4)), anchor: .middle, font: font, color: color))
    }
    return out
}

/// Labels kept in order, dropping each one whose box overlaps a kept label, leaves
/// `bounds`, or straddles the edge of one of `marks` (a label sits wholly inside a bar or
/// wholly outside it): value labels never sit on top of each other or of a neighbour's bar.
///
/// - Complexity: O(n² + n·m) for n labels and m marks.
func droppingCollisions(_ runs: [TextRun], within bounds: Rect, avoiding marks: [Rect] = []) -> [TextRun] {
    var kept: [TextRun] = []
    for run in runs {
        let box = run.bounds
        guard box.minX >= bounds.minX - 0.5, box.maxX <= bounds.maxX + 0.5, box.minY >= bounds.minY - 0.5,
            box.maxY <= bounds.maxY + 0.5
        else { continue }
        if kept.contains(where: { $0.bounds.overlaps(box) }) { continue }
        if marks.contains(where: { $0.overlaps(box.insetBy(0.5)) && !$0.contains(box) }) { continue }
        kept.append(run)
    }
    return kept
}
