import TIPScene

/// Ticks: a short line across the band at the value (a median line, a whisker's cap, a
/// strip plot's observation). A negative `size` is a fraction of the band; a positive one
/// is points; the default is 60 % of the band (10 points on a continuous axis).
///
/// - Complexity: O(n).
func drawTicks(_ layer: PreparedLayer, _ ctx: DrawContext) -> DrawnLayer {
    var out = DrawnLayer()
    let vertical = ctx.isVertical
    let (bandChannel, valueChannel) = vertical ? (Channel.x, Channel.y) : (.y, .x)
    let bandAxis = vertical ? ctx.x : ctx.y, valueAxis = vertical ? ctx.y : ctx.x
    for row in 0..<layer.rowCount {
        guard let v = ctx.position(layer[valueChannel]?.cell(row), on: valueAxis) else { continue }
        let band = ctx.band(layer[bandChannel]?.cell(row) ?? .text(""), on: bandAxis)
        let centre =
            band.map { $0.start + $0.width / 2 }
            ?? ctx.position(layer[bandChannel]?.cell(row), on: bandAxis)
            ?? (vertical ? ctx.plot.center.x : ctx.plot.center.y)
        let size = layer.mark.size ?? -0.6
        let length = size < 0 ? -size * (band?.width ?? 16) : size
        let (a, b) =
            vertical
            ? (Point(x: centre - length / 2, y: v), Point(x: centre + length / 2, y: v))
            : (Point(x: v, y: centre - length / 2), Point(x: v, y: centre + length / 2))
        out.marks.append(
            .path(
                .line(from: a, to: b),
                ShapeStyle(
                    stroke: StrokeStyle(
                        color: ctx.stroke(layer, row: row), width: layer.mark.strokeWidth ?? (size == -1 ? 2 : 1.2)))))
    }
    return out
}
