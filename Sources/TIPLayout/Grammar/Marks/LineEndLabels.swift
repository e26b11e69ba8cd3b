import TIPScene

extension CompiledPlot {
    /// The most of the canvas's width that line-end labels may take; longer names keep the legend.
    static let lineEndShare = 0.3

    /// The names of the coloured line series, for labels at their ends: each colour
    /// category of a line layer, with the index of the first such layer that has it, in legend
    /// order. Empty when no line layer has a colour field.
    ///
    /// - Complexity: O(n + k²) for n rows of line layers and k colour categories.
    var lineEndSeries: [(name: String, layer: Int)] {
        guard case let .categorical(domain, _, _) = color else { return [] }
        var out: [(name: String, layer: Int)] = []
        for (i, layer) in layers.enumerated() where layer.mark.type == .line && layer[.color]?.isData == true {
            let present = Set((0..<layer.rowCount).compactMap { layer[.color]?.cell($0)?.label })
            for name in domain where present.contains(name) && !out.contains(where: { $0.name == name }) {
                out.append((name, i))
            }
        }
        return out
    }

    /// The widest line-end label, plus its gap: the room kept right of the plot.
    func lineEndRoom(theme: Theme, measurer: any TextMeasurer) -> Double {
        let widths = lineEndSeries.map { measurer.metrics(of: $0.name, font: theme.valueLabelFont).width }
        return widths.max().map { $0 + 8 } ?? 0
    }

    /// Each line series' name just right of the plot, level with its last drawn point and in
    /// its colour, nudged apart vertically so that no two overlap (a label keeps to the
    /// plot's height). Lines on a band axis end at their last category with a value.
    ///
    /// - Complexity: O(s log s + n) for s series and n rows.
    func lineEndLabels(_ ctx: DrawContext) -> [TextRun] {
        let font = ctx.theme.valueLabelFont
        let m = ctx.block.measurer.metrics(of: "Ag", font: font)
        let named = lineEndSeries
        // Each layer's last drawn point per colour name, from one pass over its series.
        var lastOf: [Int: [String: (along: Double, y: Double)]] = [:]
        for i in Set(named.map(\.layer)) {
            let layer = layers[i]
            var last: [String: (along: Double, y: Double)] = [:]
            for series in seriesPoints(layer, ctx) {
                let name = layer[.color]?.cell(series.row)?.label ?? ""
                for p in series.points {
                    guard let y = p.value, last[name].map({ p.along >= $0.along }) ?? true else { continue }
                    last[name] = (p.along, y)
                }
            }
            lastOf[i] = last
        }
        var ends: [(name: String, y: Double, color: Color)] = []
        for (name, i) in named {
            guard let last = lastOf[i]?[name] else { continue }
            ends.append((name, last.y, color.color(.text(name), theme: ctx.theme) ?? ctx.theme.textColor))
        }
        // Top to bottom, each at least a line below the one above, then back up if the last
        // passes the bottom.
        ends.sort { $0.y < $1.y }
        let pitch = m.height + 1
        var ys = ends.map(\.y)
        for i in ys.indices.dropFirst() { ys[i] = max(ys[i], ys[i - 1] + pitch) }
        if let last = ys.last, last > ctx.plot.maxY {
            let shift = last - ctx.plot.maxY
            ys = ys.map { $0 - shift }
            for i in ys.indices.reversed().dropFirst() { ys[i] = min(ys[i], ys[i + 1] - pitch) }
        }
        return zip(ends, ys).map { end, y in
            ctx.block.run(
                end.name, at: Point(x: ctx.plot.maxX + 6, y: y + m.ascent - m.height / 2), anchor: .start, font: font,
                color: end.color.darkenedForText)
        }
    }
}

extension Color {
    /// The colour as text on white: yellow and sky blue darkened until they read (the
    /// palette's light hues are for fills, not for words).
    var darkenedForText: Color {
        let luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue
        guard luminance > 0.45 else { return self }
        let k = 0.45 / luminance
        return Color(red: red * k, green: green * k, blue: blue * k, alpha: alpha)
    }
}
