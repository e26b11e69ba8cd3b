import Charting

/// The library's one layout checker (``Charting/Scene/layoutProblems()``, tested in
/// ChartingTests), each problem prefixed with which chart and size it is.
func layoutProblems(_ scene: Scene, _ label: String) -> [String] {
    scene.layoutProblems().map { "\(label): \($0)" }
}
