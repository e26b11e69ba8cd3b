import TIPScene
import TIPStatistics
import TIPLayout
import Foundation
import TIPData

/// Why a report cannot be written.
public enum ReportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// An HTML page was asked for, but the report was built without a ``SummaryReport``.
    case noSummaryForHTML
    /// The data give more charts than a report holds (``ChartSet/maximumReportCharts``);
    /// found before any chart is drawn.
    case tooManyCharts(count: Int, limit: Int)

    public var description: String {
        switch self {
        case .noSummaryForHTML:
            "an HTML report needs the summary; build the report with ChartReport(dataset:) or set its summary"
        case let .tooManyCharts(count, limit):
            "the data give \(count) charts, more than the \(limit) a report holds; select fewer with --metric, "
                + "--country or --region"
        }
    }
}

/// The main job: a set of charts as PNG, SVG and PDF, plus `summary.md`, which shows the
/// PNGs with the summary tables; or one self-contained `report.html`; or both.
public struct ChartReport: Sendable {
    /// One output file, rendered in memory.
    public struct File: Sendable, Equatable {
        /// The file name, with its extension.
        public let name: String
        /// The file's contents.
        public let bytes: [UInt8]
    }

    /// A named chart of the report.
    public struct Entry: Sendable {
        /// The file name without extension (made unique by the report).
        public let name: String
        /// The chart.
        public let chart: any Chart

        /// An entry named `name` (a file name without extension).
        public init(name: String, chart: any Chart) {
            self.name = name
            self.chart = chart
        }
    }

    /// The charts, in report order, with unique names.
    public var entries: [Entry]
    /// The summary tables as Markdown; the chart gallery is appended.
    public var summaryMarkdown: String
    /// The canvas of every chart, in points.
    public var size: Size
    /// The pixel scale of PNG files.
    public var scale: Double
    /// The formats written for every chart.
    public var formats: [OutputFormat]
    /// What the report writes: chart files and `summary.md`, one `report.html`, or both.
    public var output: Output = .files
    /// Fonts, colours, spacing and the number locale of every chart.
    public var theme: Theme = .standard
    /// The summary the HTML page shows; set by ``init(dataset:size:scale:quantileMethod:catalogue:theme:)``.
    public var summary: SummaryReport?
    /// The words of the summary's chart list and of the HTML page (the charts carry their own).
    public var catalogue: Catalogue = .english

    /// The files a report writes.
    public enum Output: String, CaseIterable, Sendable {
        /// Every chart as PNG, SVG and PDF, and `summary.md`.
        case files
        /// One self-contained `report.html` (``HTMLReport``).
        case html
        /// Both.
        case all
    }

    /// Entry names become file names, so they are made unique here: a name equal to an
    /// earlier one, ignoring case (as case-insensitive file systems do), gets `-2`, `-3`…
    /// in entry order, so the same input always gives the same names.
    public init(
        entries: [Entry], summaryMarkdown: String, size: Size = Size(width: 800, height: 500), scale: Double = 1,
        formats: [OutputFormat] = OutputFormat.allCases
    ) {
        self.entries = Self.uniquelyNamed(entries)
        self.summaryMarkdown = summaryMarkdown
        self.size = size
        self.scale = scale
        self.formats = formats
    }

    static func uniquelyNamed(_ entries: [Entry]) -> [Entry] {
        var taken = Set<String>(["summary"])
        return entries.map { entry in
            var name = entry.name.isEmpty ? "chart" : entry.name
            var suffix = 2
            while taken.contains(name.lowercased()) {
                name = "\(entry.name)-\(suffix)"
                suffix += 1
            }
            taken.insert(name.lowercased())
            return Entry(name: name, chart: entry.chart)
        }
    }

    /// The report of `dataset`: the charts ``ChartSet/reportCharts()`` picks for it, written
    /// in the words of `catalogue` with the numbers of `theme`, and its ``SummaryReport``.
    /// The embedded ``/TIPData/Dataset/kazakhstan2008`` is the default.
    public init(
        dataset: Dataset = .kazakhstan2008, size: Size = Size(width: 800, height: 500), scale: Double = 1,
        quantileMethod: QuantileMethod = .default, catalogue: Catalogue = .english, theme: Theme = .standard
    ) throws {
        try self.init(
            charts: ChartSet(dataset, catalogue: catalogue, numberLocale: theme.numberLocale),
            summary: SummaryReport(dataset, quantileMethod: quantileMethod), size: size, scale: scale, theme: theme)
    }

    /// The report of the charts ``ChartSet/reportCharts()`` picks from `charts` (with its
    /// ``ChartSet/top``, category order and periods), in its catalogue's words, with `summary`.
    ///
    /// - Throws: ``ReportError/tooManyCharts(count:limit:)`` before drawing anything, when the
    ///   charts are more than ``ChartSet/maximumReportCharts``.
    public init(
        charts: ChartSet, summary: SummaryReport, size: Size = Size(width: 800, height: 500), scale: Double = 1,
        theme: Theme = .standard
    ) throws(ReportError) {
        let entries = charts.reportCharts()
        guard entries.count <= ChartSet.maximumReportCharts else {
            throw .tooManyCharts(count: entries.count, limit: ChartSet.maximumReportCharts)
        }
        self.init(
            entries: entries,
            summaryMarkdown: summary.markdown(catalogue: charts.catalogue, locale: theme.numberLocale),
            size: size, scale: scale)
        self.summary = summary
        self.theme = theme
        self.catalogue = charts.catalogue
    }

