import TIPGeo
import TIPScene

extension Plot {
    /// Refuses channels a map cannot show, and a geoshape without a key field.
    func checkGeoshapeChannels(_ encoding: [Channel: ChannelEncoding], path: String) throws(PlotError) {
        let placed: [Channel] = [.x, .y, .x2, .y2, .xOffset, .yOffset, .theta, .size, .shape, .order, .facet]
        for channel in placed where encoding[channel] != nil {
            throw PlotError(
                path: path + "encoding.\(channel.rawValue)",
                "a geoshape is placed by its key (the country) and filled by color; it has no \(channel.rawValue)")
        }
        guard let key = encoding[.key], key.field != nil else {
            throw PlotError(path: path + "encoding.key", "a geoshape needs key from a field (each row's country)")
        }
    }
}

/// The fill of a country the data do not give: the light grey of empty grid cells.
let noDataColor = Color(hex: 0xE1E1E1)

/// One row of a map matched to the atlas.
struct MapMatch {
    var shape: GeoShape
    var fill: Color
    /// Whether the value is known only as a bound ("<5"): the country is hatched.
    var censored = false
    /// The name a fitted map writes on the country: the row's `text`, else the atlas's name.
    var label: String
}

extension Plot {
    /// Where `place` lands on this map drawn on a `size` canvas: for annotations over the
    /// map, and for tests that look at the pixel under a country. Nil when the plot is not
    /// a map (every layer a ``MarkType/geoshape``) or cannot be drawn.
    ///
    /// - Complexity: one compilation and the frame's layout.
    public func mapLocation(
        of place: GeoPoint, size: Size, theme: Theme = .standard, measurer: any TextMeasurer
    )
        -> Point?
    {
        guard let compiled = try? compile(), compiled.isGeographic else { return nil }
        let legend = compiled.legendEntries(theme: theme, lineEnds: false)
        let frame = compiled.mapFrame(size: size, theme: theme, measurer: measurer, words: text, legend: legend)
        let body = compiled.mapBody(frame.body, theme: theme, measurer: measurer)
        return MapCanvas(projection: projection ?? .world, atlas: compiled.atlas, body: body)?.canvas(place)
    }
}

extension CompiledPlot {
    /// Whether the plot is a map: every layer is a geoshape.
    var isGeographic: Bool { !layers.isEmpty && layers.allSatisfy { $0.mark.type == .geoshape } }

    /// The atlas maps are drawn from.
    var atlas: Atlas { .naturalEarth }

    /// Each row's country found in the atlas, with its fill (the colour scale's, or the
    /// no-data grey for a missing value), the later row winning; and the keys found nowhere,
    /// in row order, each once.
    ///
    /// - Complexity: O(rows).
    func mapMatches(theme: Theme) -> (matches: [String: MapMatch], unmatched: [String]) {
        var matches: [String: MapMatch] = [:], unmatched: [String] = [], seen = Set<String>()
        for layer in layers {
            guard let key = layer[.key] else { continue }
            for row in 0..<layer.rowCount {
                guard let label = key.cell(row)?.label, !label.isEmpty else { continue }
                guard let shape = atlas.shape(matching: label) else {
                    if seen.insert(label).inserted { unmatched.append(label) }
                    continue
                }
                let fill: Color
                if let e = layer[.color], e.isData {
                    fill = e.cell(row).flatMap { color.color($0, theme: theme) } ?? noDataColor
                } else {
                    fill = layer.defaultColor(theme: theme)
                }
                let text = layer[.text]?.cell(row)?.label
                matches[shape.code] = MapMatch(
                    shape: shape, fill: fill, censored: layer[.color]?.cell(row)?.isCensored ?? false,
                    label: text.flatMap { $0.isEmpty ? nil : $0 } ?? shape.name)
            }
        }
        return (matches, unmatched)
    }

