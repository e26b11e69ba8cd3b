import TIPScene
import TIPLayout
import Testing

/// The layout checker itself must be able to fail, for each rule.
struct LayoutProblemsTests {
    static let metrics = TextMetrics(width: 40, ascent: 8, descent: 2)
    static func run(_ text: String, _ x: Double, _ y: Double) -> SceneItem {
        .text(TextRun(text, at: Point(x: x, y: y), font: Font(size: 10), color: .black, metrics: metrics))
    }

    @Test func flagsOverlapsAndRunsOffTheCanvas() {
        let scene = Scene(
            size: Size(width: 100, height: 50),
            items: [Self.run("a", 10, 20), Self.run("b", 30, 22), Self.run("c", 80, 45)])
        #expect(scene.layoutProblems() == ["'c' leaves the canvas", "'a' overlaps 'b'"])
        let clean = Scene(size: Size(width: 100, height: 50), items: [Self.run("a", 10, 20), Self.run("b", 10, 30)])
        #expect(clean.layoutProblems().isEmpty, "stacked lines that touch are not an overlap")
    }

    @Test func flagsLabelsStraddlingABarButNotInsideOrOutside() {
        let bar = SceneItem.rect(Rect(x: 0, y: 30, width: 100, height: 60), .filled(.black))
        let straddling = Scene(size: Size(width: 200, height: 100), items: [bar, Self.run("x", 80, 35)])
        #expect(straddling.layoutProblems().count == 1)
        let inside = Scene(size: Size(width: 200, height: 100), items: [bar, Self.run("x", 20, 50)])
        let outside = Scene(size: Size(width: 200, height: 100), items: [bar, Self.run("x", 120, 50)])
        #expect(inside.layoutProblems().isEmpty && outside.layoutProblems().isEmpty)
    }

    @Test func flagsLinesThroughTextUnlessHaloed() {
        let line = SceneItem.polyline(
            Polyline(xs: [0, 200], ys: [15, 15], scaleX: 1, offsetX: 0, scaleY: 1, offsetY: 0),
            StrokeStyle(color: .black))
        let crossed = Scene(size: Size(width: 200, height: 100), items: [line, Self.run("x", 20, 20)])
        #expect(crossed.layoutProblems() == ["'x' is crossed by a line"])
        let halo = SceneItem.rect(Rect(x: 18, y: 10, width: 44, height: 12), .filled(.white))
        let haloed = Scene(size: Size(width: 200, height: 100), items: [line, halo, Self.run("x", 20, 20)])
        #expect(haloed.layoutProblems().isEmpty)
    }
}
