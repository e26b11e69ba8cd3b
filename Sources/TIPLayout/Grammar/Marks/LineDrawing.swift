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
        guard var points = bySeries[key]?.sorted(by: { $0.along < $1.along }), let first = points.first else {
            return nil
        }
        // On a category axis, a category the series lacks between two it has is a gap: a
        // line never bridges a missing year as if it had been reported.
        if case let .band(band) = alongAxis, points.count > 1 {
            let present = Set(points.map(\.along))
            let centres = band.categories.indices.map(band.center)
            let lo = points[0].along, hi = points[points.count - 1].along
            for c in centres where c > lo && c < hi && !present.contains(c) { points.append((-1, c, nil)) }
            points.sort { $0.along < $1.along }
        }
        return (first.row, points)
    }
}

/// Lines: one per colour (and detail) group, through its points in x order, broken where
/// a value is missing or censored. A point with no neighbour on either side is drawn as a dot so that
/// it never disappears; `point: true` draws every point. A censored value is an open
/// circle labelled with its bound ("<5", in `format`); several series censored at one
/// position step 7 points apart, so none hides another.
///
/// - Complexity: O(n log n).
func drawLines(_ layer: PreparedLayer, _ ctx: DrawContext, format: ValueFormat = .count) -> DrawnLayer {
    var out = DrawnLayer()
    var censoredAt: [Point: Int] = [:]
    let valueChannel: Channel = ctx.x.band == nil && ctx.y.band != nil ? .x : .y
    for series in seriesPoints(layer, ctx, valueChannel: valueChannel) {
        let color = ctx.fill(layer, row: series.row)
        // A censored value is a bound, not a point on the line: the line breaks there.
        let isCensored = series.points.map { $0.row >= 0 && layer[valueChannel]?.cell($0.row)?.isCensored == true }
        let onLine = zip(series.points, isCensored).map { $1 ? nil : $0.value }
        let xs = series.points.map { valueChannel == .y ? $0.along : ($0.value ?? .nan) }
        let ys = series.points.map { valueChannel == .y ? ($0.value ?? .nan) : $0.along }
        // One polyline per unbroken run: a scene holds no NaN, so it always serialises to JSON.
        let stroke = StrokeStyle(
            color: color, width: layer.mark.strokeWidth ?? 2, dash: layer.mark.strokeDash ?? [], cap: .round)
        var run: [Point] = []
        let alongAxis = valueChannel == .y ? ctx.x : ctx.y
        let half: Double? = if case let .band(band) = alongAxis { band.step / 2 } else { nil }
        func flush() {
            let drawn = layer.mark.interpolate == .step ? stepped(run, half: half, alongX: valueChannel == .y) : run
            if drawn.count > 1 {
                out.marks.append(
                    .polyline(
                        // M4 to half-point columns: a million points keep only what the pixels can show.
                        Polyline(
                            xs: drawn.map(\.x), ys: drawn.map(\.y), scaleX: 1, offsetX: 0, scaleY: 1, offsetY: 0
                        ).decimated(columnWidth: 0.5),
                        stroke))
            }
            run = []
        }
        for (p, value) in zip(series.points, onLine) {
            guard let value else {
                flush()
                continue
            }
            run.append(valueChannel == .y ? Point(x: p.along, y: value) : Point(x: value, y: p.along))
        }
        flush()
        var dots: [Point] = [], hollow: [Point] = []
        for (i, p) in series.points.enumerated() where p.value != nil {
            let before = i > 0 && onLine[i - 1] != nil
            let after = i + 1 < series.points.count && onLine[i + 1] != nil
            // A censored value ("<5") is an open circle: a bound, not a reading.
            if isCensored[i], let bound = layer[valueChannel]?.cell(p.row)?.number {
                let at = Point(x: xs[i], y: ys[i])
                let step = censoredAt[at, default: 0]
                censoredAt[at] = step + 1
                let center = Point(x: at.x + 7 * Double(step), y: at.y)
                hollow.append(center)
                let label = "<" + format.string(bound, locale: ctx.theme.numberLocale)
                out.labels.append(
                    ctx.block.run(
                        label, at: Point(x: center.x, y: center.y - 7), anchor: .middle,
                        font: ctx.theme.valueLabelFont, color: color))
            } else if layer.mark.point || (!before && !after) {
                dots.append(Point(x: xs[i], y: ys[i]))
            }
        }
        let radius = layer.mark.size ?? 3.2
        if !dots.isEmpty {
            out.marks.append(
                .markers(
                    MarkerSet(
                        points: dots, radius: radius,
                        style: ShapeStyle(fill: color, stroke: StrokeStyle(color: ctx.theme.background, width: 1)))))
        }
        if !hollow.isEmpty {
            out.marks.append(
                .markers(
                    MarkerSet(
                        points: hollow, radius: radius,
                        style: ShapeStyle(fill: ctx.theme.background, stroke: StrokeStyle(color: color, width: 1.5)))))
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

/// The corners of a step line through `points` (in order along x when `alongX`, else
/// along y): each point's level runs from halfway to its previous neighbour to halfway to
/// its next one, and the two ends reach `half` beyond their point (a band's half step), or
/// as far as halfway to their neighbour.
///
/// - Complexity: O(n).
func stepped(_ points: [Point], half: Double?, alongX: Bool) -> [Point] {
    guard !points.isEmpty else { return [] }
    let along = points.map { alongX ? $0.x : $0.y }
    var out: [Point] = []
    for i in points.indices {
        let before =
            i > 0
            ? (along[i - 1] + along[i]) / 2
            : along[i] - (half ?? (i + 1 < along.count ? (along[i + 1] - along[i]) / 2 : 0))
        let after =
            i + 1 < along.count
            ? (along[i] + along[i + 1]) / 2 : along[i] + (half ?? (i > 0 ? (along[i] - along[i - 1]) / 2 : 0))
        for a in [before, after] {
            out.append(alongX ? Point(x: a, y: points[i].y) : Point(x: points[i].x, y: a))
        }
    }
    return out
}
