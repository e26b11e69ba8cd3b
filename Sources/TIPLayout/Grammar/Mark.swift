import TIPScene

/// The kind of shape a layer draws, as Vega-Lite names it.
public enum MarkType: String, Sendable, Hashable, Codable, CaseIterable {
    /// Bars from a baseline (or from `x2`/`y2`) to the value.
    case bar
    /// A line through the points of each series, in x order.
    case line
    /// A dot per row.
    case point
    /// The area between a line and the baseline (or `y2`).
    case area
    /// A line segment: across the plot at a `datum`, or from (x, y) to (x2, y2).
    case rule
    /// A rectangle from (x, y) to (x2, y2), or a whole cell of two band scales (a heatmap).
    case rect
    /// Text at (x, y).
    case text
    /// A short line across the band at the value (a strip plot).
    case tick
    /// A slice of a pie or a donut per row, its angle from `theta` (Swift Charts' `SectorMark`).
    case arc
    /// Composite: a box from Q1 to Q3 with the median, Tukey whiskers and outliers.
    case boxplot
    /// Composite: a range (from `y` to `y2`, or computed from the rows) with caps.
    case errorbar
    /// A country's outline on a map per row, found by its ``Channel/key`` (ISO 3166-1
    /// alpha-3 code or atlas name) and filled by `color`; states too small for the atlas's
    /// scale are dots. The plot's ``Plot/projection`` says how the globe is flattened.
    case geoshape
}

/// A layer's mark and its fixed visual properties (Vega-Lite's mark definition).
public struct MarkDefinition: Sendable, Equatable, Codable {
    /// The shape drawn.
    public var type: MarkType
    /// For lines and areas: also draw a dot at every point.
    public var point: Bool
    /// A fixed colour, overriding the palette.
    public var color: Color?
    /// Opacity of fills, 0…1.
    public var opacity: Double?
    /// Line width in points.
    public var strokeWidth: Double?
    /// A dash pattern for lines and rules.
    public var strokeDash: [Double]?
    /// A point's radius, or a tick's length, in points.
    public var size: Double?
    /// Box plot whiskers: `k` times the IQR beyond the box (Tukey, 1.5 by default), or nil
    /// for whiskers to the minimum and maximum. Error bars: see ``errorExtent``.
    public var whiskerIQR: Double?
    /// What a computed error bar spans (standard error by default).
    public var errorExtent: ErrorExtent
    /// Text marks: how far from the point text sits, in points (up by default).
    public var dy: Double?
    /// Lines: straight between points (nil or `.linear`), or steps.
    public var interpolate: LineInterpolation?
    /// Arcs: the hole as a fraction of the radius, 0 (a pie, the default) to 0.9 (Swift
    /// Charts' `innerRadius: .ratio(0.6)`).
    public var innerRadiusRatio: Double?
    /// Arcs: the hole's radius in points (Vega-Lite's `innerRadius`); the ratio wins when both are given.
    public var innerRadius: Double?

    /// A mark of `type` with default properties.
    public init(
        _ type: MarkType, point: Bool = false, color: Color? = nil, opacity: Double? = nil,
        strokeWidth: Double? = nil, strokeDash: [Double]? = nil, size: Double? = nil, whiskerIQR: Double? = 1.5,
        errorExtent: ErrorExtent = .standardError, dy: Double? = nil, innerRadiusRatio: Double? = nil
    ) {
        self.type = type
        self.point = point
        self.color = color
        self.opacity = opacity
        self.strokeWidth = strokeWidth
        self.strokeDash = strokeDash
        self.size = size
        self.whiskerIQR = whiskerIQR
        self.errorExtent = errorExtent
        self.dy = dy
        self.innerRadiusRatio = innerRadiusRatio
    }
}

/// How a line joins its points (Vega-Lite's `interpolate`).
public enum LineInterpolation: String, Sendable, Hashable, Codable {
    /// Straight segments from point to point.
    case linear
    /// A level across each point's band (or halfway to its neighbours), joined by
    /// vertical risers halfway between points: a placement that holds until it changes.
    case step
}

/// What an error bar computed from rows spans around their mean.
public enum ErrorExtent: String, Sendable, Hashable, Codable {
    /// Mean ± standard error, `s / √n` (Vega-Lite `stderr`, its default).
    case standardError = "stderr"
    /// Mean ± sample standard deviation (Vega-Lite `stdev`).
    case standardDeviation = "stdev"
    /// From Q1 to Q3, R type 7 (Vega-Lite `iqr`).
    case interquartileRange = "iqr"
}
