/// A point on the globe in degrees: longitude east of Greenwich, latitude north.
public struct GeoPoint: Sendable, Hashable, Codable {
    /// Degrees east, −180…180.
    public var longitude: Double
    /// Degrees north, −90…90.
    public var latitude: Double

    /// The point at `longitude`, `latitude` (degrees).
    public init(longitude: Double, latitude: Double) {
        self.longitude = longitude
        self.latitude = latitude
    }
}

/// One country or territory of an atlas: its ISO 3166-1 alpha-3 code, its name, and either
/// its outline (rings of points) or, for a state too small for the layer's scale, one point.
public struct GeoShape: Sendable, Hashable {
    /// ISO 3166-1 alpha-3 (XKX for Kosovo, as the country table gives it).
    public var code: String
    /// The atlas's English name ("Côte d'Ivoire", "Bosnia and Herz.").
    public var name: String
    /// Closed rings, the last point joined to the first. Outer rings run clockwise on the
    /// globe seen from above (north up) and holes counter-clockwise, so a non-zero fill
    /// leaves holes (Lesotho in South Africa) open. Empty for a point.
    public var rings: [[GeoPoint]]
    /// The location of a state drawn as a dot; nil for an outline.
    public var point: GeoPoint?

    /// The ring of the largest extent in degrees (the mainland: France without French
    /// Guiana, the United States without Alaska); empty for a point.
    ///
    /// - Complexity: O(points).
    public var mainRing: [GeoPoint] {
        rings.max { extentArea($0) < extentArea($1) } ?? []
    }

    /// The points a map fits this shape by: its main ring, or its point.
    public var mainPoints: [GeoPoint] { point.map { [$0] } ?? mainRing }

    /// A shape; give `rings` or `point`.
    public init(code: String, name: String, rings: [[GeoPoint]] = [], point: GeoPoint? = nil) {
        self.code = code
        self.name = name
        self.rings = rings
        self.point = point
    }
}

/// The area of a ring's longitude–latitude bounding box, in square degrees.
///
/// - Complexity: O(points).
func extentArea(_ ring: [GeoPoint]) -> Double {
    guard let first = ring.first else { return 0 }
    var lo = first, hi = first
    for p in ring {
        lo = GeoPoint(longitude: min(lo.longitude, p.longitude), latitude: min(lo.latitude, p.latitude))
        hi = GeoPoint(longitude: max(hi.longitude, p.longitude), latitude: max(hi.latitude, p.latitude))
    }
    return (hi.longitude - lo.longitude) * (hi.latitude - lo.latitude)
}
