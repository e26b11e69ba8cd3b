import TIPCharts
import ArgumentParser

/// The size and pixel scale shared by `render` and `report`.
struct CanvasOptions: ParsableArguments {
    @Option(help: "Canvas width in points.")
    var width: Double = 800

    @Option(help: "Canvas height in points.")
    var height: Double = 500

    @Option(help: "Pixel scale for PNG: 2 writes @2x (144 DPI).")
    var scale: Double = 1

    @Option(help: "PNG compression: fast (default) or smallest (about 10-15 % smaller, slower).")
    var pngCompression: PNGCompression = .fast

    var size: Size { Size(width: width, height: height) }

    /// The Cairo renderer with these options.
    func renderer() throws -> SceneRenderer {
        var renderer = try SceneRenderer()
        renderer.pngCompression = pngCompression
        return renderer
    }

    func validate() throws {
        try Self.check(size, origin: "--width must be 200-10000 and --height 150-10000 points")
        guard scale >= 0.25, scale <= 8 else { throw ValidationError("--scale must be 0.25-8, got \(scale).") }
    }

    /// The one rule for canvas sizes, from options or from a spec's `size`: a usage error (64) otherwise.
    static func check(_ size: Size, origin: String) throws {
        let (w, h) = (size.width, size.height)
        guard w >= 200, h >= 150, w <= 10_000, h <= 10_000 else {
            throw ValidationError("\(origin), got \(w)×\(h).")
        }
    }
}

extension PNGCompression: ExpressibleByArgument {}
