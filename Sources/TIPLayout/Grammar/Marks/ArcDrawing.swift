import RealModule
import TIPScene
import TIPStatistics

extension Plot {
    /// Refuses what an arc cannot use: positions (a pie has no axes) and a missing angle.
    func checkArcChannels(_ encoding: [Channel: ChannelEncoding], path: String) throws(PlotError) {
        for channel in [Channel.x, .y, .x2, .y2, .xOffset, .yOffset, .facet] where encoding[channel] != nil {
            throw PlotError(
                path: path + "encoding.\(channel.rawValue)",
                "an arc has no axes; give its size as theta and its categories as color")
        }
        guard let theta = encoding[.theta], theta.field != nil else {
            throw PlotError(path: path + "encoding.theta", "an arc needs theta from a field (each slice's size)")
        }
    }

    /// Refuses angles that cannot be drawn as parts of a whole: a negative or censored
    /// value, or parts whose total is not a positive, finite number.
    ///
    /// - Complexity: O(rows).
    func checkArcValues(_ encoding: [Channel: ResolvedEncoding], path: String) throws(PlotError) {
        guard let theta = encoding[.theta], case let .column(column) = theta.source else { return }
        let where_ = path + "encoding.theta.field"
        var parts: [Double] = []
        for row in 0..<column.count {
            switch theta.cell(row) {
            case let .number(v)?:
                guard v.isFinite, v >= 0 else {
                    throw PlotError(path: where_, "a slice cannot show \(plainNumber(v)) (row \(row + 1))")
                }
                parts.append(v)
            case .censored?:
                throw PlotError(
                    path: where_, "a slice cannot show a censored value (row \(row + 1)): its share is unknown")
            default: continue
            }
        }
        guard parts.contains(where: { $0 > 0 }) else {
            throw PlotError(path: where_, "the slices need a positive, finite total")
        }
        guard compensatedSum(parts).isFinite else {
            throw PlotError(path: where_, "the slices add up to more than the largest double-precision number")
        }
    }
}

extension CompiledPlot {
    /// Whether the plot is a pie or a donut: every layer is an arc.
    var isPolar: Bool { !layers.isEmpty && layers.allSatisfy { $0.mark.type == .arc } }

    /// A pie or a donut of the first arc layer in `body`: a slice per row clockwise from
    /// the top, its angle `2π·value/total`, coloured by its category (the palette in row
    /// order without one). Each slice carries its share, rounded by largest remainder so
    /// the shares add up to exactly 100 %, inside the ring when it fits and just outside it
    /// when not. A donut holds the total and the theta title in its hole.
    ///
    /// - Complexity: O(rows).
    func arcItems(body: Rect, theme: Theme, measurer: any TextMeasurer) -> [SceneItem] {
        guard let layer = layers.first, let theta = layer[.theta] else { return [] }
        let rows = (0..<layer.rowCount).filter { (theta.cell($0)?.number ?? 0) > 0 }
        let values = rows.compactMap { theta.cell($0)?.number }
        guard let shares = try? Shares(values) else { return [] }
        let percents = shares.roundedPercentages(decimals: 1).map {
            ValueFormat.percent(decimals: $0.decimals).string($0.value, locale: theme.numberLocale)
        }
        let block = TextBlock(theme: theme, measurer: measurer)
        let labelFont = Font(size: theme.valueLabelFont.size, weight: .bold)
        let lineHeight = measurer.metrics(of: "Ag", font: labelFont).height
        // A label's height around the ring, for slices too thin to hold their label.
        let outer = max(4, min(body.width, body.height) / 2 - lineHeight - 4)
        let ratio = layer.mark.innerRadiusRatio ?? (layer.mark.innerRadius.map { $0 / outer } ?? 0)
        let inner = outer * min(max(ratio, 0), 0.9)
        let center = body.center
        var items: [SceneItem] = []
        var labels: [SceneItem] = []
        var angle = -Double.pi / 2
        for (k, row) in rows.enumerated() {
            let fill = layer[.color]?.cell(row).flatMap { color.color($0, theme: theme) } ?? theme.color(k)
            let sweep = 2 * .pi * values[k] / shares.total
            let end = angle + sweep
            var path: [Path.Element] = [.arc(center: center, radius: outer, start: angle, end: end)]
            path +=
                inner > 0
                ? [.arcNegative(center: center, radius: inner, start: end, end: angle), .close]
                : [.line(center), .close]
            items.append(
                .path(Path(path), ShapeStyle(fill: fill, stroke: StrokeStyle(color: theme.background, width: 1.5))))
            let middle = angle + sweep / 2
            let m = measurer.metrics(of: percents[k], font: labelFont)
            let ring = inner > 0 ? (outer + inner) / 2 : outer * 0.62
            let chord = 2 * ring * Double.sin(min(sweep, .pi) / 2)
            let fits = chord >= m.width + 6 && (outer - inner >= m.height + 4 || inner == 0)
            let r = fits ? ring : outer + 4 + max(m.width, m.height) / 2
            let at = Point(
                x: center.x + r * Double.cos(middle), y: center.y + r * Double.sin(middle) + m.ascent - m.height / 2)
            labels.append(
                .text(
                    block.run(
                        percents[k], at: at, anchor: .middle, font: labelFont,
                        color: fits ? labelColor(on: fill, theme: theme) : theme.textColor)))
            angle = end
        }
        if inner > 0 {
            let format = theta.spec.format ?? .count
            let totalFont = Font(size: min(theme.titleFont.size * 1.6, inner * 0.6), weight: .bold)
            let total = format.string(shares.total, locale: theme.numberLocale)
            let tm = measurer.metrics(of: total, font: totalFont)
            let caption = theta.title.flatMap { $0.isEmpty ? nil : $0 }.map {
                block.run(
                    $0, at: Point(x: center.x, y: 0), anchor: .middle, font: theme.subtitleFont,
                    color: theme.mutedTextColor)
            }
            let top = center.y - (tm.height + (caption?.metrics.height ?? 0)) / 2
            labels.append(
                .text(
                    block.run(
                        total, at: Point(x: center.x, y: top + tm.ascent), anchor: .middle, font: totalFont,
                        color: theme.textColor)))
            if var caption, caption.metrics.width <= 2 * inner - 8 {
                caption.position.y = top + tm.height + caption.metrics.ascent
                labels.append(.text(caption))
            }
        }
        return items + labels
    }
}
