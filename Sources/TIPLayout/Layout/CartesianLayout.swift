import TIPScene
/// Places a plot rectangle, two axes, their ticks, labels and titles inside a body
/// rectangle, so that no label leaves the canvas or collides with another.
///
/// Gutters depend on label sizes, which depend on the tick count, which depends on the
/// plot size; the layout iterates three times, which settles in practice.
struct CartesianLayout {
    var plot: Rect
    var x: ResolvedAxis
    var y: ResolvedAxis
    /// Grid lines, drawn under the marks.
    var gridItems: [SceneItem] = []
    /// Axis lines, tick marks, tick labels and titles, drawn over the marks.
    var axisItems: [SceneItem] = []

    /// - Parameters:
    ///   - headroom: points kept free beyond the largest magnitude on each value axis, for labels.
    init(
        body: Rect, x xRequest: AxisRequest, y yRequest: AxisRequest, text: ChartText, headroom: Headroom = .none,
        theme: Theme, measurer: any TextMeasurer
    ) {
        let block = TextBlock(theme: theme, measurer: measurer)
        let tickFont = theme.tickFont
        let lineHeight = measurer.metrics(of: "Ag", font: tickFont).height
        let xTitleHeight =
            text.xAxisTitle.map { block.height($0, font: theme.axisTitleFont, width: body.width) + 4 } ?? 0
        let yTitleHeight =
            text.yAxisTitle.map { _ in measurer.metrics(of: "Ag", font: theme.axisTitleFont).height + 6 } ?? 0

        var plot = body
        var x = xRequest.resolve(range: (plot.minX, plot.maxX), count: 5, headroom: 0)
        var y = yRequest.resolve(range: yRequest.verticalRange(plot), count: 5, headroom: 0)
        var xLabels = AxisLabels(runs: [], extent: 0)
        var yLabels = AxisLabels(runs: [], extent: 0)
        for _ in 0..<3 {
            // Fewer ticks until the value labels clear each other (small panels), then thinning.
            var yCount = max(3, boundedCount(plot.height / 40))
            repeat {
                y = yRequest.resolve(range: yRequest.verticalRange(plot), count: yCount, headroom: headroom.y)
                yLabels = AxisLabels.left(y, plot: plot, maxWidth: body.width * 0.38, theme: theme, block: block)
                yCount -= 1
            } while yLabels.collides && yCount >= 1
            if yLabels.collides { yLabels = yLabels.thinnedVerticallyUntilClear() }
            var xCount = max(2, boundedCount(plot.width / 70))
            repeat {
                x = xRequest.resolve(range: (plot.minX, plot.maxX), count: xCount, headroom: headroom.x)
                xLabels = AxisLabels.bottom(
                    x, plot: plot, maxExtent: body.height * 0.3, theme: theme, block: block, lineHeight: lineHeight)
                xCount -= 1
            } while xLabels.collides && xCount >= 2
            if xLabels.collides { xLabels = xLabels.thinnedUntilClear() }
            let left = yTitleHeight + yLabels.extent + theme.tickLength + 3
            let bottom = theme.tickLength + 3 + xLabels.extent + xTitleHeight
            // Room for the half of a centred label that may pass the plot's right or top edge.
            let right = max(0, (xLabels.runs.map(\.bounds.maxX).max() ?? 0) - plot.maxX) + 2
            let top = y.linear != nil ? lineHeight / 2 : 0
            plot = Rect(
                x: body.minX + left, y: body.minY + top,
                width: max(10, body.width - left - right), height: max(10, body.height - top - bottom))
        }
        self.plot = plot
        self.x = x
        self.y = y
        gridItems = Self.grid(x: x, y: y, plot: plot, theme: theme)
        axisItems = Self.axisLines(x: x, y: y, plot: plot, theme: theme)
        axisItems += (xLabels.runs + yLabels.runs).map(SceneItem.text)
        if let title = text.yAxisTitle {
            axisItems.append(
                .text(
                    block.run(
                        title,
                        at: Point(
                            x: body.minX + measurer.metrics(of: title, font: theme.axisTitleFont).ascent,
                            y: plot.minY + plot.height / 2),
                        anchor: .middle, font: theme.axisTitleFont, color: theme.mutedTextColor, rotation: -90)))
        }
        if let title = text.xAxisTitle {
            let top = plot.maxY + theme.tickLength + 3 + xLabels.extent + 4
            axisItems += block.lines(
                title, font: theme.axisTitleFont, color: theme.mutedTextColor, x: plot.center.x,
                top: top, width: body.width, anchor: .middle
            ).runs.map(SceneItem.text)
        }
    }

