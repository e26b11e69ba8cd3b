/// Bars from zero (or `yStart`) to `y` over categories of `x`; stacked when coloured by a
/// field. Give `x` numbers and `xEnd` for bars over a continuous range (a histogram's bins).
public struct BarMark<Row>: MarkContent {
    public var layer: MarkLayer<Row>
    /// Bars of `y` over `x`.
    public init(
        x: PlottableValue<Row>, y: PlottableValue<Row>, xEnd: PlottableValue<Row>? = nil,
        yStart: PlottableValue<Row>? = nil
    ) {
        layer = MarkLayer(.bar, [.x: x, .y: y, .x2: xEnd, .y2: yStart])
    }
}

/// A line through the points of each series (colour or `series(by:)`), in x order.
public struct LineMark<Row>: MarkContent {
    public var layer: MarkLayer<Row>
    /// A line of `y` over `x`; `points` also marks every point.
    public init(x: PlottableValue<Row>, y: PlottableValue<Row>, points: Bool = false) {
        layer = MarkLayer(.line, [.x: x, .y: y])
        layer.mark.point = points
    }
}

/// A dot at each (x, y).
public struct PointMark<Row>: MarkContent {
    public var layer: MarkLayer<Row>
    /// Dots at `x`, `y`.
    public init(x: PlottableValue<Row>, y: PlottableValue<Row>) { layer = MarkLayer(.point, [.x: x, .y: y]) }
}

/// The area under a line, or between `yStart` and `y`; stacked when coloured by a field.
public struct AreaMark<Row>: MarkContent {
    public var layer: MarkLayer<Row>
    /// The area from zero (or `yStart`) to `y` over `x`.
    public init(x: PlottableValue<Row>, y: PlottableValue<Row>, yStart: PlottableValue<Row>? = nil) {
        layer = MarkLayer(.area, [.x: x, .y: y, .y2: yStart])
    }
}

/// A reference line across the plot at `y` (or `x`), or a segment between two points.
public struct RuleMark<Row>: MarkContent {
    public var layer: MarkLayer<Row>
    /// A horizontal line at `y`: a mean, a target.
    public init(y: PlottableValue<Row>) { layer = MarkLayer(.rule, [.y: y]) }
    /// A vertical line at `x`.
    public init(x: PlottableValue<Row>) { layer = MarkLayer(.rule, [.x: x]) }
    /// A segment from (`x`, `yStart`) to (`x`, `yEnd`).
    public init(x: PlottableValue<Row>, yStart: PlottableValue<Row>, yEnd: PlottableValue<Row>) {
        layer = MarkLayer(.rule, [.x: x, .y: yStart, .y2: yEnd])
    }
}

/// A rectangle from (`xStart`, `yStart`) to (`xEnd`, `yEnd`), or a whole cell of two
/// category axes (a heatmap, coloured with `foregroundStyle(by:)`).
public struct RectangleMark<Row>: MarkContent {
    public var layer: MarkLayer<Row>
    /// A cell at categories `x` and `y`.
    public init(x: PlottableValue<Row>, y: PlottableValue<Row>) { layer = MarkLayer(.rect, [.x: x, .y: y]) }
    /// A rectangle over ranges.
    public init(
        xStart: PlottableValue<Row>, xEnd: PlottableValue<Row>, yStart: PlottableValue<Row>, yEnd: PlottableValue<Row>
    ) {
        layer = MarkLayer(.rect, [.x: xStart, .x2: xEnd, .y: yStart, .y2: yEnd])
    }
}

/// Text at (x, y): a value label or an annotation.
public struct TextMark<Row>: MarkContent {
    public var layer: MarkLayer<Row>
    /// `text` at `x`, `y`, a few points above the point.
    public init(x: PlottableValue<Row>, y: PlottableValue<Row>, text: PlottableValue<Row>) {
        layer = MarkLayer(.text, [.x: x, .y: y, .text: text])
    }
}

/// A short line across a category's band at a value (a strip plot).
public struct TickMark<Row>: MarkContent {
    public var layer: MarkLayer<Row>
    /// A tick at `y` over category `x`.
    public init(x: PlottableValue<Row>, y: PlottableValue<Row>) { layer = MarkLayer(.tick, [.x: x, .y: y]) }
}

/// A box plot of `y` for each category of `x`: the box from Q1 to Q3 with the median
/// (R type 7), whiskers to the furthest values within 1.5 IQR (Tukey), and outliers.
public struct BoxPlotMark<Row>: MarkContent {
    public var layer: MarkLayer<Row>
    /// Boxes of `y` by `x`; `whiskerIQR: nil` sets whiskers at the minimum and maximum.
    public init(x: PlottableValue<Row>, y: PlottableValue<Row>, whiskerIQR: Double? = 1.5) {
        layer = MarkLayer(.boxplot, [.x: x, .y: y])
        layer.mark.whiskerIQR = whiskerIQR
    }
}

/// An error bar for each category of `x`: from `yStart` to `yEnd` when given, else over
/// the rows of `y` (mean ± standard error by default).
public struct ErrorBarMark<Row>: MarkContent {
    public var layer: MarkLayer<Row>
    /// A bar from `yStart` to `yEnd` over `x`.
    public init(x: PlottableValue<Row>, yStart: PlottableValue<Row>, yEnd: PlottableValue<Row>) {
        layer = MarkLayer(.errorbar, [.x: x, .y: yStart, .y2: yEnd])
    }
    /// A bar computed from the rows of `y` in each category of `x`.
    public init(x: PlottableValue<Row>, y: PlottableValue<Row>, extent: ErrorExtent = .standardError) {
        layer = MarkLayer(.errorbar, [.x: x, .y: y])
        layer.mark.errorExtent = extent
    }
}

/// A slice of a pie or a donut per row, its angle from `angle`'s share of the total;
/// colour the slices with `foregroundStyle(by:)`. Each slice carries its share, and a
/// donut's hole holds the total.
public struct SectorMark<Row>: MarkContent {
    public var layer: MarkLayer<Row>
    /// Slices sized by `angle`; `innerRadius: .ratio(0.6)` makes a donut.
    public init(angle: PlottableValue<Row>, innerRadius: SectorRadius = .ratio(0)) {
        layer = MarkLayer(.arc, [.theta: angle])
        switch innerRadius {
        case let .ratio(r): layer.mark.innerRadiusRatio = r
        case let .points(p): layer.mark.innerRadius = p
        }
    }
}

/// A sector's inner radius (Swift Charts' `MarkDimension`).
public enum SectorRadius: Sendable, Hashable {
    /// A fraction of the outer radius, 0 (a pie) to 0.9.
    case ratio(Double)
    /// A fixed radius in points.
    case points(Double)
}

/// A country on a map per row, found by `country` (an ISO 3166-1 alpha-3 code or the
/// atlas's name) and filled by `foregroundStyle(by:)`; small states are dots.
public struct GeoshapeMark<Row>: MarkContent {
    public var layer: MarkLayer<Row>
    /// The shape of each row's `country`.
    public init(country: PlottableValue<Row>) { layer = MarkLayer(.geoshape, [.key: country]) }
}
