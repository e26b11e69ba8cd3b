import Analytics
import CairoRenderer
import Charting
import Foundation
import TraffickingData

/// The main job: every chart of the set as PNG, SVG and PDF, plus `summary.md`, which
/// shows the PNGs with the summary tables.
public struct ChartReport: Sendable {
    /// One output file, rendered in memory.
    public struct File: Sendable, Equatable {
        public let name: String
        public let bytes: [UInt8]
    }

    public var report: CountryReport
    public var size: Size
    public var scale: Double
    public var formats: [OutputFormat]
    public var quantileMethod: QuantileMethod

    public init(_ report: CountryReport, size: Size = Size(width: 800, height: 500), scale: Double = 1,
                formats: [OutputFormat] = OutputFormat.allCases, quantileMethod: QuantileMethod = .default) {
        self.report = report
        self.size = size
        self.scale = scale
        self.formats = formats
        self.quantileMethod = quantileMethod
    }

    /// Renders every file. Nothing is written here.
    ///
    /// - Throws: ``CairoRenderer/RenderError`` from the renderer.
    public func files() throws -> [File] {
        let renderer = try SceneRenderer()
        let measurer = try CairoTextMeasurer()
        let set = ChartSet(report)
        var files: [File] = []
        for id in ChartID.allCases {
            let scene = set.chart(id).scene(size: size, measurer: measurer)
            for format in formats {
                files.append(File(name: "\(id.rawValue).\(format.fileExtension)",
                                  bytes: try renderer.render(scene, as: format, scale: scale)))
            }
        }
        files.append(File(name: "summary.md", bytes: Array(try markdown().utf8)))
        return files
    }

    /// The summary tables with each chart above its caption.
    public func markdown() throws -> String {
        let summary = try SummaryReport(report, quantileMethod: quantileMethod).rendered(as: .markdown)
        let set = ChartSet(report)
        var charts = ["", "## Charts", ""]
        for id in ChartID.allCases {
            let title = set.chart(id).text.title
            let links = formats.filter { $0 != .png }.map { "[\($0.rawValue.uppercased())](\(id.rawValue).\($0.fileExtension))" }
            charts += formats.contains(.png) ? ["### \(title)", "", "![\(title)](\(id.rawValue).png)", ""] : ["### \(title)", ""]
            if !links.isEmpty { charts += [links.joined(separator: " · "), ""] }
        }
        return summary + charts.joined(separator: "\n")
    }

    /// Renders everything, then writes each file atomically into `directory` (created if
    /// needed). A rendering failure writes nothing.
    ///
    /// - Returns: the paths written, in order.
    @discardableResult
    public func write(to directory: String) throws -> [String] {
        let files = try files()
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw RenderError.io(path: directory, reason: "cannot create the directory: \(error.localizedDescription)")
        }
        return try files.map { file in
            let path = (directory as NSString).appendingPathComponent(file.name)
            try AtomicFile.write(file.bytes, to: path)
            return path
        }
    }
}
