import Analytics
import ArgumentParser
import CairoRenderer
import Charting
import Reports
import TraffickingData

/// `tipcharts report`: the main job.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render every chart of the Kazakhstan set as PNG, SVG and PDF, with summary.md.")

    @Option(help: "Output directory (created if missing).")
    var out: String = "out"

    @Option(help: "Canvas width in points.")
    var width: Double = 800

    @Option(help: "Canvas height in points.")
    var height: Double = 500

    @Option(help: "Pixel scale for PNG: 2 writes @2x (144 DPI).")
    var scale: Double = 1

    func validate() throws {
        guard width >= 200, height >= 150, width <= 10_000, height <= 10_000 else {
            throw ValidationError("--width must be 200-10000 and --height 150-10000 points, got \(width)×\(height).")
        }
        guard scale > 0, scale <= 8 else { throw ValidationError("--scale must be above 0 and at most 8, got \(scale).") }
    }

    func run() throws {
        let report = ChartReport(.kazakhstan2008, size: Size(width: width, height: height), scale: scale)
        let paths = try report.write(to: out)
        print("Wrote \(paths.count) files to \(out)/ (cairo \(SceneRenderer.cairoVersion)); open \(out)/summary.md")
    }
}
