import TIPStatistics
import TIPScene
/// The tick labels of one axis and the space they take across the axis.
struct AxisLabels {
    var runs: [TextRun]
    /// Height (bottom axis) or width (left axis) of the label block.
    var extent: Double
    /// True when neighbouring labels overlap.
    var collides = false

    /// The smallest clear space between neighbouring value labels, in points.
    static let minimumGap = 12.0

    /// Every k-th value label of a vertical axis, with the smallest k that leaves no overlap.
    func thinnedVerticallyUntilClear() -> AxisLabels {
        for k in 2...max(2, runs.count) {
            let kept = runs.enumerated().filter { $0.offset % k == 0 }.map(\.element)
                .sorted { $0.bounds.minY < $1.bounds.minY }
            if !zip(kept, kept.dropFirst()).contains(where: { $0.bounds.maxY + 2 > $1.bounds.minY }) {
                return AxisLabels(runs: kept, extent: extent)
            }
        }
        return AxisLabels(runs: Array(runs.prefix(1)), extent: extent)
    }

    /// Every k-th label, with the smallest k that leaves no collision (at worst, the first label alone).
    func thinnedUntilClear() -> AxisLabels {
        for k in 2...max(2, runs.count) {
            let kept = runs.enumerated().filter { $0.offset % k == 0 }.map(\.element)
            let clear = !zip(kept, kept.dropFirst()).contains { $0.bounds.maxX + Self.minimumGap > $1.bounds.minX }
            if clear { return AxisLabels(runs: kept, extent: extent) }
        }
        return AxisLabels(runs: Array(runs.prefix(1)), extent: extent)
    }

    /// Labels under the plot. Value ticks are centred on their tick. Category labels stay
    /// horizontal if they fit their band, else wrap onto up to three lines, else turn
    /// vertical (wrapped to `maxExtent`), showing every k-th category if bands are too narrow.
    static func bottom(
        _ axis: ResolvedAxis, plot: Rect, maxExtent: Double, theme: Theme, block: TextBlock,
        lineHeight: Double
    ) -> AxisLabels {
        let font = theme.tickFont
        let top = plot.maxY + theme.tickLength + 3
        switch axis {
        case let .linear(scale, ticks, decimals, format, transform):
            let runs = ticks.map { value in
                block.run(
                    tickLabel(
                        value, format: format, decimals: decimals, transform: transform, locale: theme.numberLocale),
                    at: .init(x: scale(value), y: 0), anchor: .middle,
                    font: font, color: theme.mutedTextColor)
            }.map { run -> TextRun in
                var r = run
                r.position.y = top + r.metrics.ascent
                return r
            }
            let collides = zip(runs, runs.dropFirst()).contains { $0.bounds.maxX + Self.minimumGap > $1.bounds.minX }
            return AxisLabels(runs: runs, extent: lineHeight, collides: collides)
        case let .band(band):
            let names = band.categories
            let room = band.step - 6
            let widths = names.map { block.measurer.metrics(of: $0, font: font).width }
            if widths.allSatisfy({ $0 <= room }) {
                let runs = names.indices.map {
                    block.run(
                        names[$0],
                        at: .init(
                            x: band.center($0), y: top + block.measurer.metrics(of: names[$0], font: font).ascent),
                        anchor: .middle, font: font, color: theme.textColor)
                }
                return AxisLabels(runs: runs, extent: lineHeight)
            }
            let wrapped = names.map { wrapText($0, font: font, maxWidth: room, measurer: block.measurer) }
            let fitsWrapped = wrapped.allSatisfy { lines in
                lines.count <= 3 && lines.allSatisfy { block.measurer.metrics(of: $0, font: font).width <= room }
            }
            if fitsWrapped {
                var runs: [TextRun] = []
                var maxBottom = top
                for (i, lines) in wrapped.enumerated() {
                    let placed = block.lines(
                        lines.joined(separator: "\n"), font: font, color: theme.textColor,
                        x: band.center(i), top: top, width: .infinity, anchor: .middle)
                    runs += placed.runs
                    maxBottom = max(maxBottom, placed.bottom)
                }
                return AxisLabels(runs: runs, extent: maxBottom - top)
            }
            // Vertical, reading bottom to top, hanging from the axis; wrapped to `maxExtent`;
            // every k-th category when bands are narrower than the lines.
            let metrics = block.measurer.metrics(of: "Ag", font: font)
            let lineStep = metrics.height * theme.lineSpacing
            let vertical = names.map { wrapText($0, font: font, maxWidth: maxExtent, measurer: block.measurer) }
            let widest = Double(vertical.map(\.count).max() ?? 1)
            let needed: Double = (widest - 1) * lineStep + metrics.height + 2
            let every = max(1, boundedCount((needed / max(band.step, 0.001)).rounded(.up)))
            var runs: [TextRun] = []
            for i in stride(from: 0, to: names.count, by: every) {
                let lines = vertical[i]
                for (k, line) in lines.enumerated() {
                    let centre = band.center(i) + (Double(k) - Double(lines.count - 1) / 2) * lineStep
                    runs.append(
                        block.run(
                            line, at: .init(x: centre + metrics.ascent - metrics.height / 2, y: top), anchor: .end,
                            font: font, color: theme.textColor, rotation: -90))
                }
            }
            let extent = (runs.map(\.bounds.maxY).max() ?? top) - top
            return AxisLabels(runs: runs, extent: extent)
        }
    }

