import RealModule

/// A map projection of the globe (a sphere of radius 1) to the plane, with north up.
///
/// ``project(_:)`` gives x east and y north in radii; a map scales and flips them onto
/// the canvas. The central meridian is Greenwich, where Natural Earth cuts its shapes at the
/// antimeridian (±180°), so no ring crosses the map's edge.
public enum Projection: String, Sendable, Hashable, Codable, CaseIterable {
    /// Equal Earth (Šavrič, Patterson and Jenny, 2018): equal-area, the default for maps of
    /// amounts, since a country's share of the ink is its share of the land.
    case equalEarth
    /// Robinson (1963): a compromise, neither equal-area nor conformal, as atlases use it.
    case robinson
    /// Plate carrée (equirectangular): x is longitude and y latitude, in radians.
    case plateCarree = "equirectangular"

    /// The plane point of `point`.
    ///
    /// - Equal Earth: θ = asin(√3/2 · sin φ); x = 2√3 λ cos θ / (3 (9A₄θ⁸ + 7A₃θ⁶ + 3A₂θ² + A₁)),
    ///   y = A₄θ⁹ + A₃θ⁷ + A₂θ³ + A₁θ, with A₁ = 1.340264, A₂ = −0.081106, A₃ = 0.000893, A₄ = 0.003796.
    /// - Robinson: x = 0.8487 · X(φ) · λ, y = 1.3523 · Y(φ), X and Y from Robinson's table
    ///   every 5°, interpolated by the cubic through the four nearest rows (within 1e-3 of a
    ///   radius of PROJ's spline: under a tenth of a point on a 600-point map).
    /// - Plate carrée: x = λ, y = φ.
    ///
    /// Latitudes beyond ±90° and longitudes beyond ±180° are clamped.
    ///
    /// - Complexity: O(1).
    public func project(_ point: GeoPoint) -> (x: Double, y: Double) {
        let lambda = Swift.min(Swift.max(point.longitude, -180), 180) * .pi / 180
        let phi = Swift.min(Swift.max(point.latitude, -90), 90) * .pi / 180
        switch self {
        case .plateCarree:
            return (lambda, phi)
        case .equalEarth:
            let a1 = 1.340264, a2 = -0.081106, a3 = 0.000893, a4 = 0.003796
            let theta = Double.asin(3.0.squareRoot() / 2 * Double.sin(phi))
            let t2 = theta * theta, t6 = t2 * t2 * t2
            let x =
                2 * 3.0.squareRoot() * lambda * Double.cos(theta)
                / (3 * (9 * a4 * t6 * t2 + 7 * a3 * t6 + 3 * a2 * t2 + a1))
            let y = theta * (a1 + a2 * t2 + t6 * (a3 + a4 * t2))
            return (x, y)
        case .robinson:
            let degrees = abs(phi) * 180 / .pi
            let (lengthFactor, height) = Robinson.interpolated(degrees)
            return (0.8487 * lengthFactor * lambda, 1.3523 * height * (phi < 0 ? -1 : 1))
        }
    }

    /// The plane extent of `shapes`' main rings and points (``GeoShape/mainPoints``):
    /// `(minX, minY, maxX, maxY)`, or nil when they have no finite point.
    ///
    /// - Complexity: O(points of the shapes).
    public func extent(of shapes: [GeoShape]) -> (minX: Double, minY: Double, maxX: Double, maxY: Double)? {
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        for point in shapes.flatMap(\.mainPoints) {
            let (x, y) = project(point)
            guard x.isFinite, y.isFinite else { continue }
            minX = Swift.min(minX, x)
            maxX = Swift.max(maxX, x)
            minY = Swift.min(minY, y)
            maxY = Swift.max(maxY, y)
        }
        return minX <= maxX ? (minX, minY, maxX, maxY) : nil
    }

    /// The outline of the whole globe in the plane (the map's edge): the meridians ±180°
    /// joined by the poles, `steps` points a side.
    ///
    /// - Complexity: O(steps).
    public func outline(steps: Int = 90) -> [(x: Double, y: Double)] {
        let n = Swift.max(2, steps)
        let east = (0...n).map { project(GeoPoint(longitude: 180, latitude: 90 - 180 * Double($0) / Double(n))) }
        let west = (0...n).map { project(GeoPoint(longitude: -180, latitude: -90 + 180 * Double($0) / Double(n))) }
        return east + west
    }
}

/// Robinson's table: the length of the parallel (X) and its distance from the equator (Y)
/// at every 5° of latitude from 0° to 90°, as Robinson published it (Snyder, *Map
/// Projections: A Working Manual*, 1987, table 29).
enum Robinson {
    static let lengths: [Double] = [
        1.0000, 0.9986, 0.9954, 0.9900, 0.9822, 0.9730, 0.9600, 0.9427, 0.9216, 0.8962,
        0.8679, 0.8350, 0.7986, 0.7597, 0.7186, 0.6732, 0.6213, 0.5722, 0.5322,
    ]
    static let heights: [Double] = [
        0.0000, 0.0620, 0.1240, 0.1860, 0.2480, 0.3100, 0.3720, 0.4340, 0.4958, 0.5571,
        0.6176, 0.6769, 0.7346, 0.7903, 0.8435, 0.8936, 0.9394, 0.9761, 1.0000,
    ]

    /// X and Y at `degrees` (0…90) by Lagrange's cubic through the four table rows around
    /// it (the table mirrored at the equator); between 85° and the pole, where no row lies
    /// beyond, by the quadratic through the last three rows.
    ///
    /// - Complexity: O(1).
    static func interpolated(_ degrees: Double) -> (Double, Double) {
        let position = Swift.min(Swift.max(degrees, 0), 90) / 5
        let i = Swift.min(Int(position), 17)
        let t = position - Double(i)
        // Below the equator the lengths repeat and the heights change sign.
        func row(_ k: Int, _ table: [Double], odd: Bool) -> Double {
            k < 0 ? (odd ? -table[-k] : table[-k]) : table[k]
        }
        func cubic(_ table: [Double], odd: Bool) -> Double {
            if i == 17 {
                let p0 = table[16], p1 = table[17], p2 = table[18]
                return p0 * t * (t - 1) / 2 - p1 * (t + 1) * (t - 1) + p2 * (t + 1) * t / 2
            }
            let p0 = row(i - 1, table, odd: odd), p1 = table[i], p2 = table[i + 1], p3 = table[i + 2]
            // Lagrange weights at nodes −1, 0, 1, 2.
            let w0 = -t * (t - 1) * (t - 2) / 6, w1 = (t + 1) * (t - 1) * (t - 2) / 2
            let w2 = -(t + 1) * t * (t - 2) / 2, w3 = (t + 1) * t * (t - 1) / 6
            return w0 * p0 + w1 * p1 + w2 * p2 + w3 * p3
        }
        return (cubic(lengths, odd: false), cubic(heights, odd: true))
    }
}