    /// The map's note under the plot: the keys the atlas does not hold, so none is silently
    /// dropped; nil when every key is on the map.
    func unmatchedNote(theme: Theme) -> String? {
        let unmatched = mapMatches(theme: theme).unmatched
        guard !unmatched.isEmpty else { return nil }
        let shown = unmatched.prefix(12).joined(separator: ", ")
        return (projection ?? .world).notOnMapLabel + ": " + shown
            + (unmatched.count > 12 ? " (+\(unmatched.count - 12))" : "") + "."
    }

    /// A map's frame: title, legend, and the note of keys not on the map.
    func mapFrame(
        size: Size, theme: Theme, measurer: any TextMeasurer, words: ChartText, legend: [LegendEntry]
    )
        -> ChartFrame
    {
        ChartFrame(
            size: size, text: words, legend: legend, notes: unmatchedNote(theme: theme).map { [$0] } ?? [],
            theme: theme, measurer: measurer)
    }

    /// A map in `body`: every outline of the atlas, projected (Equal Earth by default) and
    /// scaled to fit the world or the fitted countries; a country of the data in its colour,
    /// the others in light grey, with thin borders in the background colour; states of the
    /// data too small for the atlas as outlined dots. A fitted map is clipped to its plot
    /// and names the fitted countries where their names fit.
    ///
    /// - Complexity: O(points of the atlas + rows).
    func geoItems(body whole: Rect, theme: Theme, measurer: any TextMeasurer) -> [SceneItem] {
        let body = mapBody(whole, theme: theme, measurer: measurer)
        let bar = colorBar(below: body, within: whole, theme: theme, measurer: measurer)
        let projection = self.projection ?? .world
        let (matches, _) = mapMatches(theme: theme)
        let fitted = projection.fit.compactMap { atlas.shape(matching: $0) }
        let outline = projection.type.outline()
        guard let map = MapCanvas(projection: projection, atlas: atlas, body: body) else { return [] }
        func canvas(_ p: (x: Double, y: Double)) -> Point { map.canvas(p) }
        var shapes: [SceneItem] = []
        if fitted.isEmpty {
            var edge = Path(
                outline.enumerated().map { $0.offset == 0 ? .move(canvas($0.element)) : .line(canvas($0.element)) })
            edge.elements.append(.close)
            shapes.append(
                .path(edge, ShapeStyle(fill: Color(hex: 0xF3F6F9), stroke: StrokeStyle(color: theme.gridColor))))
        }
        let visible = body.insetBy(-2)
        let border = StrokeStyle(color: theme.background, width: 0.5)
        var labelled: [(name: String, at: Point)] = []
        // Names fit a dozen countries; a larger selection (Europe, say) is left unlabelled.
        let fittedCodes = fitted.count <= MapCanvas.maximumLabelledCountries ? Set(fitted.map(\.code)) : []
        for shape in atlas.shapes where shape.point == nil {
            var path = Path()
            var box = PlaneBox(), largest = (area: 0.0, box: PlaneBox())
            for ring in shape.rings {
                var ringBox = PlaneBox()
                for (i, p) in ring.enumerated() {
                    let c = canvas(projection.type.project(p))
                    ringBox.add(c.x, c.y)
                    path.elements.append(i == 0 ? .move(c) : .line(c))
                }
                path.elements.append(.close)
                box.add(box: ringBox)
                if ringBox.width * ringBox.height > largest.area { largest = (ringBox.width * ringBox.height, ringBox) }
            }
            guard box.isValid, box.maxX >= visible.minX, box.minX <= visible.maxX, box.maxY >= visible.minY,
                box.minY <= visible.maxY
            else { continue }
            let match = matches[shape.code]
            shapes.append(
                .path(
                    path,
                    ShapeStyle(
                        fill: match?.fill ?? noDataColor, stroke: border,
                        hatch: match?.censored == true ? hatchStroke(on: match?.fill, theme: theme) : nil)))
            if fittedCodes.contains(shape.code) {
                labelled.append(
                    (
                        match?.label ?? shape.name,
                        Point(
                            x: (largest.box.minX + largest.box.maxX) / 2, y: (largest.box.minY + largest.box.maxY) / 2)
                    ))
            }
        }
        for shape in atlas.shapes {
            guard let point = shape.point, let match = matches[shape.code] else { continue }
            let c = canvas(projection.type.project(point))
            guard visible.contains(c) else { continue }
            if fittedCodes.contains(shape.code) {
                labelled.append((match.label, Point(x: c.x, y: c.y - 12)))
            }
            shapes.append(
                .path(
                    .circle(center: c, radius: 3.5),
                    ShapeStyle(
                        fill: match.fill, stroke: StrokeStyle(color: theme.background, width: 1),
                        hatch: match.censored ? hatchStroke(on: match.fill, theme: theme) : nil)))
        }
        let block = TextBlock(theme: theme, measurer: measurer)
        let names = labelled.map { name, at in
            block.run(name, at: at, anchor: .middle, font: theme.tickFont, color: theme.textColor)
        }
        let kept = droppingCollisions(names, within: body, avoiding: [])
        return [.group(clip: fitted.isEmpty ? nil : body, items: shapes)] + kept.flatMap { haloed($0, theme: theme) }
            + bar
    }
}

