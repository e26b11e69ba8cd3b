/// The tick labels of one axis and the space they take across the axis.
struct AxisLabels {
    var runs: [TextRun]
    /// Height (bottom axis) or width (left axis) of the label block.
    var extent: Double
    /// True when neighbouring labels overlap.
    var collides = false

    /// The smallest clear space between neighbouring value labels, in points.
    static let minimumGap = 12.0

    /// Every other label, for a value axis whose labels still collide at two ticks.
    func thinned() -> AxisLabels {
        AxisLabels(runs: runs.enumerated().filter { $0.offset % 2 == 0 }.map(\.element), extent: extent)
    }

    /// Labels under the plot. Value ticks are centred on their tick. Category labels stay
    /// horizontal if they fit their band, else wrap onto up to three lines, else turn 45°,
    /// else show every k-th category.
    static func bottom(_ axis: ResolvedAxis, plot: Rect, theme: Theme, block: TextBlock, lineHeight: Double) -> AxisLabels {
        let font = theme.tickFont
        let top = plot.maxY + theme.tickLength + 3
        switch axis {
        case let .linear(scale, ticks, decimals, format):
            let runs = ticks.map { value in
                block.run(format.string(value, decimals: decimals), at: .init(x: scale(value), y: 0), anchor: .middle,
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
                    block.run(names[$0], at: .init(x: band.center($0), y: top + block.measurer.metrics(of: names[$0], font: font).ascent),
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
                    let placed = block.lines(lines.joined(separator: "\n"), font: font, color: theme.textColor,
                                             x: band.center(i), top: top, width: .infinity, anchor: .middle)
                    runs += placed.runs
                    maxBottom = max(maxBottom, placed.bottom)
                }
                return AxisLabels(runs: runs, extent: maxBottom - top)
            }
            // Rotated 45°, ending at the tick; thinned when bands are narrower than a line.
            let every = max(1, Int((lineHeight * 1.3 / max(band.step, 0.001)).rounded(.up)))
            var runs: [TextRun] = []
            for i in stride(from: 0, to: names.count, by: every) {
                var run = block.run(names[i], at: .init(x: band.center(i), y: top), anchor: .end, font: font,
                                    color: theme.textColor, rotation: -45)
                // Shift so the top-right corner of the rotated box sits just under the tick.
                let b = run.bounds
                run.position.x += band.center(i) - b.maxX + lineHeight * 0.35
                run.position.y += top - b.minY
                runs.append(run)
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
        case let .linear(scale, ticks, decimals, format):
            let runs = ticks.map {
                block.run(format.string($0, decimals: decimals), at: .init(x: x, y: scale($0) + m.ascent - m.height / 2),
                          anchor: .end, font: font, color: theme.mutedTextColor)
            }
            return AxisLabels(runs: runs, extent: runs.map(\.metrics.width).max() ?? 0)
        case let .band(band):
            let wrapped = band.categories.map { wrapText($0, font: font, maxWidth: maxWidth, measurer: block.measurer) }
            let lineStep = m.height * theme.lineSpacing
            let tallest = Double(wrapped.map(\.count).max() ?? 1) * lineStep
            let every = max(1, Int((tallest / max(band.step, 0.001)).rounded(.up)))
            var runs: [TextRun] = []
            for i in stride(from: 0, to: wrapped.count, by: every) {
                let lines = wrapped[i]
                let blockHeight = Double(lines.count - 1) * lineStep + m.height
                var baseline = band.center(i) - blockHeight / 2 + m.ascent
                for line in lines {
                    runs.append(block.run(line, at: .init(x: x, y: baseline), anchor: .end, font: font, color: theme.textColor))
                    baseline += lineStep
                }
            }
            return AxisLabels(runs: runs, extent: runs.map(\.metrics.width).max() ?? 0)
        }
    }
}
