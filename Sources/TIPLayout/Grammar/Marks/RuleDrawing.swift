import TIPScene

/// Rules: a line across the whole plot at a `y` (or `x`) value, such as a mean; a segment
/// along a band from `y` to `y2` (a whisker); or from (x, y) to (x2, y2). A rule at a
/// constant (`datum`) with a title is labelled at its end ("Mean 12.5"); a `text` channel
/// labels each rule with its own words ("Median 7.0 years"), in bold, stepping down a line
/// where two vertical rules' labels would overlap (also with the `placed` labels of
/// earlier layers: a mean and a median drawn as two marks).
///
/// - Complexity: O(n · labels).
func drawRules(_ layer: PreparedLayer, _ ctx: DrawContext, placed: [TextRun] = []) -> DrawnLayer {
    var out = DrawnLayer()
    // A rule at constants alone is one rule, however many rows the data has.
    let constantOnly = [Channel.x, .y, .x2, .y2].allSatisfy { layer[$0]?.spec.field == nil }
    let rows = constantOnly ? 1 : layer.rowCount
    for row in 0..<rows {
        let x = ctx.position(layer[.x]?.cell(row), on: ctx.x)
        let y = ctx.position(layer[.y]?.cell(row), on: ctx.y)
        let x2 = ctx.position(layer[.x2]?.cell(row), on: ctx.x)
        let y2 = ctx.position(layer[.y2]?.cell(row), on: ctx.y)
        if layer[.x] != nil, x == nil { continue }
        if layer[.y] != nil, y == nil { continue }
        let from: Point, to: Point
        switch (x, y) {
        case let (nil, y?): (from, to) = (Point(x: ctx.plot.minX, y: y), Point(x: ctx.plot.maxX, y: y))
        case let (x?, nil): (from, to) = (Point(x: x, y: ctx.plot.minY), Point(x: x, y: ctx.plot.maxY))
        case let (x?, y?): (from, to) = (Point(x: x, y: y), Point(x: x2 ?? x, y: y2 ?? y))
        default: continue
        }
        let color = ctx.stroke(layer, row: row)
        out.marks.append(
            .path(
                .line(from: from, to: to),
                ShapeStyle(
                    stroke: StrokeStyle(
                        color: color, width: layer.mark.strokeWidth ?? (layer.partColor == nil ? 1.5 : 1),
                        dash: layer.mark.strokeDash ?? (constantOnly && layer.composite == nil ? [5, 3] : [])))))
        // A reference line at a constant says what it is; a text channel names each rule.
        let constant = layer[.y]?.spec.datum ?? layer[.x]?.spec.datum
        let given = layer[.text]?.cell(row)?.givenLabel ?? layer[.text]?.spec.value?.label
        let title = (layer[.y] ?? layer[.x])?.title
        if given != nil || (constant != nil && title != nil), x == nil || y == nil {
            let text = given ?? ((title ?? "") + " " + (constant?.label ?? ""))
            let font = Font(size: ctx.theme.valueLabelFont.size, weight: given == nil ? .regular : .bold)
            if y != nil {
                out.labels.append(
                    ctx.block.run(
                        text, at: Point(x: to.x - 2, y: to.y - 4), anchor: .end, font: font, color: color))
            } else {
                // At the top, right of the rule; a line lower while it would overlap an earlier label.
                let m = ctx.block.measurer.metrics(of: text, font: font)
                let ink = given == nil ? color : ctx.theme.textColor
                var run = ctx.block.run(
                    text, at: Point(x: from.x + 4, y: from.y + m.ascent + 2), anchor: .start, font: font, color: ink)
                // At most one step per earlier label, so an empty label cannot loop.
                let earlier = placed + out.labels
                for _ in earlier where earlier.contains(where: { $0.bounds.overlaps(run.bounds) }) {
                    run = ctx.block.run(
                        text, at: Point(x: run.position.x, y: run.position.y + m.height + 1), anchor: .start,
                        font: font, color: ink)
                }
                out.labels.append(run)
            }
        }
    }
    return out
}
