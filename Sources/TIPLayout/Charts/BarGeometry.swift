import TIPScene
/// Where each bar of a ``BarChart`` goes, and where its label fits.
struct BarGeometry {
    struct Bar {
        let series: Int
        let category: Int
        /// The plotted value (after percent normalisation).
        let value: Double
        let rect: Rect
    }

    let bars: [Bar]
    let vertical: Bool
    let plot: Rect

    /// The lowest and highest values the value axis must show: segment sums when stacked.
    static func extent(values: [[Double]], stacked: Bool) -> (lower: Double, upper: Double) {
        guard let first = values.first else { return (0, 1) }
        if !stacked {
            let all = values.flatMap { $0 }.filter(\.isFinite)
            return (all.min() ?? 0, all.max() ?? 1)
        }
        var lower = 0.0, upper = 0.0
        for c in first.indices {
            let column = values.map { $0[c] }
            upper = max(upper, column.filter { $0 > 0 }.reduce(0, +))
            lower = min(lower, column.filter { $0 < 0 }.reduce(0, +))
        }
        return (lower, upper)
    }

    init(chart: BarChart, values: [[Double]], layout: CartesianLayout) {
        vertical = chart.orientation == .vertical
        plot = layout.plot
        guard let band = (vertical ? layout.x : layout.y).band, let scale = (vertical ? layout.y : layout.x).linear
        else {
            bars = []
            return
        }
        var bars: [Bar] = []
        let n = values.count
        for c in chart.categories.indices {
            var positive = 0.0, negative = 0.0
            for s in 0..<n {
                // A missing (NaN) value gets an empty bar at the baseline, which the chart labels "n/a".
                let v = values[s][c].isFinite ? values[s][c] : 0
                let (from, to): (Double, Double)
                let (start, width): (Double, Double)
                switch chart.mode {
                case .grouped:
                    let sub = band.bandwidth / Double(n)
                    (start, width) = (band.start(c) + Double(s) * sub + sub * 0.04, sub * 0.92)
                    (from, to) = (0, v)
                case .stacked, .stackedPercent:
                    (start, width) = (band.start(c), band.bandwidth)
                    if v >= 0 {
                        (from, to) = (positive, positive + v); positive += v
                    } else {
                        (from, to) = (negative, negative + v); negative += v
                    }
                }
                let a = scale(from), b = scale(to)
                let rect =
                    vertical
                    ? Rect(x: start, y: min(a, b), width: width, height: abs(b - a))
                    : Rect(x: min(a, b), y: start, width: abs(b - a), height: width)
                bars.append(Bar(series: s, category: c, value: values[s][c], rect: rect))
            }
        }
        self.bars = bars
    }

    /// The value label of `bar`: outside the bar's end for single and grouped bars, centred
    /// inside a stacked segment when it fits there (`nil` when it does not).
    func label(_ text: String, for bar: Bar, fill: Color, stacked: Bool, theme: Theme, block: TextBlock) -> TextRun? {
        let font = theme.valueLabelFont
        let m = block.measurer.metrics(of: text, font: font)
        if stacked {
            guard bar.rect.width >= m.width + 4, bar.rect.height >= m.height + 2 else { return nil }
            return block.run(
                text, at: Point(x: bar.rect.center.x, y: bar.rect.center.y + m.ascent - m.height / 2),
                anchor: .middle, font: font, color: labelColor(on: fill, theme: theme))
        }
        if vertical {
            let y = !(bar.value < 0) ? bar.rect.minY - 3 - m.descent : bar.rect.maxY + 3 + m.ascent
            return block.run(
                text, at: Point(x: bar.rect.center.x, y: y), anchor: .middle, font: font, color: theme.textColor)
        }
        let baseline = bar.rect.center.y + m.ascent - m.height / 2
        return !(bar.value < 0)
            ? block.run(
                text, at: Point(x: bar.rect.maxX + 4, y: baseline), anchor: .start, font: font, color: theme.textColor)
            : block.run(
                text, at: Point(x: bar.rect.minX - 4, y: baseline), anchor: .end, font: font, color: theme.textColor)
    }

    /// A bracket from each bar to the next with the percent change, above the taller bar.
    /// A change from zero is labelled "n/a (zero base)" rather than an infinite percent.
    func changeAnnotations(values: [Double], theme: Theme, block: TextBlock) -> [SceneItem] {
        guard vertical, bars.count == values.count else { return [] }
        var items: [SceneItem] = []
        let font = Font(size: theme.valueLabelFont.size, weight: .bold)
        let stroke = ShapeStyle(stroke: StrokeStyle(color: theme.mutedTextColor, width: 1))
        for i in bars.indices.dropLast() {
            let a = bars[i], b = bars[i + 1]
            let label =
                values[i] == 0
                ? "n/a (zero base)"
                : ValueFormat.signedPercent(decimals: 0).string(
                    100 * (values[i + 1] - values[i]) / values[i], locale: theme.numberLocale)
            let m = block.measurer.metrics(of: label, font: font)
            let lineHeight = block.measurer.metrics(of: "Ag", font: theme.valueLabelFont).height
            let top = max(plot.minY + m.height + 2, min(a.rect.minY, b.rect.minY) - lineHeight - 12)
            let x0 = a.rect.center.x, x1 = b.rect.center.x
            items.append(
                .path(
                    Path([
                        .move(Point(x: x0, y: a.rect.minY - lineHeight - 7)), .line(Point(x: x0, y: top)),
                        .line(Point(x: x1, y: top)), .line(Point(x: x1, y: b.rect.minY - lineHeight - 7)),
                    ]), stroke))
            items.append(
                .text(
                    block.run(
                        label, at: Point(x: (x0 + x1) / 2, y: top - 3 - m.descent), anchor: .middle,
                        font: font, color: theme.textColor)))
        }
        return items
    }
}