/// The hatch of a country whose value is known only as a bound: thin lines that contrast
/// with its fill (white on dark colours, near-black on light ones).
func hatchStroke(on fill: Color?, theme: Theme) -> StrokeStyle {
    StrokeStyle(color: labelColor(on: fill ?? noDataColor, theme: theme).withAlpha(0.8), width: 0.8)
}

extension CompiledPlot {
    /// The room under a map for its colour bar: the bar, a gap and a line of tick labels.
    func colorBarRoom(theme: Theme, measurer: any TextMeasurer) -> Double {
        guard case .sequential = color else { return 0 }
        return 10 + 4 + measurer.metrics(of: "0", font: theme.tickFont).height + theme.gap
    }

    /// The part of `body` the globe fills: all of it, less the colour bar's room.
    func mapBody(_ body: Rect, theme: Theme, measurer: any TextMeasurer) -> Rect {
        var inner = body
        inner.height = max(1, body.height - colorBarRoom(theme: theme, measurer: measurer))
        return inner
    }

    /// A sequential colour's bar under the map, in `within`'s bottom-left corner: the ramp
    /// in 64 slices, at most 280 points wide, with nice ticks (powers of ten and their 2×
    /// and 5× multiples on a log scale) labelled below it. Empty for categorical colours.
    ///
    /// - Complexity: O(slices + ticks).
    func colorBar(below map: Rect, within body: Rect, theme: Theme, measurer: any TextMeasurer) -> [SceneItem] {
        guard case let .sequential(lower, upper, _, _, log) = color, lower.isFinite, upper.isFinite else { return [] }
        let width = min(280, body.width * 0.6),
            top =
                body.maxY - colorBarRoom(theme: theme, measurer: measurer)
                + theme.gap
        let transform: ScaleTransform = log ? .log : .linear
        let a = transform.apply(lower), b = transform.apply(upper)
        let slices = 64
        var items: [SceneItem] = []
        for i in 0..<slices {
            let v = transform.invert(a + (b - a) * (Double(i) + 0.5) / Double(slices))
            let fill = color.color(.number(v), theme: theme) ?? noDataColor
            items.append(
                .rect(
                    Rect(
                        x: body.minX + width * Double(i) / Double(slices), y: top, width: width / Double(slices) + 0.3,
                        height: 10),
                    .filled(fill)))
        }
        let format = valueFormat
        let ticks =
            lower == upper
            ? [lower] : transform.ticks(lower: lower, upper: upper, count: 4, integersOnly: format == .count)
        let block = TextBlock(theme: theme, measurer: measurer)
        let ascent = measurer.metrics(of: "0", font: theme.tickFont).ascent
        var runs: [TextRun] = []
        for tick in ticks {
            let f = lower == upper ? 0.5 : (transform.apply(tick) - a) / (b - a)
            guard f >= -1e-9, f <= 1 + 1e-9 else { continue }
            let x = body.minX + width * f
            items.append(
                .path(.line(from: Point(x: x, y: top + 10), to: Point(x: x, y: top + 13)), .stroked(theme.axisColor)))
            let anchor: TextAnchor = f < 0.05 ? .start : (f > 0.95 ? .end : .middle)
            runs.append(
                block.run(
                    format.string(tick, locale: theme.numberLocale), at: Point(x: x, y: top + 14 + ascent),
                    anchor: anchor,
                    font: theme.tickFont, color: theme.mutedTextColor))
        }
        return items + droppingCollisions(runs, within: body.insetBy(-2)).map(SceneItem.text)
    }
}

