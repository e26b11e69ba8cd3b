/// Many copies of one small shape, such as the points of a scatter chart: one primitive
/// for the whole set, so that a renderer can draw the shape once and stamp it at every
/// point instead of tracing a path per point.
public struct MarkerSet: Sendable, Equatable, Codable {
    /// The shape drawn at each point.
    ///
    /// Every shape has the area of the disc of radius ``MarkerSet/radius`` (π r²), so that
    /// no category of a shape legend looks larger than another.
    public enum Shape: String, Sendable, Hashable, Codable, CaseIterable {
        /// A disc of radius r.
        case circle
        /// An axis-aligned square of side r √π.
        case square
        /// An equilateral triangle pointing up, centred on its centroid.
        case triangle
        /// A square standing on a corner, half-diagonal r √(π/2).
        case diamond
        /// A plus sign whose arms are 0.7 of their half-length wide.
        case cross
        /// An equilateral triangle pointing down.
        case triangleDown

        /// The farthest any point of the shape lies from its centre, in radii.
        public var reach: Double {
            switch self {
            case .circle: 1
            case .square: Double.pi.squareRoot() / 2 * 2.0.squareRoot()
            case .triangle, .triangleDown: Self.triangleSide / 3.0.squareRoot()
            case .diamond: (Double.pi / 2).squareRoot()
            case .cross: Self.crossArm * (1 + Self.crossWidth * Self.crossWidth).squareRoot()
            }
        }

        /// The side of the equilateral triangle of area π: √(4π / √3).
        static let triangleSide = (4 * Double.pi / 3.0.squareRoot()).squareRoot()
        /// A cross arm's half-width as a share of its half-length.
        static let crossWidth = 0.35
        /// The half-length of the cross of area π: 8 e t − 4 t² = π with t = 0.35 e.
        static let crossArm = (Double.pi / (8 * crossWidth - 4 * crossWidth * crossWidth)).squareRoot()
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

    /// The farthest any copy reaches from its centre, in points (before its outline).
    public var reach: Double { radius * shape.reach }

    /// The path of the copy at `center`, as a renderer without stamping draws it.
    ///
    /// - Complexity: O(1).
    public func path(at center: Point) -> Path {
        let r = radius
        func polygon(_ corners: [(Double, Double)]) -> Path {
            let points = corners.map { Point(x: center.x + $0.0 * r, y: center.y + $0.1 * r) }
            return Path([.move(points[0])] + points.dropFirst().map(Path.Element.line) + [.close])
        }
        switch shape {
        case .circle:
            return .circle(center: center, radius: r)
        case .square:
            let h = Double.pi.squareRoot() / 2
            return polygon([(-h, -h), (h, -h), (h, h), (-h, h)])
        case .triangle, .triangleDown:
            let a = Shape.triangleSide, far = a / 3.0.squareRoot(), near = far / 2
            let flip: Double = shape == .triangle ? 1 : -1
            return polygon([(0, -far * flip), (a / 2, near * flip), (-a / 2, near * flip)])
        case .diamond:
            let d = (Double.pi / 2).squareRoot()
            return polygon([(0, -d), (d, 0), (0, d), (-d, 0)])
        case .cross:
            let e = Shape.crossArm, t = e * Shape.crossWidth
            return polygon([
                (-t, -e), (t, -e), (t, -t), (e, -t), (e, t), (t, t), (t, e), (-t, e), (-t, t), (-e, t), (-e, -t),
                (-t, -t),
            ])
        }
    }
}
