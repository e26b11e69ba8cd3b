import Foundation
import Testing

@testable import TIPGeo

/// TIPGeo's projections against PROJ (`Scripts/make-projection-reference.py`): 400 random
/// points and the meridians −180°, −90°, 0°, 45.5° and 180° every 5° of latitude.
struct ProjectionTests {
    struct Reference: Sendable, CustomStringConvertible {
        let projection: Projection, point: GeoPoint, x: Double, y: Double
        var description: String { "\(projection) at \(point.longitude), \(point.latitude)" }
    }

    static let references: [Reference] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Fixtures/projections-reference.csv")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").dropFirst(2).compactMap { line in
            let f = line.split(separator: ",")
            guard f.count == 5, let p = Projection(rawValue: String(f[0])), let lon = Double(f[1]),
                let lat = Double(f[2]), let x = Double(f[3]), let y = Double(f[4])
            else { return nil }
            return Reference(projection: p, point: GeoPoint(longitude: lon, latitude: lat), x: x, y: y)
        }
    }()

    @Test func theReferenceFileIsRead() {
        #expect(Self.references.count == 3 * (400 + 5 * 37))
    }

    /// Equal Earth and plate carrée are closed formulas: they match PROJ to rounding.
    @Test func closedFormulasMatchPROJ() {
        for r in Self.references where r.projection != .robinson {
            let (x, y) = r.projection.project(r.point)
            #expect(abs(x - r.x) < 1e-9 && abs(y - r.y) < 1e-9, "\(r): \(x), \(y) vs \(r.x), \(r.y)")
        }
    }

    /// Robinson is a table: PROJ interpolates it with its own cubic, so the two agree to
    /// about a thousandth of a radius (a tenth of a point on a 600-point-wide map).
    @Test func robinsonMatchesPROJWithinItsTable() {
        var worst = 0.0
        for r in Self.references where r.projection == .robinson {
            let (x, y) = r.projection.project(r.point)
            worst = max(worst, abs(x - r.x), abs(y - r.y))
        }
        #expect(worst < 1e-3, "largest difference \(worst)")
    }

    /// Robinson at its table's own rows gives the table.
    @Test func robinsonHitsItsTableRows() {
        for (k, degrees) in stride(from: 0.0, through: 90, by: 5).enumerated() {
            let (length, height) = Robinson.interpolated(degrees)
            #expect(abs(length - Robinson.lengths[k]) < 1e-12)
            #expect(abs(height - Robinson.heights[k]) < 1e-12)
        }
    }

    static let hostile: [GeoPoint] = [
        GeoPoint(longitude: 1e308, latitude: -1e308), GeoPoint(longitude: -.infinity, latitude: .infinity),
        GeoPoint(longitude: 0, latitude: 90), GeoPoint(longitude: 180, latitude: -90),
    ]

    /// Out-of-range coordinates are clamped to the globe: finite results, never a trap.
    @Test(arguments: Projection.allCases, hostile)
    func outOfRangeIsClamped(_ projection: Projection, _ point: GeoPoint) {
        let (x, y) = projection.project(point)
        #expect(x.isFinite && y.isFinite)
        let edge = projection.project(
            GeoPoint(longitude: min(max(point.longitude, -180), 180), latitude: min(max(point.latitude, -90), 90)))
        #expect(x == edge.x && y == edge.y)
    }

    /// A NaN coordinate gives NaN, which a map skips as a missing point.
    @Test(arguments: Projection.allCases)
    func nanStaysNaN(_ projection: Projection) {
        let (x, y) = projection.project(GeoPoint(longitude: .nan, latitude: 10))
        #expect(x.isNaN || y.isNaN)
    }

    /// The outline is closed around the map: symmetric and as wide as the equator.
    @Test(arguments: Projection.allCases)
    func outlineSpansTheMap(_ projection: Projection) {
        let outline = projection.outline(steps: 36)
        let xs = outline.map(\.x), ys = outline.map(\.y)
        let equator = projection.project(GeoPoint(longitude: 180, latitude: 0)).x
        #expect(abs((xs.max() ?? 0) - equator) < 1e-12 && abs((xs.min() ?? 0) + equator) < 1e-12)
        #expect(abs((ys.max() ?? 0) + (ys.min() ?? 0)) < 1e-12)
    }
}
