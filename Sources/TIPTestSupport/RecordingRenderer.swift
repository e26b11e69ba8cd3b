import Foundation
import TIPScene

/// A renderer for tests that draws nothing: it keeps every scene it is given, in order, and
/// returns bytes that a test can read back, so report and chart tests run without Cairo.
///
/// - SVG: a small, well-formed document with the scene's size, its title and description,
///   a `<rect>` per rectangle and a `<text>` per text run (what an HTML report embeds).
/// - PNG and PDF: the scene as JSON, so a test can decode what would have been drawn.
///
/// Text is measured with ``/TIPScene/ApproximateTextMeasurer`` (0.6 em per character), the
/// measurer the layout tests use.
///
/// ```swift
/// let recorder = RecordingRenderer()
/// let files = try ChartReport(dataset: data).files(renderer: recorder)
/// recorder.scenes.count   // one per chart and format
/// ```
public final class RecordingRenderer: SceneRendering, @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [(scene: Scene, format: OutputFormat)] = []

    /// A recorder with nothing recorded.
    public init() {}

    /// The approximate measurer: every character 0.6 em wide.
    public var textMeasurer: any TextMeasurer { ApproximateTextMeasurer() }

    /// Every scene rendered so far, in the order the calls finished.
    public var scenes: [Scene] { lock.withLock { recorded.map(\.scene) } }

    /// Every (scene, format) pair rendered so far.
    public var calls: [(scene: Scene, format: OutputFormat)] { lock.withLock { recorded } }

    /// Records `scene` and returns its stand-in bytes.
    ///
    /// - Throws: `EncodingError` for a scene JSON cannot hold (a NaN coordinate).
    public func render(_ scene: Scene, as format: OutputFormat, scale: Double) throws -> [UInt8] {
        lock.withLock { recorded.append((scene, format)) }
        switch format {
        case .svg: return Array(Self.svg(scene).utf8)
        case .png, .pdf:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            return Array(try encoder.encode(scene))
        }
    }

    /// The stand-in SVG of `scene`.
    static func svg(_ scene: Scene) -> String {
        var out =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(scene.size.width)\" "
            + "height=\"\(scene.size.height)\" viewBox=\"0 0 \(scene.size.width) \(scene.size.height)\">"
        out += "<title>\(escaped(scene.title))</title><desc>\(escaped(scene.summary))</desc>"
        func visit(_ items: [SceneItem]) {
            for item in items {
                switch item {
                case let .rect(r, _):
                    out += "<rect x=\"\(r.x)\" y=\"\(r.y)\" width=\"\(r.width)\" height=\"\(r.height)\"/>"
                case let .text(run):
                    out += "<text x=\"\(run.position.x)\" y=\"\(run.position.y)\">\(escaped(run.text))</text>"
                case let .group(_, inner): visit(inner)
                default: break
                }
            }
        }
        visit(scene.items)
        return out + "</svg>"
    }

    private static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                // XML 1.0 allows tab, newline, carriage return and everything from U+0020.
                if scalar.value >= 0x20 || [0x09, 0x0A, 0x0D].contains(scalar.value) {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
