import TIPScene

/// Points: a dot per row at (x, y), one marker set per colour, `size` points in radius
/// (3.5 by default).
///
/// - Complexity: O(n).
func drawPoints(_ layer: PreparedLayer, _ ctx: DrawContext) -> DrawnLayer {
    var out = DrawnLayer()
    var order: [Color] = []
    var byColor: [Color: [Point]] = [:]
    for row in 0..<layer.rowCount {
        let x = layer[.x] == nil ? ctx.plot.center.x : ctx.position(layer[.x]?.cell(row), on: ctx.x)
        let y = layer[.y] == nil ? ctx.plot.center.y : ctx.position(layer[.y]?.cell(row), on: ctx.y)
        guard let x, let y else { continue }
        let color = ctx.fill(layer, row: row)
        if byColor[color] == nil { order.append(color) }
        byColor[color, default: []].append(Point(x: x, y: y))
    }
    for color in order {
        out.marks.append(
            .markers(
                MarkerSet(
                    points: byColor[color] ?? [], radius: layer.mark.size ?? 3.5,
                    style: ShapeStyle(
                        fill: color.withAlpha(layer.mark.opacity ?? 0.9),
                        stroke: StrokeStyle(color: ctx.theme.background, width: 0.8)))))
    }
    return out
}
