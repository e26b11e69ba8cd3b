import TIPCharts
import Foundation

/// Chart-spec JSON through decoding, chart building and layout into a scene, measured with
/// the approximate measurer (fast, no Cairo): every stage may refuse, none may crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSpec(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    guard let spec = try? ChartSpec.decode(bytes, file: "/nonexistent/spec.json"),
        let chart = try? spec.chart().validated()
    else { return 0 }
    let canvas = spec.size ?? Size(width: 800, height: 500)
    guard canvas.width >= 200, canvas.height >= 150, canvas.width <= 10_000, canvas.height <= 10_000 else { return 0 }
    // The path every file takes: the chart's problems, then the mark rule.
    _ = try? chart.checkedScene(size: canvas, theme: .standard, measurer: ApproximateTextMeasurer())
    return 0
}
