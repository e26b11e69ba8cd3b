/// Many copies of one small shape, such as the points of a scatter chart: one primitive
/// for the whole set, so that a renderer can draw the shape once and stamp it at every
/// point instead of tracing a path per point.
public struct MarkerSet: Sendable, Equatable, Codable {
    /// The shape drawn at each point.
    public enum Shape: String, Sendable, Hashable, Codable, CaseIterable {
        /// A disc of radius ``MarkerSet/radius``.
        case circle
        /// A square of side 2 · ``MarkerSet/radius``.
        case square
    }

    /// The shape.
    public var shape: Shape
    /// The centres, in canvas points, in paint order.
    public var points: [Point]
    /// Half the shape's width, in points.
    public var radius: Double
    /// Fill and outline of every copy.
    public var style: ShapeStyle

    /// `shape` at each of `points`.
    public init(shape: Shape = .circle, points: [Point], radius: Double, style: ShapeStyle) {
        self.shape = shape
        self.points = points
        self.radius = radius
        self.style = style
    }

    /// The path of the copy at `center`, as a renderer without stamping draws it.
    public func path(at center: Point) -> Path {
        switch shape {
        case .circle: return .circle(center: center, radius: radius)
        case .square:
            let (x0, y0, x1, y1) = (center.x - radius, center.y - radius, center.x + radius, center.y + radius)
            return Path([
                .move(Point(x: x0, y: y0)), .line(Point(x: x1, y: y0)), .line(Point(x: x1, y: y1)),
                .line(Point(x: x0, y: y1)), .close,
            ])
        }
    }
}