/// Where a map puts the globe in its plot: the projected extent (the world's outline, or
/// the fitted countries with a margin) scaled to fit `body` and centred in it.
struct MapCanvas {
    let projection: MapProjection
    let body: Rect
    let scale: Double
    let mid: (x: Double, y: Double)

    /// The least extent of a fitted map, in radii of the globe (about 20° of longitude at the
    /// equator): a small state keeps its neighbours around it, at a scale the atlas's
    /// 1:110m outlines still suit.
    static let minimumFittedSpan = 0.35

    /// A fitted map names its countries when it fits at most this many.
    static let maximumLabelledCountries = 12

    /// The map of `projection` in `body`; nil when nothing can be fitted (an empty body).
    ///
    /// - Complexity: O(points of the fitted countries).
    init?(projection: MapProjection, atlas: Atlas, body: Rect) {
        var extent = PlaneBox()
        let fitted = projection.fit.compactMap { atlas.shape(matching: $0) }
        if fitted.isEmpty {
            for p in projection.type.outline() { extent.add(p.x, p.y) }
        } else {
            if let box = projection.type.extent(of: fitted) {
                extent.add(box.minX, box.minY)
                extent.add(box.maxX, box.maxY)
            }
            extent = extent.padded(fraction: 0.08, minimum: Self.minimumFittedSpan)
        }
        guard extent.isValid, body.width > 0, body.height > 0 else { return nil }
        self.projection = projection
        self.body = body
        scale = min(body.width / extent.width, body.height / extent.height)
        mid = ((extent.minX + extent.maxX) / 2, (extent.minY + extent.maxY) / 2)
    }

    /// The canvas point of a plane point.
    func canvas(_ p: (x: Double, y: Double)) -> Point {
        Point(x: body.center.x + (p.x - mid.x) * scale, y: body.center.y - (p.y - mid.y) * scale)
    }

    /// The canvas point of a place on the globe.
    func canvas(_ point: GeoPoint) -> Point { canvas(projection.type.project(point)) }
}

/// The bounding box of points in the plane, grown one point at a time.
struct PlaneBox {
    var minX = Double.infinity, minY = Double.infinity
    var maxX = -Double.infinity, maxY = -Double.infinity

    var isValid: Bool { minX <= maxX && minY <= maxY }
    var width: Double { maxX - minX }
    var height: Double { maxY - minY }

    /// Grows to hold (x, y); NaN is skipped.
    mutating func add(_ x: Double, _ y: Double) {
        guard x.isFinite, y.isFinite else { return }
        minX = min(minX, x)
        maxX = max(maxX, x)
        minY = min(minY, y)
        maxY = max(maxY, y)
    }

    mutating func add(_ p: (x: Double, y: Double)) { add(p.x, p.y) }

    mutating func add(box: PlaneBox) {
        guard box.isValid else { return }
        add(box.minX, box.minY)
        add(box.maxX, box.maxY)
    }

    /// The box grown by `fraction` of its larger side on every side, and to at least
    /// `minimum` across, so that one small country still has neighbours around it.
    func padded(fraction: Double, minimum: Double) -> PlaneBox {
        guard isValid else { return self }
        let pad = max(width, height) * fraction
        var out = PlaneBox()
        let cx = (minX + maxX) / 2, cy = (minY + maxY) / 2
        let halfW = max(width / 2 + pad, minimum / 2), halfH = max(height / 2 + pad, minimum / 2)
        out.add(cx - halfW, cy - halfH)
        out.add(cx + halfW, cy + halfH)
        return out
    }
}
