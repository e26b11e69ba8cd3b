import TIPScene

/// The rows of a line or area layer split into series by colour and detail, each in x
/// order (category order on a band axis), as canvas points; nil where a value is missing.
///
/// - Complexity: O(n log n).
func seriesPoints(
    _ layer: PreparedLayer, _ ctx: DrawContext, valueChannel: Channel = .y
)
    -> [(row: Int, points: [(row: Int, along: Double, value: Double?)])]
{
    let alongChannel: Channel = valueChannel == .y ? .x : .y
    let alongAxis = valueChannel == .y ? ctx.x : ctx.y, valueAxis = valueChannel == .y ? ctx.y : ctx.x
    var order: [String] = []
    var bySeries: [String: [(row: Int, along: Double, value: Double?)]] = [:]
    for row in 0..<layer.rowCount {
        guard let along = ctx.position(layer[alongChannel]?.cell(row), on: alongAxis) else { continue }
        let key = [Channel.color, .detail].map { layer[$0]?.cell(row)?.label ?? "" }.joined(separator: "\u{1F}")
        if bySeries[key] == nil { order.append(key) }
        bySeries[key, default: []].append((row, along, ctx.position(layer[valueChannel]?.cell(row), on: valueAxis)))
    }
    return order.compactMap { key in
        guard let points = bySeries[key]?.sorted(by: { $0.along < $1.along }), let first = points.first else {
            return nil
        }
        return (first.row, points)
    }
}

/// Lines: one per colour (and detail) group, through its points in x order, broken where
/// a value is missing. A point with no neighbour on either side is drawn as a dot so that
/// it never disappears; `point: true` draws every point.
///
/// - Complexity: O(n log n).
func drawLines(_ layer: PreparedLayer, _ ctx: DrawContext) -> DrawnLayer {
    var out = DrawnLayer()
    let valueChannel: Channel = ctx.x.band == nil && ctx.y.band != nil ? .x : .y
    for series in seriesPoints(layer, ctx, valueChannel: valueChannel) {
        let color = ctx.fill(layer, row: series.row)
        let xs = series.points.map { valueChannel == .y ? $0.along : ($0.value ?? .nan) }
        let ys = series.points.map { valueChannel == .y ? ($0.value ?? .nan) : $0.along }
        out.marks.append(
            .polyline(
                Polyline(xs: xs, ys: ys, scaleX: 1, offsetX: 0, scaleY: 1, offsetY: 0),
                StrokeStyle(
                    color: color, width: layer.mark.strokeWidth ?? 2, dash: layer.mark.strokeDash ?? [], cap: .round)))
        var dots: [Point] = []
        for (i, p) in series.points.enumerated() where p.value != nil {
            let before = i > 0 && series.points[i - 1].value != nil
            let after = i + 1 < series.points.count && series.points[i + 1].value != nil
            if layer.mark.point || (!before && !after) { dots.append(Point(x: xs[i], y: ys[i])) }
        }
        if !dots.isEmpty {
            out.marks.append(
                .markers(
                    MarkerSet(
                        points: dots, radius: layer.mark.size ?? 3.2,
                        style: ShapeStyle(fill: color, stroke: StrokeStyle(color: ctx.theme.background, width: 1)))))
        }
    }
    return out
}

/// Areas: for each colour group, the region between its line and the baseline (or its
/// range channel: a stack's lower edge, a band's `y2`), broken where a value is missing.
///
/// - Complexity: O(n log n).
func drawAreas(_ layer: PreparedLayer, _ ctx: DrawContext) -> DrawnLayer {
    var out = DrawnLayer()
    let base = ctx.baseline(on: ctx.y, vertical: true)
    for series in seriesPoints(layer, ctx) {
        let color = ctx.fill(layer, row: series.row)
        var run: [(x: Double, top: Double, bottom: Double)] = []
        func flush() {
            defer { run = [] }
            guard let first = run.first else { return }
            var elements: [Path.Element] = [.move(Point(x: first.x, y: first.top))]
            elements += run.dropFirst().map { .line(Point(x: $0.x, y: $0.top)) }
            elements += run.reversed().map { .line(Point(x: $0.x, y: $0.bottom)) }
            elements.append(.close)
            let single = run.count == 1
            out.marks.append(
                .path(
                    Path(elements),
                    ShapeStyle(
                        fill: color.withAlpha(layer.mark.opacity ?? 0.85),
                        stroke: single ? StrokeStyle(color: color, width: 3, cap: .round) : nil)))
        }
        for p in series.points {
            guard let top = p.value else {
                flush()
                continue
            }
            let bottom = layer[.y2]?.cell(p.row).flatMap { ctx.position($0, on: ctx.y) } ?? base
            run.append((p.along, top, bottom))
        }
        flush()
    }
    return out
}
