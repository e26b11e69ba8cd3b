import ArgumentParser
import CairoRenderer
import Charting
import Reports
import TraffickingData

extension ChartID: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}

/// `tipcharts render CHART`: one chart of the set as PNG, SVG or PDF.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render one chart of the Kazakhstan set.",
        discussion: "Charts: " + ChartID.allCases.map { "\($0.rawValue) (\($0.summary))" }.joined(separator: "; ") + ".")

    @Argument(help: "The chart: \(ChartID.allCases.map(\.rawValue).joined(separator: ", ")).")
    var chart: ChartID

    @Option(help: "Output format: png, svg or pdf.")
    var format: OutputFormat = .png

    @OptionGroup var canvas: CanvasOptions

    @Option(name: [.short, .long], help: "Output file (default: CHART.FORMAT in the current directory).")
    var output: String?

    func run() throws {
        let path = output ?? "\(chart.rawValue).\(format.fileExtension)"
        let renderer = try SceneRenderer()
        let measurer = try CairoTextMeasurer()
        let scene = ChartSet(.kazakhstan2008).chart(chart).scene(size: canvas.size, measurer: measurer)
        try renderer.write(scene, to: path, format: format, scale: canvas.scale)
        print(path)
    }
}
