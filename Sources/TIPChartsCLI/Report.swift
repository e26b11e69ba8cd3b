import TIPCharts
import ArgumentParser

extension ChartReport.Output: ExpressibleByArgument {}

/// `tipcharts report`: the main job.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Render every chart of the embedded dataset or of --data as PNG, SVG and PDF, with summary.md.")

    @Option(help: "Output directory (created if missing).")
    var out: String = "out"

    @Option(
        help: ArgumentHelp(
            "What to write: files (every chart as PNG, SVG and PDF, and summary.md), html (one self-contained "
                + "report.html), or all."))
    var format: ChartReport.Output = .files

    @OptionGroup var canvas: CanvasOptions
    @OptionGroup var input: DataOptions
    @OptionGroup var periods: PeriodOptions

    func run() throws {
        let dataset = try input.load()
        let summary = SummaryReport(dataset, periods: periods.period, periodStatistic: periods.periodStatistic)
        var report = try ChartReport(
            charts: canvas.chartSet(dataset, periods: periods), summary: summary, size: canvas.size,
            scale: canvas.scale, theme: canvas.theme())
        report.output = format
        let renderer = try canvas.renderer()
        warnAboutMissingGlyphs(
            report.entries.flatMap { entry in
                renderer.missingGlyphs(
                    in: entry.chart.scene(size: report.size, theme: report.theme, measurer: renderer.textMeasurer))
            })
        let progress = Progress()
        let paths = try report.write(to: out, renderer: renderer, progress: progress.update)
        progress.finish()
        let open = format == .files ? "summary.md" : "report.html"
        let files = "\(paths.count) file\(paths.count == 1 ? "" : "s")"
        print("Wrote \(files) to \(out)/ (cairo \(SceneRenderer.cairoVersion)); open \(out)/\(open)")
    }
}
