import ArgumentParser
import Charting

/// The size and pixel scale shared by `render` and `report`.
struct CanvasOptions: ParsableArguments {
    @Option(help: "Canvas width in points.")
    var width: Double = 800

    @Option(help: "Canvas height in points.")
    var height: Double = 500

    @Option(help: "Pixel scale for PNG: 2 writes @2x (144 DPI).")
    var scale: Double = 1

    var size: Size { Size(width: width, height: height) }

    func validate() throws {
        guard width >= 200, height >= 150, width <= 10_000, height <= 10_000 else {
            throw ValidationError("--width must be 200-10000 and --height 150-10000 points, got \(width)×\(height).")
        }
        guard scale > 0, scale <= 8 else { throw ValidationError("--scale must be above 0 and at most 8, got \(scale).") }
    }
}
