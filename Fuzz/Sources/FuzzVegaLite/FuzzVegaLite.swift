import Foundation
import TIPCharts

/// Vega-Lite JSON through decoding into a Plot, every transform and composite mark, and
/// layout into a scene under the mark rule, measured with the approximate measurer (fast,
/// no Cairo): every stage may refuse, none may crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzVegaLite(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    guard let spec = try? VegaLiteSpec.decode(bytes, file: "/nonexistent/spec.json") else { return 0 }
    let canvas = spec.size ?? Size(width: 800, height: 500)
    guard canvas.width >= 200, canvas.height >= 150, canvas.width <= 10_000, canvas.height <= 10_000 else { return 0 }
    _ = try? spec.plot.checkedScene(size: canvas, theme: .standard, measurer: ApproximateTextMeasurer())
    return 0
}
