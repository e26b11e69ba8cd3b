/// A finished chart as data: a canvas and a list of drawing primitives in paint order.
///
/// It is `Equatable` and `Codable`, so tests can inspect it and compare it with a stored
/// snapshot. It knows no chart types and no renderer; a renderer draws it.
public struct Scene: Sendable, Equatable, Codable {
    /// The canvas in points.
    public var size: Size
    /// The canvas colour, painted first.
    public var background: Color
    /// A short title for accessibility (SVG `<title>`, PDF title).
    public var title: String
    /// A longer description for screen readers (SVG `<desc>`).
    public var summary: String
    /// The primitives, in paint order.
    public var items: [SceneItem]

    /// A scene of `items` on a `size` canvas, with its accessible title and description.
    public init(
        size: Size, background: Color = .white, title: String = "", summary: String = "", items: [SceneItem] = []
    ) {
        self.size = size
        self.background = background
        self.title = title
        self.summary = summary
        self.items = items
    }

    /// Every text run, including those inside groups, in paint order.
    public var textRuns: [TextRun] { items.flatMap(\.textRuns) }
}

/// One drawing primitive.
public enum SceneItem: Sendable, Equatable, Codable {
    /// A rectangle, filled and/or stroked.
    case rect(Rect, ShapeStyle)
    /// A path, filled and/or stroked.
    case path(Path, ShapeStyle)
    /// A run of text, placed and measured.
    case text(TextRun)
    /// A line through many points, kept in data units and mapped at draw time, so a series
    /// of a million points is stored once and never copied per layer.
    case polyline(Polyline, StrokeStyle)
    /// One shape at many points (a scatter chart's dots), drawn in order.
    case markers(MarkerSet)
    /// Items drawn clipped to `clip` when it is set.
    case group(clip: Rect?, items: [SceneItem])

    var textRuns: [TextRun] {
        switch self {
        case let .text(run): [run]
        case let .group(_, items): items.flatMap(\.textRuns)
        default: []
        }
    }
}

/// Fill and stroke of a shape; either may be absent.
public struct ShapeStyle: Sendable, Hashable, Codable {
    /// The fill colour, or none.
    public var fill: Color?
    /// The outline, or none.
    public var stroke: StrokeStyle?
    /// Diagonal lines over the fill, in this stroke, ``hatchSpacing`` apart and clipped to
    /// the shape (a value known only as a bound, say); none when nil.
    public var hatch: StrokeStyle?

    /// The distance between hatch lines, in points.
    public static let hatchSpacing = 4.0

    /// A style with an optional fill, stroke and hatch.
    public init(fill: Color? = nil, stroke: StrokeStyle? = nil, hatch: StrokeStyle? = nil) {
        self.fill = fill
        self.stroke = stroke
        self.hatch = hatch
    }

    /// Filled with `color`, no outline.
    public static func filled(_ color: Color) -> ShapeStyle { ShapeStyle(fill: color) }
    /// Outlined in `color`, `width` points wide, not filled.
    public static func stroked(_ color: Color, width: Double = 1) -> ShapeStyle {
        ShapeStyle(stroke: StrokeStyle(color: color, width: width))
    }
}

/// A stroke: colour, width in points, optional dash pattern.
public struct StrokeStyle: Sendable, Hashable, Codable {
    /// The stroke colour.
    public var color: Color
    /// The line width in points.
    public var width: Double
    /// Alternating dash and gap lengths in points; empty for a solid line.
    public var dash: [Double]
    /// How the line ends.
    public var cap: LineCap

    /// How a stroke ends.
    public enum LineCap: String, Sendable, Hashable, Codable {
        /// The stroke ends at the end point.
        case butt
        /// A half-disc beyond the end point.
        case round
        /// A half-square beyond the end point.
        case square
    }

    /// A stroke.
    public init(color: Color, width: Double = 1, dash: [Double] = [], cap: LineCap = .butt) {
        self.color = color
        self.width = width
        self.dash = dash
        self.cap = cap
    }
}

/// A vector path made of commands in canvas coordinates.
public struct Path: Sendable, Hashable, Codable {
    /// One drawing command.
    public enum Element: Sendable, Hashable, Codable {
        /// Starts a new subpath at the point.
        case move(Point)
        /// A straight line to the point.
        case line(Point)
        /// A cubic Bézier curve through two control points to the third point.
        case curve(Point, Point, Point)
        /// A circular arc, angles in radians, clockwise on screen (y down) from `start` to `end`.
        case arc(center: Point, radius: Double, start: Double, end: Double)
        /// The same, counter-clockwise.
        case arcNegative(center: Point, radius: Double, start: Double, end: Double)
        /// Closes the subpath with a line to its start.
        case close
    }

    /// The commands, in order.
    public var elements: [Element]
    /// A path of `elements`.
    public init(_ elements: [Element] = []) { self.elements = elements }

    /// A straight segment from `a` to `b`.
    public static func line(from a: Point, to b: Point) -> Path { Path([.move(a), .line(b)]) }
    /// A full circle.
    public static func circle(center: Point, radius: Double) -> Path {
        Path([.arc(center: center, radius: radius, start: 0, end: 2 * .pi), .close])
    }
}

/// Points of a long line in data units, with the affine map to canvas points:
/// `canvasX = x · scaleX + offsetX`, `canvasY = y · scaleY + offsetY`.
public struct Polyline: Sendable, Equatable, Codable {
    /// X values in data units; NaN leaves a gap.
    public var xs: [Double]
    /// Y values in data units, one per x; NaN leaves a gap.
    public var ys: [Double]
    /// Canvas points per x unit.
    public var scaleX: Double
    /// The canvas x of the data value 0.
    public var offsetX: Double
    /// Canvas points per y unit (negative: y grows downwards on the canvas).
    public var scaleY: Double
    /// The canvas y of the data value 0.
    public var offsetY: Double

    /// A polyline and its map to canvas points.
    ///
    /// - Precondition: as many y as x values (decoding checks this and throws instead).
    public init(xs: [Double], ys: [Double], scaleX: Double, offsetX: Double, scaleY: Double, offsetY: Double) {
        precondition(xs.count == ys.count, "a polyline needs as many x as y values")
        self.xs = xs
        self.ys = ys
        self.scaleX = scaleX
        self.offsetX = offsetX
        self.scaleY = scaleY
        self.offsetY = offsetY
    }

    private enum CodingKeys: String, CodingKey { case xs, ys, scaleX, offsetX, scaleY, offsetY }

    /// Decodes through the rule of the initialiser: as many y values as x values.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let xs = try c.decode([Double].self, forKey: .xs), ys = try c.decode([Double].self, forKey: .ys)
        guard xs.count == ys.count else {
            throw DecodingError.dataCorruptedError(
                forKey: .ys, in: c, debugDescription: "\(ys.count) y values for \(xs.count) x values")
        }
        self.init(
            xs: xs, ys: ys, scaleX: try c.decode(Double.self, forKey: .scaleX),
            offsetX: try c.decode(Double.self, forKey: .offsetX),
            scaleY: try c.decode(Double.self, forKey: .scaleY), offsetY: try c.decode(Double.self, forKey: .offsetY))
    }

    /// The number of points.
    public var count: Int { xs.count }
    /// Point `i` in canvas coordinates.
    public func canvasPoint(_ i: Int) -> Point { Point(x: xs[i] * scaleX + offsetX, y: ys[i] * scaleY + offsetY) }
}
