import Charting

/// Text runs that leave the canvas, and pairs whose boxes overlap (boxes shrunk by half a
/// point, so the touching lines of one paragraph do not count).
func layoutProblems(_ scene: Scene, _ label: String) -> [String] {
    let canvas = Rect(x: 0, y: 0, width: scene.size.width, height: scene.size.height)
    let runs = scene.textRuns
    var problems = runs.filter { !canvas.contains($0.bounds) }.map { "\(label): '\($0.text)' leaves the canvas: \($0.bounds)" }
    for i in runs.indices {
        for j in runs.indices where j > i && runs[i].bounds.insetBy(0.5).overlaps(runs[j].bounds.insetBy(0.5)) {
            problems.append("\(label): '\(runs[i].text)' overlaps '\(runs[j].text)'")
        }
    }
    return problems
}

import Testing

struct LayoutProblemsTests {
    /// The checker itself must be able to fail.
    @Test func flagsOverlapsAndRunsOffTheCanvas() {
        let metrics = TextMetrics(width: 40, ascent: 8, descent: 2)
        func run(_ text: String, _ x: Double, _ y: Double) -> SceneItem {
            .text(TextRun(text, at: Point(x: x, y: y), font: Font(size: 10), color: .black, metrics: metrics))
        }
        let scene = Scene(size: Size(width: 100, height: 50), items: [run("a", 10, 20), run("b", 30, 22), run("c", 80, 45)])
        #expect(layoutProblems(scene, "t") == ["t: 'c' leaves the canvas: \(Rect(x: 80, y: 37, width: 40, height: 10))",
                                               "t: 'a' overlaps 'b'"])
        let clean = Scene(size: Size(width: 100, height: 50), items: [run("a", 10, 20), run("b", 10, 30)])
        #expect(layoutProblems(clean, "t").isEmpty, "stacked lines that touch are not an overlap")
    }
}
