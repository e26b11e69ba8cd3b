import TIPCharts
import Foundation

/// A scene decoded from JSON, rendered to PNG, SVG and PDF under AddressSanitizer: the
/// renderer must refuse what cairo cannot draw and never touch freed or foreign memory.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRender(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    guard var scene = try? JSONDecoder().decode(Scene.self, from: bytes), let renderer = try? SceneRenderer() else {
        return 0
    }
    // Keep each run fast: the size check itself is tested elsewhere.
    scene.size = Size(
        width: min(max(scene.size.width.isFinite ? scene.size.width : 1, 1), 400),
        height: min(max(scene.size.height.isFinite ? scene.size.height : 1, 1), 300))
    for format in OutputFormat.allCases { _ = try? renderer.render(scene, as: format) }
    return 0
}
