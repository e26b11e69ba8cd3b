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

    @Option(help: "Canvas width in points.")
    var width: Double = 800

    @Option(help: "Canvas height in points.")
    var height: Double = 500

    @Option(help: "Pixel scale for PNG: 2 writes @2x (144 DPI).")
    var scale: Double = 1

    @Option(name: [.short, .long], help: "Output file (default: CHART.FORMAT in the current directory).")
    var output: String?

    func validate() throws {
        guard width >= 200, height >= 150, width <= 10_000, height <= 10_000 else {
            throw ValidationError("--width must be 200-10000 and --height 150-10000 points, got \(width)×\(height).")
        }
        guard scale > 0, scale <= 8 else { throw ValidationError("--scale must be above 0 and at most 8, got \(scale).") }
    }

    func run() throws {
        let path = output ?? "\(chart.rawValue).\(format.fileExtension)"
        let renderer = try SceneRenderer()
        let measurer = try CairoTextMeasurer()
        let scene = ChartSet(.kazakhstan2008).chart(chart).scene(size: Size(width: width, height: height), measurer: measurer)
        try renderer.write(scene, to: path, format: format, scale: scale)
        print(path)
    }
}