    /// Horizontal grid lines at the value ticks (vertical ones for a horizontal value axis).
    static func grid(x: ResolvedAxis, y: ResolvedAxis, plot: Rect, theme: Theme) -> [SceneItem] {
        var items: [SceneItem] = []
        let stroke = StrokeStyle(color: theme.gridColor, width: 0.8)
        if case let .linear(scale, ticks, _, _, _) = y {
            items += ticks.map {
                .path(
                    .line(from: Point(x: plot.minX, y: scale($0)), to: Point(x: plot.maxX, y: scale($0))),
                    ShapeStyle(stroke: stroke))
            }
        }
        if case let .linear(scale, ticks, _, _, _) = x, y.band != nil {
            items += ticks.map {
                .path(
                    .line(from: Point(x: scale($0), y: plot.minY), to: Point(x: scale($0), y: plot.maxY)),
                    ShapeStyle(stroke: stroke))
            }
        }
        return items
    }

    /// The baseline (at zero where zero is in the domain) and the tick marks.
    static func axisLines(x: ResolvedAxis, y: ResolvedAxis, plot: Rect, theme: Theme) -> [SceneItem] {
        let stroke = ShapeStyle(stroke: StrokeStyle(color: theme.axisColor, width: 1))
        var items: [SceneItem] = []
        // The x axis line: at y = 0 on a value axis that contains 0, else at the bottom.
        let baselineY: Double = {
            if case let .linear(scale, _, _, _, transform) = y, transform.allowsZero, scale.domain.contains(0) {
                return scale(0)
            }
            return plot.maxY
        }()
        items.append(
            .path(.line(from: Point(x: plot.minX, y: baselineY), to: Point(x: plot.maxX, y: baselineY)), stroke))
        if case let .linear(scale, _, _, _, transform) = x, y.band != nil {
            let zeroX = transform.allowsZero && scale.domain.contains(0) ? scale(0) : plot.minX
            items.append(.path(.line(from: Point(x: zeroX, y: plot.minY), to: Point(x: zeroX, y: plot.maxY)), stroke))
        }
        switch x {
        case let .linear(scale, ticks, _, _, _):
            items += ticks.map {
                .path(
                    .line(
                        from: Point(x: scale($0), y: plot.maxY),
                        to: Point(x: scale($0), y: plot.maxY + theme.tickLength)), stroke)
            }
        case let .band(band):
            items += band.categories.indices.map {
                .path(
                    .line(
                        from: Point(x: band.center($0), y: plot.maxY),
                        to: Point(x: band.center($0), y: plot.maxY + theme.tickLength)), stroke)
            }
        }
        return items
    }
}

/// Points kept free beyond the largest value on each axis, for value labels.
struct Headroom {
    var x = 0.0
    var y = 0.0
    static let none = Headroom()
}

extension AxisRequest {
    /// Values grow upward (range from the bottom); categories read top to bottom.
    func verticalRange(_ plot: Rect) -> (Double, Double) {
        if case .categories = self { return (plot.minY, plot.maxY) }
        return (plot.maxY, plot.minY)
    }
}

/// `value` truncated to an `Int` in `0...1_000_000`; NaN gives 0. Layout derives counts
/// (ticks, label strides) from canvas sizes, which a decoded scene can make 1e308 or NaN:
/// a plain `Int(_:)` would trap there.
func boundedCount(_ value: Double) -> Int {
    guard value.isFinite else { return value == .infinity ? 1_000_000 : 0 }
    return Int(Swift.min(Swift.max(value, 0), 1_000_000))
}