    /// Labels left of the plot, right-aligned against the ticks. Category labels wrap to
    /// `maxWidth`; when bands are too thin for their lines, every k-th is shown.
    static func left(_ axis: ResolvedAxis, plot: Rect, maxWidth: Double, theme: Theme, block: TextBlock) -> AxisLabels {
        let font = theme.tickFont
        let x = plot.minX - theme.tickLength - 3
        let m = block.measurer.metrics(of: "Ag", font: font)
        switch axis {
        case let .linear(scale, ticks, decimals, format, transform):
            let runs = ticks.map {
                block.run(
                    tickLabel($0, format: format, decimals: decimals, transform: transform, locale: theme.numberLocale),
                    at: .init(x: x, y: scale($0) + m.ascent - m.height / 2),
                    anchor: .end, font: font, color: theme.mutedTextColor)
            }
            let byTop = runs.sorted { $0.bounds.minY < $1.bounds.minY }
            let collides = zip(byTop, byTop.dropFirst()).contains { $0.bounds.maxY + 2 > $1.bounds.minY }
            return AxisLabels(runs: runs, extent: runs.map(\.metrics.width).max() ?? 0, collides: collides)
        case let .band(band):
            let wrapped = band.categories.map { wrapText($0, font: font, maxWidth: maxWidth, measurer: block.measurer) }
            let lineStep = m.height * theme.lineSpacing
            let tallest = Double(wrapped.map(\.count).max() ?? 1) * lineStep
            let every = max(1, boundedCount((tallest / max(band.step, 0.001)).rounded(.up)))
            var runs: [TextRun] = []
            for i in stride(from: 0, to: wrapped.count, by: every) {
                let lines = wrapped[i]
                let blockHeight = Double(lines.count - 1) * lineStep + m.height
                var baseline = band.center(i) - blockHeight / 2 + m.ascent
                for line in lines {
                    runs.append(
                        block.run(line, at: .init(x: x, y: baseline), anchor: .end, font: font, color: theme.textColor))
                    baseline += lineStep
                }
            }
            return AxisLabels(runs: runs, extent: runs.map(\.metrics.width).max() ?? 0)
        }
    }
}

/// The label of a tick at `value` (in transformed units): the data value `t⁻¹(value)`,
/// with the step's decimals on a linear axis and the tick's own on a bent one (0.01 on a
/// log axis prints two decimals).
func tickLabel(
    _ value: Double, format: ValueFormat, decimals: Int, transform: ScaleTransform, locale: NumberLocale?
) -> String {
    guard transform != .linear else { return format.string(value, decimals: decimals, locale: locale) }
    let data = transform.invert(value)
    let rounded = (data * 1e9).rounded() / 1e9
    var places = 0
    while places < 15,
        abs(rounded * pow10(places) - (rounded * pow10(places)).rounded()) > 1e-6 * max(1, abs(rounded * pow10(places)))
    {
        places += 1
    }
    return format.string(rounded, decimals: format.integerTicks ? 0 : places, locale: locale)
}

private func pow10(_ n: Int) -> Double { (0..<n).reduce(1.0) { r, _ in r * 10 } }
