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

    @OptionGroup var canvas: CanvasOptions

    func run() throws {
        let report = ChartReport(.kazakhstan2008, size: canvas.size, scale: canvas.scale)
        let paths = try report.write(to: out)
        print("Wrote \(paths.count) files to \(out)/ (cairo \(SceneRenderer.cairoVersion)); open \(out)/summary.md")
    }
}
