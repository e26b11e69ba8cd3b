import TIPScene

/// A mark of the declarative API: ``BarMark``, ``LineMark``, ``PointMark``, ``AreaMark``,
/// ``RuleMark``, ``RectangleMark``, ``TextMark``, ``TickMark``, ``BoxPlotMark``,
/// ``ErrorBarMark`` and ``SectorMark``. Modifiers return a changed copy.
public protocol MarkContent<Row> {
    /// The type of your rows.
    associatedtype Row
    /// The mark and its channels.
    var layer: MarkLayer<Row> { get set }
}

extension MarkContent {
    /// Colours the marks by a field's categories, with a legend (Swift Charts'
    /// `foregroundStyle(by:)`); bars and areas of one category stack.
    public func foregroundStyle(by value: PlottableValue<Row>) -> Self { with(.color, value) }

    /// One colour for every mark of this layer.
    public func foregroundStyle(_ color: Color) -> Self {
        var copy = self
        copy.layer.mark.color = color
        return copy
    }

    /// Sets bars of a field's categories side by side within their band instead of stacking
    /// them (Swift Charts' `position(by:)`).
    public func position(by value: PlottableValue<Row>) -> Self { with(.xOffset, value) }

    /// Small multiples: one panel per value of a field, with shared colours and axes
    /// (Swift Charts has no equivalent; Vega-Lite's `facet` channel).
    public func facet(by value: PlottableValue<Row>) -> Self { with(.facet, value) }

    /// Groups rows into separate lines without a colour or a legend.
    public func series(by value: PlottableValue<Row>) -> Self { with(.detail, value) }

    /// Sizes points by a quantitative field, with a size legend (Swift Charts'
    /// `symbolSize(by:)`). The area is linear in the value from zero:
    /// `r = √(2² + (10² − 2²) · v / max)` points: the smallest dot stands for zero, and equal
    /// steps of value add equal area. Negative values are an error.
    public func symbolSize(by value: PlottableValue<Row>) -> Self { with(.size, value) }

    /// Gives points of each category of a field its own symbol (circle, square, triangle,
    /// diamond, cross, downward triangle; at most six), with a legend; merged with the
    /// colour legend when both read one field (Swift Charts' `symbol(by:)`).
    public func symbol(by value: PlottableValue<Row>) -> Self { with(.shape, value) }

    /// Sets the opacity of points, bars and cells from a quantitative field, 0.2 at zero to
    /// 1 at the largest value, with a legend.
    public func opacity(by value: PlottableValue<Row>) -> Self { with(.opacity, value) }

    /// Orders a stack's segments from the baseline up, or joins a line's points, by a
    /// field's values instead of the colour legend's or the x order (Vega-Lite's `order`).
    public func order(by value: PlottableValue<Row>) -> Self { with(.order, value) }

    /// The opacity of fills, 0…1.
    public func opacity(_ value: Double) -> Self {
        var copy = self
        copy.layer.mark.opacity = value
        return copy
    }

    /// Line width and dash pattern (Swift Charts' `lineStyle(StrokeStyle(...))`).
    public func lineStyle(width: Double? = nil, dash: [Double]? = nil) -> Self {
        var copy = self
        copy.layer.mark.strokeWidth = width ?? copy.layer.mark.strokeWidth
        copy.layer.mark.strokeDash = dash ?? copy.layer.mark.strokeDash
        return copy
    }

    /// A point's radius, in points.
    public func symbolSize(_ radius: Double) -> Self {
        var copy = self
        copy.layer.mark.size = radius
        return copy
    }

    /// How the stacked channel stacks: `.stacked(.normalize)` for 100 %, `.none` to overlap.
    public func stacking(_ mode: StackMode) -> Self {
        var copy = self
        let channel: Channel = copy.layer.values[.x]?.type == .quantitative ? .x : .y
        copy.layer.options[channel, default: ChannelEncoding()].stack = mode
        return copy
    }

    /// How a line joins its points (Swift Charts' `interpolationMethod`): `.step` for a
    /// placement that holds until it changes.
    public func interpolationMethod(_ method: LineInterpolation) -> Self {
        var copy = self
        copy.layer.mark.interpolate = method
        return copy
    }

    /// A label on each mark: a rule's text beside the line, a bar's in place of its value,
    /// a cell's at its centre (Swift Charts' `annotation`, with text only).
    public func annotation(_ text: String) -> Self { with(.text, .value("", text)) }

    /// Each mark's label from a field of its row.
    public func annotation(_ value: PlottableValue<Row>) -> Self { with(.text, value) }

    private func with(_ channel: Channel, _ value: PlottableValue<Row>) -> Self {
        var copy = self
        copy.layer.values[channel] = value
        return copy
    }
}
