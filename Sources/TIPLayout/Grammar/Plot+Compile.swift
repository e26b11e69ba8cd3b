import TIPScene
import TIPStatistics

/// A plot after compilation: primitive layers over planned axes and colours.
struct CompiledPlot {
    var layers: [PreparedLayer]
    var x: AxisPlan
    var y: AxisPlan
    var color: ColorPlan
    var valueProblems: [ChartProblem]
    /// The size, shape and opacity scales, when a layer encodes them by a field.
    var size: SizePlan? = nil
    var shape: ShapePlan? = nil
    var opacity: OpacityPlan? = nil
    /// A map's projection and extent (``Plot/projection``).
    var projection: MapProjection? = nil
}

extension Plot {
    /// Runs every transform, bin, aggregate, composite expansion and stack, and plans the
    /// scales: the one path from rows to what is drawn.
    ///
    /// - Throws: ``PlotError`` naming the JSON path of the first problem.
    /// - Complexity: O(n log n) in the rows of all layers.
    func compile() throws(PlotError) -> CompiledPlot {
        if usesRowOrColumn { return try withRowAndColumnFacets.compile() }
        guard !layers.isEmpty else { throw PlotError(path: "mark", "a plot needs at least one mark") }
        let arcs = layers.filter { $0.mark.type == .arc }.count
        if arcs > 0, arcs < layers.count {
            throw PlotError(
                path: "layer", "an arc (a pie or a donut) has no axes, so it cannot share a plot with other marks")
        }
        let shapes = layers.filter { $0.mark.type == .geoshape }.count
        if shapes > 0, shapes < layers.count {
            throw PlotError(path: "layer", "a geoshape (a map) has no axes, so it cannot share a plot with other marks")
        }
        var prepared: [PreparedLayer] = []
        for (i, layer) in layers.enumerated() {
            let path = layers.count == 1 ? "" : "layer[\(i)]."
            var table = layer.data ?? data
            for (k, t) in transforms.enumerated() { table = try t.apply(to: table, path: "transform[\(k)]") }
            for (k, t) in layer.transforms.enumerated() {
                table = try t.apply(to: table, path: path + "transform[\(k)]")
            }
            var encoding = layer.encoding
            var mark = layer.mark
            try checkChannels(encoding, mark: mark.type, path: path)
            // A literal opacity is the mark's own: every mark honours it.
            if let literal = encoding[.opacity]?.value {
                mark.opacity = literal.number
                encoding[.opacity] = nil
            }
            (table, encoding) = try binning(table, encoding, path: path)
            (table, encoding) = try aggregating(table, encoding, path: path)
            let resolved = try resolve(encoding, table: table, path: path)
            if layer.mark.type == .arc { try checkArcValues(resolved, path: path) }
            var base = PreparedLayer(source: i, mark: mark, table: table, encoding: resolved)
            base.hasOwnData = layer.data != nil
            prepared += try expanded(base, path: path)
        }
        let color = try colorPlan(prepared)
        prepared = try prepared.map { layer throws(PlotError) in try stackedIfNeeded(layer, color: color) }
        let x = try axisPlan(.x, prepared)
        let y = try axisPlan(.y, prepared)
        var compiled = CompiledPlot(
            layers: prepared, x: x, y: y, color: color, valueProblems: x.problems(axis: "x") + y.problems(axis: "y"),
            size: try sizePlan(prepared), shape: try shapePlan(prepared), opacity: try opacityPlan(prepared))
        compiled.valueProblems += compiled.facetProblems
        compiled.projection = projection
        return compiled
    }

    /// Refuses channels a mark cannot use, and marks without the channels they need.
    private func checkChannels(_ encoding: [Channel: ChannelEncoding], mark: MarkType, path: String) throws(PlotError) {
        for (channel, e) in encoding {
            let set = [e.field != nil, e.datum != nil, e.value != nil].filter { $0 }.count
            if set != 1 {
                throw PlotError(
                    path: path + "encoding.\(channel.rawValue)",
                    set == 0 ? "give a field, a datum or a value" : "give only one of field, datum and value")
            }
            try checkSymbolChannel(channel, e, mark: mark, path: path + "encoding.\(channel.rawValue)")
        }
        // Options the layout does not carry out yet are refused, never silently ignored.
        for (channel, e) in encoding {
            if e.scale?.reverse == true {
                throw PlotError(
                    path: path + "encoding.\(channel.rawValue).scale.reverse", "reversed scales are not supported yet")
            }
            if case .byChannel? = e.sort {
                throw PlotError(
                    path: path + "encoding.\(channel.rawValue).sort",
                    "sorting by another channel is not supported yet; sort ascending, descending or by an explicit list"
                )
            }
        }
        if encoding[.x2] != nil, encoding[.x] == nil {
            throw PlotError(path: path + "encoding.x2", "x2 needs x")
        }
        if encoding[.y2] != nil, encoding[.y] == nil {
            throw PlotError(path: path + "encoding.y2", "y2 needs y")
        }
        if encoding[.key] != nil, mark != .geoshape {
            throw PlotError(
                path: path + "encoding.key", "the key channel places a geoshape; a \(mark.rawValue) mark has none")
        }
        if mark == .text, encoding[.text] == nil {
            throw PlotError(path: path + "encoding.text", "a text mark needs a text channel")
        }
        if mark == .arc {
            try checkArcChannels(encoding, path: path)
            return
        }
        if mark == .geoshape {
            try checkGeoshapeChannels(encoding, path: path)
            return
        }
        // A position from data: a field or a datum, not only a literal canvas value.
        let positioned = [Channel.x, .y].contains { encoding[$0].map { $0.field != nil || $0.datum != nil } ?? false }
        if !positioned {
            throw PlotError(path: path + "encoding", "a \(mark.rawValue) mark needs x or y from a field or a datum")
        }
    }

    /// Refuses the size, shape, opacity and order channels where the layout does not carry
    /// them out, and literal values they cannot take: never silently ignored.
    private func checkSymbolChannel(
        _ channel: Channel, _ e: ChannelEncoding, mark: MarkType, path: String
    ) throws(PlotError) {
        switch channel {
        case .size, .shape:
            guard mark == .point else {
                throw PlotError(
                    path: path,
                    "the \(channel.rawValue) channel sets a point's "
                        + (channel == .size ? "area" : "symbol") + "; a \(mark.rawValue) mark cannot show it yet")
            }
            if channel == .size, let v = e.value, !(v.number.map { $0 >= 0 && $0.isFinite } ?? false) {
                throw PlotError(path: path, "a size value is an area in square points: a number ≥ 0")
            }
            if channel == .shape, let v = e.value, ShapePlan.named(v.label) == nil {
                throw PlotError(
                    path: path,
                    "unknown shape '\(v.label)'; expected circle, square, triangle-up, triangle-down, diamond or cross")
            }
        case .opacity:
            if let v = e.value {
                guard let n = v.number, (0...1).contains(n) else {
                    throw PlotError(path: path, "an opacity value is a number from 0 to 1")
                }
            } else if ![.point, .bar, .rect].contains(mark) {
                throw PlotError(
                    path: path,
                    "an opacity field applies to point, bar and rect marks; a \(mark.rawValue) mark cannot show it yet")
            }
        case .order:
            guard e.value == nil else { throw PlotError(path: path, "the order channel needs a field") }
            if ![.bar, .area, .line].contains(mark) {
                throw PlotError(
                    path: path,
                    "the order channel orders a stack's segments or a line's points; "
                        + "a \(mark.rawValue) mark has neither"
                )
            }
        default: break
        }
    }
}
