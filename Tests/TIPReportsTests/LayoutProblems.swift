import TIPScene
import TIPLayout

/// The library's one layout checker (``TIPLayout/Scene/layoutProblems()``, tested in
/// TIPLayoutTests), each problem prefixed with which chart and size it is.
func layoutProblems(_ scene: Scene, _ label: String) -> [String] {
    scene.layoutProblems().map { "\(label): \($0)" }
}
