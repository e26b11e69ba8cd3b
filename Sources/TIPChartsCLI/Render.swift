import TIPCharts
import ArgumentParser

extension OutputFormat: ExpressibleByArgument {}

/// `tipcharts render CHART`: one chart as PNG, SVG or PDF.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render one chart of the embedded dataset or of --data, or one described by --spec.",
        discussion: "CHART is a chart kind, drawn for --metric and --country (else the first that suits): "
            + ChartKind.allCases.map { "\($0.rawValue) (\($0.summary))" }.joined(separator: "; ")
            + ". Or CHART is the name of a chart that `report` draws (see --list), such as convictions, "
            + "victims-identified-donut or funding-bars for the embedded dataset.")

    @Argument(help: "The chart kind or report chart name to draw (not with --spec).")
    var chart: String?

    @Flag(help: "List the charts `report` draws for the data, by name, and exit.")
    var list = false

    @Option(help: "A JSON chart specification (see Docs/chart-spec.md).")
    var spec: String?

    @Option(help: "Output format: png, svg or pdf (default: from --output's extension, else png).")
    var format: OutputFormat?

    @OptionGroup var canvas: CanvasOptions

    @Option(name: [.short, .long], help: "Output file (default: CHART.FORMAT in the current directory).")
    var output: String?

    @OptionGroup var input: DataOptions
    @OptionGroup var periods: PeriodOptions

    @Flag(help: "Let a spec's data.file name a file outside the spec's folder.")
    var allowOutsideData = false

    func validate() throws {
        if output == "" { throw ValidationError("--output is empty; give a file name, or - for standard output.") }
        switch (chart, spec) {
        case (nil, nil) where !list: throw ValidationError("Name a chart, or pass --spec FILE or --list.")
        case (.some, .some): throw ValidationError("Pass either a chart name or --spec, not both.")
        default: break
        }
    }

    func run() throws {
        if list {
            for entry in try canvas.chartSet(try input.load(), periods: periods).reportCharts() {
                print("\(entry.name)\t\(entry.chart.text.title)")
            }
            return
        }
        let measurer = try CairoTextMeasurer()
        let (chart, name, specFormat, specSize, specLocale) = try resolve()
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
        let renderer = try canvas.renderer()
        var theme = try canvas.theme()
        if canvas.locale == nil, let specLocale { theme.numberLocale = specLocale }
        let scene = try chart.checkedScene(size: size, theme: theme, measurer: measurer)
        warnAboutMissingGlyphs(renderer.missingGlyphs(in: scene))
        try renderer.write(scene, to: path, format: format, scale: canvas.scale)
        // Standard output carries the chart itself; say nothing else there.
        if path != "-" { print(path) }
    }

    /// The chart, its default file name, and any format and size the spec sets.
    private func resolve() throws -> (any Chart, String, OutputFormat?, Size?, NumberLocale?) {
        if let spec {
            if case let .success(bytes) = InputFile.read(spec), VegaLiteSpec.looksLikeVegaLite(bytes) {
                let vega = try VegaLiteSpec.decode(bytes, file: spec, allowsOutsideFiles: allowOutsideData)
                return (vega.plot, vega.name, vega.format, vega.size, nil)
            }
            var decoded = try ChartSpec.load(contentsOf: spec)
            decoded.allowsOutsideFiles = allowOutsideData
            return (try decoded.chart(), decoded.name, decoded.format, decoded.size, decoded.locale?.numberLocale)
        }
        let name = chart ?? ""
        let set = try canvas.chartSet(try input.load(), periods: periods)
        if let kind = ChartKind(rawValue: name) {
            if input.countries.count > 1, kind.drawsOneCountry {
                throw ValidationError(
                    "'\(name)' draws one country; give one --country (\(input.countries.count) were given), or draw "
                        + "'metric', 'countries' or 'small-multiples' to compare them.")
            }
            do {
                return (
                    try set.chart(kind, metric: input.metric.first.map { Metric($0) }, country: input.country), name,
                    nil, nil, nil
                )
            } catch { throw ValidationError("cannot draw '\(name)': \(error.message).") }
        }
        guard let chart = set.chart(named: name) else {
            let names = set.reportCharts().map(\.name)
            throw ValidationError(
                "'\(name)' is not a chart kind (\(ChartKind.allCases.map(\.rawValue).joined(separator: ", "))) "
                    + "nor a chart of these data (\(names.joined(separator: ", "))).")
        }
        return (chart, name, nil, nil, nil)
    }
}
