import TIPScene

/// The rows of a line or area layer split into series by colour and detail, each in x
/// order (category order on a band axis), or in the order field's order when the layer has
/// one (``PreparedLayer/orderRanks()``), as canvas points; nil where a value is missing.
///
/// Channels are resolved once, and series are told apart by the label of their colour and
/// detail cells, interned to small integers, so a million-point line costs one pass, one
/// sortedness check and no per-row string keys.
///
/// - Complexity: O(n) when each series' rows come in x order, else O(n log n).
func seriesPoints(
    _ layer: PreparedLayer, _ ctx: DrawContext, valueChannel: Channel = .y
)
    -> [(row: Int, points: [(row: Int, along: Double, value: Double?)])]
{
    let alongChannel: Channel = valueChannel == .y ? .x : .y
    let alongAxis = valueChannel == .y ? ctx.x : ctx.y, valueAxis = valueChannel == .y ? ctx.y : ctx.x
    let along = ctx.positions(layer[alongChannel], rows: layer.rowCount, on: alongAxis)
    let value = ctx.positions(layer[valueChannel], rows: layer.rowCount, on: valueAxis)
    let keys = [layer[.color], layer[.detail]].compactMap { $0 }.filter(\.isData)
    var seriesOf: [[String]: Int] = [:]
    var series: [[(row: Int, along: Double, value: Double?)]] = []
    var sorted: [Bool] = []
    for row in 0..<layer.rowCount where !along[row].isNaN {
        let a = along[row]
        let s: Int
        if keys.isEmpty {
            s = 0
        } else {
            let key = keys.map { $0.cell(row)?.label ?? "" }
            if let known = seriesOf[key] {
                s = known
            } else {
                s = series.count
                seriesOf[key] = s
            }
        }
        if s == series.count {
            series.append([])
            series[s].reserveCapacity(keys.isEmpty ? layer.rowCount : 0)
            sorted.append(true)
        }
        if let last = series[s].last, last.along > a { sorted[s] = false }
        series[s].append((row, a, value[row].isNaN ? nil : value[row]))
    }
    // With an order field, a line joins its points in that order, and a gap is only a missing
    // value. (An area's order field orders its stack instead.)
    if layer.mark.type == .line, let ranks = layer.orderRanks() {
        return series.compactMap { found in
            guard let first = found.first else { return nil }
            let ordered = found.enumerated().sorted {
                (ranks[$0.element.row], $0.offset) < (ranks[$1.element.row], $1.offset)
            }
            return (first.row, ordered.map(\.element))
        }
    }
    return zip(series, sorted).compactMap { found, inOrder in
        guard let first = found.first else { return nil }
        var points = inOrder ? found : inXOrder(found)
        // On a category axis, a category the series lacks between two it has is a gap: a
        // line never bridges a missing year as if it had been reported.
        if case let .band(band) = alongAxis, points.count > 1 {
            let present = Set(points.map(\.along))
            let centres = band.categories.indices.map(band.center)
            let lo = points[0].along, hi = points[points.count - 1].along
            for c in centres where c > lo && c < hi && !present.contains(c) { points.append((-1, c, nil)) }
            points = inXOrder(points)
        }
        return (first.row, points)
    }
}

/// `points` sorted by position along the axis, ties in their given order (a stable sort).
///
/// - Complexity: O(n log n).
private func inXOrder(
    _ points: [(row: Int, along: Double, value: Double?)]
) -> [(row: Int, along: Double, value: Double?)] {
    points.enumerated().sorted { ($0.element.along, $0.offset) < ($1.element.along, $1.offset) }.map(\.element)
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
    let alongX = valueChannel == .y
    let valueEncoding = layer[valueChannel]
    // A numeric column without flags has no censored value: no row needs a look.
    let mayBeCensored: Bool =
        if case let .column(.numbers(_, flags))? = valueEncoding?.source { !flags.isEmpty } else { true }
    func isCensored(_ row: Int) -> Bool {
        mayBeCensored && row >= 0 && valueEncoding?.cell(row)?.isCensored == true
    }
    let alongAxis = alongX ? ctx.x : ctx.y
    let half: Double? = if case let .band(band) = alongAxis { band.step / 2 } else { nil }
    for series in seriesPoints(layer, ctx, valueChannel: valueChannel) {
        let color = ctx.fill(layer, row: series.row)
        let points = series.points
        func at(_ i: Int) -> Point {
            let v = points[i].value ?? .nan
            return alongX ? Point(x: points[i].along, y: v) : Point(x: v, y: points[i].along)
        }
        // A censored value is a bound, not a point on the line: the line breaks there.
        let onLine = points.map { $0.value != nil && !isCensored($0.row) }
        // One polyline per unbroken run: a scene holds no NaN, so it always serialises to JSON.
        let stroke = StrokeStyle(
            color: color, width: layer.mark.strokeWidth ?? 2, dash: layer.mark.strokeDash ?? [], cap: .round)
        var run: [Point] = []
        func flush() {
            let drawn = layer.mark.interpolate == .step ? stepped(run, half: half, alongX: alongX) : run
            if drawn.count > 1 {
                out.marks.append(
                    .polyline(
                        // M4 to half-point columns: a million points keep only what the pixels can show.
                        Polyline(
                            xs: drawn.map(\.x), ys: drawn.map(\.y), scaleX: 1, offsetX: 0, scaleY: 1, offsetY: 0
                        ).decimated(columnWidth: 0.5),
                        stroke))
            }
            run.removeAll(keepingCapacity: true)
        }
        run.reserveCapacity(points.count)
        for i in points.indices {
            if onLine[i] { run.append(at(i)) } else { flush() }
        }
        flush()
        var dots: [Point] = [], hollow: [Point] = []
        for i in points.indices where points[i].value != nil {
            let before = i > 0 && onLine[i - 1]
            let after = i + 1 < points.count && onLine[i + 1]
            // A censored value ("<5") is an open circle: a bound, not a reading.
            if !onLine[i], let bound = valueEncoding?.cell(points[i].row)?.number {
                let p = at(i)
                let step = censoredAt[p, default: 0]
                censoredAt[p] = step + 1
                let center = Point(x: p.x + 7 * Double(step), y: p.y)
                hollow.append(center)
                let label = "<" + format.string(bound, locale: ctx.theme.numberLocale)
                out.labels.append(
                    ctx.block.run(
                        label, at: Point(x: center.x, y: center.y - 7), anchor: .middle,
                        font: ctx.theme.valueLabelFont, color: color))
            } else if layer.mark.point || (!before && !after) {
                dots.append(at(i))
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
