import Testing
import TIPScene

@testable import TIPCairo

/// A hatched shape: its fill and its diagonal lines inside it, nothing outside, in PNG and
/// in the same places in every format's drawing path.
struct HatchTests {
    static let fill = Color(hex: 0x440154), line = Color.white

    func scene(hatch: Bool) -> Scene {
        let square = Path([
            .move(Point(x: 20, y: 20)), .line(Point(x: 120, y: 20)), .line(Point(x: 120, y: 120)),
            .line(Point(x: 20, y: 120)), .close,
        ])
        return Scene(
            size: Size(width: 200, height: 150),
            items: [
                .path(
                    square,
                    ShapeStyle(
                        fill: Self.fill, stroke: StrokeStyle(color: .black, width: 1),
                        hatch: hatch ? StrokeStyle(color: Self.line, width: 1) : nil))
            ])
    }

    @Test func hatchLinesStayInsideTheShape() throws {
        let image = try SceneRenderer().rasterize(scene(hatch: true))
        var fillPixels = 0, linePixels = 0, outside = 0
        for y in 0..<150 {
            for x in 0..<200 {
                let p = image.pixel(x: x, y: y)
                let inside = x > 22 && x < 118 && y > 22 && y < 118
                if inside {
                    if p.distance(to: Self.fill) < 10 { fillPixels += 1 }
                    if p.distance(to: Self.line) < 60 { linePixels += 1 }
                } else if !(x >= 18 && x <= 122 && y >= 18 && y <= 122), p.distance(to: .white) > 0 {
                    outside += 1
                }
            }
        }
        #expect(fillPixels > 2000, "fill \(fillPixels)")
        #expect(linePixels > 800, "hatch \(linePixels)")
        #expect(outside == 0)
    }

    /// The outline is still drawn after the hatch: the hatch keeps the shape's path.
    @Test func theOutlineFollowsTheHatch() throws {
        let image = try SceneRenderer().rasterize(scene(hatch: true))
        #expect(image.pixel(x: 70, y: 20).distance(to: .black) < 80)
        let plain = try SceneRenderer().rasterize(scene(hatch: false))
        #expect(plain.pixel(x: 70, y: 20) == image.pixel(x: 70, y: 20))
    }

    /// A hatched shape of NaN or huge coordinates is refused with the renderer's error, as
    /// any shape is: no endless hatch loop, no trap.
    @Test func hostileShapesAreRefused() throws {
        for value in [Double.nan, 1e308, -1e308] {
            let path = Path([
                .move(Point(x: 0, y: 0)), .line(Point(x: value, y: 10)), .line(Point(x: 10, y: 10)), .close,
            ])
            let scene = Scene(
                size: Size(width: 50, height: 50),
                items: [.path(path, ShapeStyle(fill: Self.fill, hatch: StrokeStyle(color: Self.line)))])
            #expect(throws: RenderError.self) { try SceneRenderer().rasterize(scene) }
            #expect(throws: RenderError.self) { try SceneRenderer().render(scene, as: .svg) }
        }
    }

    /// The lines lie on the canvas's lattice x − y = 4k, cover the box, and any larger box
    /// gives a superset of them; hostile boxes give none.
    @Test func hatchLinesLieOnTheCanvasLattice() {
        let box = Rect(x: 13.3, y: 7.1, width: 40, height: 25)
        let lines = ShapeStyle.hatchLines(covering: box)
        #expect(!lines.isEmpty)
        for line in lines {
            let c = line.from.x - line.from.y
            #expect(abs(c / ShapeStyle.hatchSpacing - (c / ShapeStyle.hatchSpacing).rounded()) < 1e-9)
            #expect(abs((line.to.x - line.to.y) - c) < 1e-9)
            #expect(line.from.y == box.y && line.to.y == box.y + box.height)
        }
        let offsets = Set(lines.map { Int((($0.from.x - $0.from.y) / ShapeStyle.hatchSpacing).rounded()) })
        let wider = ShapeStyle.hatchLines(covering: Rect(x: 0, y: 0, width: 80, height: 60))
        #expect(
            offsets.isSubset(of: Set(wider.map { Int((($0.from.x - $0.from.y) / ShapeStyle.hatchSpacing).rounded()) })))
        for hostile in [
            Rect(x: 0, y: 0, width: 0, height: 0), Rect(x: .nan, y: 0, width: 1, height: 1),
            Rect(x: 0, y: 0, width: 1e308, height: 1), Rect(x: 0, y: 0, width: 1e6, height: 1e6),
        ] {
            #expect(ShapeStyle.hatchLines(covering: hostile).isEmpty)
        }
    }
}
