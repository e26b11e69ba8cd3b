import TIPCharts
import ArgumentParser

extension ChartID: ExpressibleByArgument {}
extension DataChartKind: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}

/// `tipcharts render CHART`: one chart as PNG, SVG or PDF.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render one chart: of the Kazakhstan set, of --data, or described by --spec.",
        discussion: "Kazakhstan charts: "
            + ChartID.allCases.map { "\($0.rawValue) (\($0.summary))" }.joined(separator: "; ")
            + ". With --data: "
            + DataChartKind.allCases.map { "\($0.rawValue) (\($0.summary))" }.joined(separator: "; ") + ".")

    @Argument(help: "The chart to draw (not with --spec).")
    var chart: String?

    @Option(help: "A JSON chart specification (see Docs/chart-spec.md).")
    var spec: String?

    @Option(help: "Output format: png, svg or pdf (default: from --output's extension, else png).")
    var format: OutputFormat?

    @OptionGroup var canvas: CanvasOptions

    @Option(name: [.short, .long], help: "Output file (default: CHART.FORMAT in the current directory).")
    var output: String?

    @OptionGroup var input: DataOptions

    @Flag(help: "Let a spec's data.file name a file outside the spec's folder.")
    var allowOutsideData = false

    func validate() throws {
        if output == "" { throw ValidationError("--output is empty; give a file name, or - for standard output.") }
        switch (chart, spec) {
        case (nil, nil): throw ValidationError("Name a chart, or pass --spec FILE.")
        case (.some, .some): throw ValidationError("Pass either a chart name or --spec, not both.")
        case let (name?, nil) where input.isUserData:
            guard DataChartKind(rawValue: name) != nil else {
                throw ValidationError(
                    "'\(name)' is not a chart for --data; choose one of: "
                        + "\(DataChartKind.allCases.map(\.rawValue).joined(separator: ", "))."
                )
            }
        case let (name?, nil):
            guard ChartID(rawValue: name) != nil else {
                throw ValidationError(
                    "'\(name)' is not a chart; choose one of: "
                        + "\(ChartID.allCases.map(\.rawValue).joined(separator: ", "))."
                )
            }
        default: break
        }
    }

    func run() throws {
        let measurer = try CairoTextMeasurer()
        let (chart, name, specFormat, specSize) = try resolve()
        let format =
            self.format ?? specFormat ?? output.flatMap { path in
                path.split(separator: ".").last.flatMap { OutputFormat(rawValue: $0.lowercased()) }
            } ?? .png
        let path = output ?? "\(name).\(format.fileExtension)"
        if let specSize, let spec {
            try CanvasOptions.check(
                specSize, origin: "\(spec): $.size: width must be 200-10000 and height 150-10000 points")
        }
        let size = specSize ?? canvas.size
        try SceneRenderer().write(
            chart.validated().scene(size: size, measurer: measurer), to: path, format: format, scale: canvas.scale)
        // Standard output carries the chart itself; say nothing else there.
        if path != "-" { print(path) }
    }

    /// The chart, its default file name, and any format and size the spec sets.
    private func resolve() throws -> (any Chart, String, OutputFormat?, Size?) {
        if let spec {
            var decoded = try ChartSpec.load(contentsOf: spec)
            decoded.allowsOutsideFiles = allowOutsideData
            return (try decoded.chart(), decoded.name, decoded.format, decoded.size)
        }
        let name = chart ?? ""
        if input.isUserData, let kind = DataChartKind(rawValue: name) {
            let dataset = try input.load()
            return (DataChartSet(dataset).chart(kind, metric: input.metric.first.map { Metric($0) }), name, nil, nil)
        }
        guard let id = ChartID(rawValue: name) else { throw ValidationError("'\(name)' is not a chart.") }
        return (ChartSet(.kazakhstan2008).chart(id), name, nil, nil)
    }
}
