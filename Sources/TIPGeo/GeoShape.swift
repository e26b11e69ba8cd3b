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

    /// A shape; give `rings` or `point`.
    public init(code: String, name: String, rings: [[GeoPoint]] = [], point: GeoPoint? = nil) {
        self.code = code
        self.name = name
        self.rings = rings
        self.point = point
    }
}
