import TIPScene

/// What a mark needs to draw: the plot rectangle, both axes after layout, the colours and
/// the theme. Positions are canvas points.
struct DrawContext {
    var plot: Rect
    var x: ResolvedAxis
    var y: ResolvedAxis
    var color: ColorPlan
    var theme: Theme
    var block: TextBlock
    /// The size, shape and opacity scales, when a layer encodes them.
    var size: SizePlan? = nil
    var shape: ShapePlan? = nil
    var opacity: OpacityPlan? = nil

    /// The canvas coordinate of `cell` on `axis`: a band's centre, or the scale at the
    /// transformed value; nil for a missing value or an unknown category.
    func position(_ cell: FieldValue?, on axis: ResolvedAxis) -> Double? {
        guard let cell else { return nil }
        switch axis {
        case let .band(band):
            return band.categories.firstIndex(of: cell.label).map(band.center)
        case let .linear(scale, _, _, _, transform):
            guard let v = cell.number else { return nil }
            let t = transform.apply(v)
            return t.isFinite ? scale(t) : nil
        }
    }

    /// The canvas coordinate of every row of `encoding` on `axis`, NaN where
    /// ``position(_:on:)`` gives nil: one pass over a numeric column with no per-row cell, and
    /// categories found through one dictionary rather than a search per row.
    ///
    /// - Complexity: O(n + k) for n rows and k categories.
    func positions(_ encoding: ResolvedEncoding?, rows: Int, on axis: ResolvedAxis) -> [Double] {
        guard let encoding else { return Array(repeating: .nan, count: rows) }
        switch (encoding.source, axis) {
        case let (.column(.numbers(values, _)), .linear(scale, _, _, _, transform)):
            return (0..<rows).map { row in
                guard row < values.count, !values[row].isNaN else { return .nan }
                let t = transform.apply(values[row])
                return t.isFinite ? scale(t) : .nan
            }
        case let (.column(column), .band(band)):
            var index: [String: Double] = [:]
            for (i, c) in band.categories.enumerated() where index[c] == nil { index[c] = band.center(i) }
            return (0..<rows).map { row in
                guard row < column.count, case let cell = column[row], cell != .missing else { return .nan }
                return index[cell.label] ?? .nan
            }
        default:
            return (0..<rows).map { position(encoding.cell($0), on: axis) ?? .nan }
        }
    }

    /// The band of `cell` (start and width), or nil on a continuous axis.
    func band(_ cell: FieldValue?, on axis: ResolvedAxis) -> (start: Double, width: Double)? {
        guard case let .band(band) = axis, let cell, let i = band.categories.firstIndex(of: cell.label) else {
            return nil
        }
        return (band.start(i), band.bandwidth)
    }

    /// Where bars start on a value axis: at zero when the domain holds it, else at the edge.
    func baseline(on axis: ResolvedAxis, vertical: Bool) -> Double {
        if case let .linear(scale, _, _, _, transform) = axis, transform.allowsZero, scale.domain.contains(0) {
            return scale(0)
        }
        return vertical ? plot.maxY : plot.minX
    }

    /// The fill of `row` of `layer`: a literal colour, the colour scale's, the mark's, or
    /// the palette's first.
    func fill(_ layer: PreparedLayer, row: Int) -> Color {
        if let e = layer[.color] {
            if case let .value(v) = e.source, let c = Color(css: v.label) { return c }
            if let cell = e.cell(row), let c = color.color(cell, theme: theme) { return c }
        }
        return layer.defaultColor(theme: theme)
    }

    /// The opacity of `row` of `layer`: the opacity scale's for a field, else the mark's, else
    /// `fallback`.
    func alpha(_ layer: PreparedLayer, row: Int, fallback: Double) -> Double {
        if let opacity, let e = layer[.opacity], e.isData, let v = e.cell(row)?.number { return opacity.opacity(v) }
        return layer.mark.opacity ?? fallback
    }

    /// The radius of the point of `row`: the size scale's for a field (nil when the row has no
    /// size, so that it is not drawn), a literal area's (Vega-Lite's `size` value, in square
    /// points), the mark's, else `fallback`.
    func radius(_ layer: PreparedLayer, row: Int, fallback: Double) -> Double? {
        guard let e = layer[.size] else { return layer.mark.size ?? fallback }
        if case let .value(v) = e.source { return v.number.map { (max($0, 0) / .pi).squareRoot() } ?? fallback }
        guard let size, let v = e.cell(row)?.number, v.isFinite else { return nil }
        return size.radius(v)
    }

    /// The symbol of the point of `row`: the shape scale's for a field (nil when the row has
    /// no category, so that it is not drawn), a literal shape's, else a circle.
    func symbol(_ layer: PreparedLayer, row: Int) -> MarkerSet.Shape? {
        guard let e = layer[.shape] else { return .circle }
        if case let .value(v) = e.source { return ShapePlan.named(v.label) ?? .circle }
        guard let shape, let cell = e.cell(row) else { return nil }
        return shape.shape(cell)
    }

    /// The stroke of a composite's secondary part, or the row's fill.
    func stroke(_ layer: PreparedLayer, row: Int) -> Color {
        switch layer.partColor {
        case .axis?: theme.axisColor
        case .contrast?: labelColor(on: fill(layer, row: row), theme: theme)
        case nil: fill(layer, row: row)
        }
    }

    /// Whether the value axis is vertical for a mark on these axes (categories along x).
    var isVertical: Bool { y.band == nil || x.band != nil }
}

extension Color {
    /// A colour written as "#RRGGBB" or "#RGB", as CSS and Vega-Lite write them; nil otherwise.
    public init?(css: String) {
        var hex = Substring(css)
        guard hex.first == "#" else { return nil }
        hex = hex.dropFirst()
        if hex.count == 3 { hex = Substring(hex.map { "\($0)\($0)" }.joined()) }
        guard hex.count == 6, let value = UInt32(hex, radix: 16) else { return nil }
        self.init(hex: value)
    }
}

/// What one layer drew: marks (under the axes) and labels (over them).
struct DrawnLayer {
    var marks: [SceneItem] = []
    /// Labels on the background, drawn on a halo so that grid lines never cross them.
    var labels: [TextRun] = []
    /// Labels inside a filled mark (a stacked segment), drawn without a halo.
    var insideLabels: [TextRun] = []
}

extension PreparedLayer {
    /// The colour of a layer without a colour field: the mark's own, else muted for a
    /// reference rule (the palette's first colour belongs to the data), else the palette's first.
    func defaultColor(theme: Theme) -> Color {
        if let color = mark.color { return color }
        return mark.type == .rule && composite == nil ? theme.mutedTextColor : theme.color(0)
    }
}