    /// How many charts render at once: every active core by default; 1 renders serially.
    /// The files are the same bytes either way: each chart renders on its own, and the
    /// results are put back in entry order.
    public var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    /// Renders every file. Nothing is written here. `progress` hears (done, total, name) as
    /// each step finishes, one call at a time, from whichever thread finished it: a step is
    /// a chart, then `summary.md` and/or `report.html`, so `done` runs from 1 to `total`.
    ///
    /// - Parameter renderer: draws the scenes; its ``/TIPScene/SceneRendering/textMeasurer`` lays them out.
    /// - Throws: the renderer's errors, or ``/TIPLayout/ChartError`` for a chart that cannot be drawn (the
    ///   first failing chart in entry order, whatever order the threads met them in).
    public func files(renderer: some SceneRendering, progress: ((Int, Int, String) -> Void)? = nil) throws -> [File] {
        let results = ResultSlots<EntryOutput>(count: entries.count)
        nonisolated(unsafe) let progress = progress
        let workers = max(1, min(threads, entries.count))
        let report = self
        let steps = entries.count + (output == .all ? 2 : 1)
        // Each worker takes the next chart not yet taken, so a slow chart never holds up others.
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = results.claim() {
                let result = Result { try report.render(report.entries[index], renderer: renderer) }
                results.set(index, result) { done in progress?(done, steps, report.entries[index].name) }
            }
        }
        var files: [File] = []
        var pageCharts: [HTMLReport.Chart] = []
        var pageScenes: [Scene] = []
        for result in results.values {
            let output = try result.get()
            files += output.files
            if let chart = output.pageChart { pageCharts.append(chart) }
            pageScenes += output.pageScenes
        }
        if output != .html {
            progress?(entries.count + 1, steps, "summary.md")
            files.append(File(name: "summary.md", bytes: Array(markdown().utf8)))
        }
        if output != .files {
            progress?(steps, steps, "report.html")
            guard let summary else { throw ReportError.noSummaryForHTML }
            files.append(
                File(
                    name: "report.html",
                    bytes: Array(
                        HTMLReport(
                            summary: summary, charts: pageCharts, catalogue: catalogue, locale: theme.numberLocale,
                            fontCSS: try renderer.pageFontCSS(for: pageScenes)
                        ).html().utf8)))
        }
        return files
    }

    /// What one chart contributes: its files and its part of the HTML page.
    private struct EntryOutput: Sendable {
        var files: [File] = []
        var pageChart: HTMLReport.Chart?
        /// The scenes of `pageChart`, whose fonts the page embeds.
        var pageScenes: [Scene] = []
    }

    private func render(_ entry: Entry, renderer: some SceneRendering) throws -> EntryOutput {
        let measurer = renderer.textMeasurer
        let scene = try entry.chart.checkedScene(size: size, theme: theme, measurer: measurer)
        var result = EntryOutput()
        if output != .html {
            for format in formats {
                let bytes = try renderer.render(scene, as: format, scale: scale)
                result.files.append(File(name: "\(entry.name).\(format.fileExtension)", bytes: bytes))
            }
        }
        if output != .files {
            // Without fonts of their own: the page embeds them once for all its charts.
            let document = try renderer.renderSVGForPage(scene)
            let narrowScene = try entry.chart.checkedScene(size: Self.narrowSize, theme: theme, measurer: measurer)
            let narrow = try renderer.renderSVGForPage(narrowScene)
            result.pageChart = HTMLReport.Chart(
                name: entry.name, chart: entry.chart, svg: String(decoding: document, as: UTF8.self),
                narrowSVG: String(decoding: narrow, as: UTF8.self))
            result.pageScenes = [scene, narrowScene]
        }
        return result
    }

    /// The summary tables followed by each chart.
    public func markdown() -> String {
        var charts = ["", "## " + markdownEscaped(catalogue.text("html.charts")), ""]
        for entry in entries {
            let title = markdownEscaped(entry.chart.text.title)
            let links = formats.filter { $0 != .png }.map {
                "[\($0.rawValue.uppercased())](\(entry.name).\($0.fileExtension))"
            }
            charts += ["### \(title)", ""]
            if formats.contains(.png) { charts += ["![\(title)](\(entry.name).png)", ""] }
            if !links.isEmpty { charts += [links.joined(separator: " · "), ""] }
        }
        return summaryMarkdown + charts.joined(separator: "\n")
    }

    /// The canvas of the HTML page's phone layout of each chart.
    public static let narrowSize = Size(width: 400, height: 300)

    /// The file in an output folder that lists what the last `report` wrote there.
    public static let manifestName = ".tipcharts-report"

    /// Renders everything, then writes the files into `directory` (created if needed) as
    /// one step that either completes or leaves the folder as it was:
    /// 1. every file is rendered in memory (a rendering error writes nothing);
    /// 2. every target is checked: no folder in the way, no name too long;
    /// 3. the files are written into a hidden staging folder inside `directory`, then
    ///    renamed into place; a failure while staging removes the staging folder;
    /// 4. files that the previous report listed in ``manifestName`` and this one does not
    ///    write are removed, so no stale chart stays beside the new ones, and the manifest
    ///    is rewritten. Files the report did not write are never touched.
    ///
    /// - Returns: the paths written, in order.
    @discardableResult
    public func write(
        to directory: String, renderer: some SceneRendering,
        progress: ((Int, Int, String) -> Void)? = nil
    ) throws -> [String] {
        let files = try files(renderer: renderer, progress: progress)
        return try ReportFolder(path: directory).replaceContents(
            with: files.map { ($0.name, $0.bytes) },
            manifestName: Self.manifestName)
    }
}
