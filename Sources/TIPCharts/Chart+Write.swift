import Foundation

/// The savefig path: a chart straight to a file, laid out and drawn with the bundled font.
extension Chart {
    /// Lays the chart out and writes it to `path` in one step.
    ///
    /// ```swift
    /// struct Year { var year: Int; var convicted: Int }
    /// let plot = Plot([Year(year: 2006, convicted: 1), Year(year: 2007, convicted: 19)]) {
    ///     BarMark(x: .value("Year", \.year), y: .value("Convictions", \.convicted))
    /// }
    /// .title("Convictions").source("Source: TIP Report 2008")
    /// try plot.write(to: "convictions.png")
    /// ```
    ///
    /// - Parameters:
    ///   - path: the file to write; `-` writes to standard output. Written atomically.
    ///   - size: the canvas in points (800 × 500 by default).
    ///   - scale: the pixel scale of PNG output (2 gives @2x, 144 DPI).
    ///   - format: PNG, SVG or PDF; from the extension of `path` when `nil`.
    ///   - theme: fonts, colours and spacing.
    /// - Throws: ``/TIPLayout/ChartError`` when the chart cannot be drawn, else ``/TIPCairo/RenderError``.
    public func write(
        to path: String, size: Size = Size(width: 800, height: 500), scale: Double = 1,
        format: OutputFormat? = nil, theme: Theme = .standard
    ) throws {
        let renderer = try SceneRenderer()
        let scene = try checkedScene(size: size, theme: theme, measurer: renderer.textMeasurer)
        try renderer.write(scene, to: path, format: format, scale: scale)
    }

    /// The same, to a file URL.
    public func write(
        to url: URL, size: Size = Size(width: 800, height: 500), scale: Double = 1,
        format: OutputFormat? = nil, theme: Theme = .standard
    ) throws {
        try write(to: url.path, size: size, scale: scale, format: format, theme: theme)
    }
}

extension ChartReport {
    /// Renders every chart with the Cairo renderer and writes the report into `directory`
    /// (see ``/TIPReports/ChartReport/write(to:renderer:progress:)``).
    @discardableResult
    public func write(to directory: String, progress: ((Int, Int, String) -> Void)? = nil) throws -> [String] {
        try write(to: directory, renderer: SceneRenderer(), progress: progress)
    }

    /// Every file of the report in memory, rendered with the Cairo renderer.
    public func files(progress: ((Int, Int, String) -> Void)? = nil) throws -> [File] {
        try files(renderer: SceneRenderer(), progress: progress)
    }
}
