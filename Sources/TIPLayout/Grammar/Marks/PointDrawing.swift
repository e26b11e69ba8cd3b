import TIPScene

/// Points: a marker per row at (x, y), one marker set per colour, shape, radius and opacity.
/// The size channel sets the area (``SizePlan``), the shape channel the symbol
/// (``ShapePlan``) and the opacity channel the fill's opacity (``OpacityPlan``); a row
/// without a size or a shape category is not drawn, as a row without a position is not.
/// With sizes, larger markers are drawn first so that small ones stay on top.
/// Without a size or an opacity, dense layers get smaller, translucent dots without an
/// outline (``pointRadius(forCount:)``, ``pointOpacity(forCount:)``), so 100,000 points
/// show their density instead of a solid blot.
///
/// - Complexity: O(n + g log g) for g marker sets.
func drawPoints(_ layer: PreparedLayer, _ ctx: DrawContext) -> DrawnLayer {
    struct Key: Hashable {
        var color: Color
        var shape: MarkerSet.Shape
        var radius: Double
        var alpha: Double
    }
    var out = DrawnLayer()
    var order: [Key] = []
    var byKey: [Key: [Point]] = [:]
    let xs = layer[.x] == nil ? nil : ctx.positions(layer[.x], rows: layer.rowCount, on: ctx.x)
    let ys = layer[.y] == nil ? nil : ctx.positions(layer[.y], rows: layer.rowCount, on: ctx.y)
    let visible = (0..<layer.rowCount).filter { row in
        !(xs?[row].isNaN ?? false) && !(ys?[row].isNaN ?? false)
    }
    let count = visible.count
    let dense = count > 500
    let defaultRadius = pointRadius(forCount: count)
    let defaultAlpha = min(0.9, pointOpacity(forCount: count))
    for row in visible {
        guard let radius = ctx.radius(layer, row: row, fallback: defaultRadius),
            let shape = ctx.symbol(layer, row: row)
        else { continue }
        let key = Key(
            color: ctx.fill(layer, row: row), shape: shape, radius: radius,
            alpha: ctx.alpha(layer, row: row, fallback: defaultAlpha))
        if byKey[key] == nil { order.append(key) }
        byKey[key, default: []].append(Point(x: xs?[row] ?? ctx.plot.center.x, y: ys?[row] ?? ctx.plot.center.y))
    }
    if layer[.size]?.isData == true {
        order = order.enumerated().sorted { ($1.element.radius, $0.offset) < ($0.element.radius, $1.offset) }.map(
            \.element)
    }
    for key in order {
        out.marks.append(
            .markers(
                MarkerSet(
                    shape: key.shape, points: byKey[key] ?? [], radius: key.radius,
                    style: ShapeStyle(
                        fill: key.color.withAlpha(key.alpha),
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
