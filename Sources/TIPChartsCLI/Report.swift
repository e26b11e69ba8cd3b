import TIPCharts
import ArgumentParser

/// `tipcharts report`: the main job.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Render every chart of the embedded dataset or of --data as PNG, SVG and PDF, with summary.md.")

    @Option(help: "Output directory (created if missing).")
    var out: String = "out"

    @OptionGroup var canvas: CanvasOptions
    @OptionGroup var input: DataOptions

    func run() throws {
        let report = try ChartReport(dataset: try input.load(), size: canvas.size, scale: canvas.scale)
        let progress = Progress()
        let paths = try report.write(to: out, progress: progress.update)
        progress.finish()
        print("Wrote \(paths.count) files to \(out)/ (cairo \(SceneRenderer.cairoVersion)); open \(out)/summary.md")
    }
}
