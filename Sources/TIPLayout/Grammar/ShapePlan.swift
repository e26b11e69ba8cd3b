import TIPScene

/// How the shape channel maps a field's categories to point symbols, over every layer.
///
/// Six shapes of equal area, in the order that keeps neighbours most distinct:
/// circle, square, triangle, diamond, cross, downward triangle. A seventh category is an
/// error: beyond six, symbols stop being told apart at a glance (Vega-Lite and ggplot2
/// warn at the same point), and colour or facets serve better.
struct ShapePlan: Equatable {
    /// The categories in legend order.
    var domain: [String]
    /// The legend title.
    var title: String?
    /// The field read, to merge the legend with a colour legend of the same field.
    var field: String?

    /// The shapes, in the order categories take them.
    static let shapes: [MarkerSet.Shape] = [.circle, .square, .triangle, .diamond, .cross, .triangleDown]

    /// The shape of `cell`, or nil for a missing value or an unknown category.
    ///
    /// - Complexity: O(k) for k categories.
    func shape(_ cell: FieldValue) -> MarkerSet.Shape? {
        domain.firstIndex(of: cell.label).map { Self.shapes[$0] }
    }

    /// The legend: the title, then each category's shape in `color`.
    func legend(color: Color, theme: Theme) -> [LegendEntry] {
        [LegendEntry(label: title ?? "shape", color: theme.textColor, symbol: .title)]
            + zip(domain, Self.shapes).map { LegendEntry(label: $0, color: color, symbol: .marker($1, radius: 4)) }
    }

    /// The shape a literal value names, in Vega-Lite's words ("circle", "square",
    /// "triangle-up" or "triangle", "diamond", "cross", "triangle-down"), or nil.
    static func named(_ name: String) -> MarkerSet.Shape? {
        switch name {
        case "circle": .circle
        case "square": .square
        case "triangle", "triangle-up": .triangle
        case "diamond": .diamond
        case "cross": .cross
        case "triangle-down": .triangleDown
        default: nil
        }
    }
}

extension Plot {
    /// The shape scale over every layer's shape field, or nil when no layer has one.
    ///
    /// - Throws: ``PlotError`` for a quantitative field or more categories than shapes.
    /// - Complexity: O(n + k log k).
    func shapePlan(_ layers: [PreparedLayer]) throws(PlotError) -> ShapePlan? {
        let encodings = layers.compactMap { l in l[.shape].map { (l, $0) } }.filter { $0.1.isData }
        guard let (layer, first) = encodings.first else { return nil }
        let path = (layers.count > 1 ? "layer[\(layer.source)]." : "") + "encoding.shape"
        guard first.isDiscrete else {
            throw PlotError(path: path, "the shape channel needs categories; give the field type nominal or ordinal")
        }
        let cells = encodings.flatMap { layer, e in (0..<layer.rowCount).compactMap { e.cell($0) } }
        let domain = Plot.orderedCategories(cells, sort: first.spec.sort, scale: first.spec.scale)
        guard domain.count <= ShapePlan.shapes.count else {
            throw PlotError(
                path: path,
                "'\(first.title ?? "shape")' has \(domain.count) categories, and a shape legend tells at most "
                    + "\(ShapePlan.shapes.count) apart; encode it by colour or facet by it")
        }
        return ShapePlan(domain: domain, title: first.title, field: first.spec.field)
    }
}
