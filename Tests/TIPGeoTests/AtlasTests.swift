import Testing

@testable import TIPGeo

struct AtlasTests {
    let atlas = Atlas.naturalEarth

    /// The generated layer: 177 outlines at 1:110m and 64 small states and territories as
    /// points, every code unique, every point on the globe.
    @Test func theEmbeddedAtlasIsComplete() {
        let outlines = atlas.shapes.filter { $0.point == nil }, dots = atlas.shapes.filter { $0.point != nil }
        #expect(outlines.count == 177)
        #expect(dots.count == 64)
        #expect(Set(atlas.shapes.map(\.code)).count == atlas.shapes.count)
        for shape in atlas.shapes {
            #expect(shape.code.count == 3 && shape.code == shape.code.uppercased(), "\(shape.code)")
            let points = shape.rings.flatMap { $0 } + (shape.point.map { [$0] } ?? [])
            #expect(!points.isEmpty, "\(shape.name) has no geometry")
            #expect(
                points.allSatisfy { abs($0.longitude) <= 180 && abs($0.latitude) <= 90 },
                "\(shape.name) leaves the globe")
            #expect(shape.rings.allSatisfy { $0.count >= 3 })
        }
    }

    /// Countries the TIP Report ranks, found by code: large ones as outlines, small ones as dots.
    @Test(arguments: ["KAZ", "KGZ", "UZB", "UKR", "RUS", "USA", "FJI", "XKX", "ZAF", "LSO"])
    func outlinesByCode(_ code: String) {
        #expect(atlas.shape(code: code)?.rings.isEmpty == false)
    }

    @Test(arguments: ["BHR", "SGP", "MLT", "MDV", "MUS", "BRB", "SYC", "KIR", "TON", "HKG", "CPV"])
    func smallStatesAreDots(_ code: String) {
        #expect(atlas.shape(code: code)?.point != nil)
    }

    @Test func unknownCodesHaveNoShape() {
        #expect(atlas.shape(code: "ZZZ") == nil)
        #expect(atlas.shape(code: "") == nil)
        #expect(atlas.shape(code: "kaz") == nil)
    }

    /// Lines that do not fit the format are skipped, and malformed points dropped, without a trap.
    @Test func malformedLinesAreSkipped() {
        let shapes = parseAtlasText("A\tB\nKAZ\tKazakhstan\t1,1 2,2 x,y 3,1\nMLT\tMalta\t@1444,3588\nBAD\tBad\t@1,\n")
        #expect(shapes.map(\.code) == ["KAZ", "MLT"])
        #expect(shapes.first?.rings.first?.count == 3)
    }

    /// Ring orientation: South Africa's outer ring and Lesotho's hole in it turn opposite
    /// ways, so a non-zero fill leaves Lesotho open.
    @Test func holesTurnAgainstTheirOuterRing() {
        guard let southAfrica = atlas.shape(code: "ZAF") else { Issue.record("no ZAF"); return }
        let areas = southAfrica.rings.map { ring in
            zip(ring, ring.dropFirst() + ring.prefix(1)).reduce(0.0) {
                $0 + $1.0.longitude * $1.1.latitude - $1.1.longitude * $1.0.latitude
            } / 2
        }
        #expect(areas.contains { $0 < 0 } && areas.contains { $0 > 0 }, "\(areas)")
    }

    /// No ring crosses the antimeridian: Natural Earth cuts Russia, Fiji and the others at
    /// ±180°, so no edge of a ring spans more than half the globe and a map centred on
    /// Greenwich never draws a line across itself (Antarctica's edge along the pole aside).
    @Test func noRingCrossesTheAntimeridian() {
        for shape in atlas.shapes {
            for ring in shape.rings {
                // Antarctica's ring runs along the south pole from 180° to −180°: the map's edge.
                for (a, b) in zip(ring, ring.dropFirst() + ring.prefix(1))
                where !(abs(a.latitude) == 90 && a.latitude == b.latitude) {
                    #expect(abs(a.longitude - b.longitude) < 180, "\(shape.name): \(a) to \(b)")
                }
            }
        }
        #expect((atlas.shape(code: "RUS")?.rings.count ?? 0) > 1)
        #expect((atlas.shape(code: "FJI")?.rings.count ?? 0) > 1)
    }
}
