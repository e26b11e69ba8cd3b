import TIPScene

/// Points: a dot per row at (x, y), one marker set per colour, `size` points in radius.
/// Without a size or an opacity, dense layers get smaller, translucent dots without an
/// outline (``pointRadius(forCount:)``, ``pointOpacity(forCount:)``), so 100,000 points
/// show their density instead of a solid blot.
///
/// - Complexity: O(n).
func drawPoints(_ layer: PreparedLayer, _ ctx: DrawContext) -> DrawnLayer {
    var out = DrawnLayer()
    var order: [Color] = []
    var byColor: [Color: [Point]] = [:]
    var count = 0
    let xs = layer[.x] == nil ? nil : ctx.positions(layer[.x], rows: layer.rowCount, on: ctx.x)
    let ys = layer[.y] == nil ? nil : ctx.positions(layer[.y], rows: layer.rowCount, on: ctx.y)
    for row in 0..<layer.rowCount {
        let x = xs?[row] ?? ctx.plot.center.x, y = ys?[row] ?? ctx.plot.center.y
        guard !x.isNaN, !y.isNaN else { continue }
        let color = ctx.fill(layer, row: row)
        if byColor[color] == nil { order.append(color) }
        byColor[color, default: []].append(Point(x: x, y: y))
        count += 1
    }
    let dense = count > 500
    for color in order {
        out.marks.append(
            .markers(
                MarkerSet(
                    points: byColor[color] ?? [], radius: layer.mark.size ?? pointRadius(forCount: count),
                    style: ShapeStyle(
                        fill: color.withAlpha(layer.mark.opacity ?? min(0.9, pointOpacity(forCount: count))),
                        stroke: dense ? nil : StrokeStyle(color: ctx.theme.background, width: 0.8)))))
    }
    return out
}

/// A dot's radius for a layer of `count` points: 3.5 up to 500 points, then shrinking with
/// the fourth root of the density, to 1.2 at about 100,000.
func pointRadius(forCount count: Int) -> Double {
    guard count > 500 else { return 3.5 }
    let radius = 3.5 * (500 / Double(count)).squareRoot().squareRoot()
    return max(1.2, (radius * 10).rounded() / 10)
}

/// A dot's opacity for a layer of `count` points: opaque up to 500 points, falling
/// linearly to 0.35 at 20,000 and beyond.
func pointOpacity(forCount count: Int) -> Double {
    guard count > 500 else { return 1 }
    return max(0.35, 1 - 0.65 * (Double(count) - 500) / 19_500)
}
