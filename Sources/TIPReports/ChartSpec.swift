import TIPScene
import TIPStatistics
import TIPLayout
import Foundation
import TIPData

/// A chart described in JSON, for `tipcharts render --spec FILE` (schema: `Docs/chart-spec.md`).
///
/// ```json
/// {"type": "bar", "title": "Convictions", "source": "Source: TIP Report 2008",
///  "data": {"values": [{"year": 2006, "n": 1}, {"year": 2007, "n": 19}]},
///  "encoding": {"x": "year", "y": "n"}}
/// ```
public struct ChartSpec: Sendable, Decodable {
    /// The chart types a spec can describe.
    public enum Kind: String, Sendable, Decodable, CaseIterable {
        /// Bars of `y` by `x`, a colour per `color` series (grouped, stacked or to 100 %).
        case bar
        /// A line with dots of `y` over the categories of `x`, one per `color` series.
        case line
        /// The histogram of a numeric field `x`, by the spec's `bins`.
        case histogram
        /// A donut: `theta` sizes each slice, `color` names it.
        case donut
        /// A dot per category of `y` along the values of `x`.
        case dot
    }

    /// Where the rows come from: inline `values`, or a `file` beside the spec.
    public struct DataSource: Sendable, Decodable {
        /// Rows inline: objects of strings, numbers and nulls.
        public var values: [[String: Scalar]]?
        /// A tidy or wide CSV or JSON file, relative to the spec file.
        public var file: String?
    }

    /// Which fields go where, as in Vega-Lite.
    public struct Encoding: Sendable, Decodable {
        /// The category (bar, line, dot) or the numeric field (histogram).
        public var x: String?
        /// The value field (bar, line) or the category field (dot: categories down the side).
        public var y: String?
        /// Splits rows into series (bar, line) or names the slices (donut).
        public var color: String?
        /// The slice size (donut).
        public var theta: String?
    }

    /// An axis' title and number format.
    public struct Axis: Sendable, Decodable {
        /// The axis title.
        public var title: String?
        /// count, number, percent, signedPercent, or currency; see ``/TIPLayout/ValueFormat``.
        public var format: String?
    }

    /// The two axes.
    public struct Axes: Sendable, Decodable {
        /// The horizontal axis.
        public var x: Axis?
        /// The vertical axis.
        public var y: Axis?
    }

    /// The chart type.
    public var type: Kind
    /// The title (required).
    public var title: String
    /// A line under the title.
    public var subtitle: String?
    /// The source note every chart should carry.
    public var source: String?
    /// A description for screen readers; generated when absent.
    public var description: String?
    /// The rows.
    public var data: DataSource
    /// Which fields go where.
    public var encoding: Encoding
    /// Axis titles and formats.
    public var axes: Axes?
    /// Bar charts: vertical or horizontal.
    public var orientation: Orientation?
    /// Bar charts: grouped, stacked or stacked to 100 %.
    public var mode: Mode?

    /// Which way bars grow.
    public enum Orientation: String, Sendable, Hashable, Decodable {
        /// Bars grow upwards from categories along the bottom.
        case vertical
        /// Bars grow rightwards from categories down the side.
        case horizontal
    }

    /// How several series share a category: side by side, stacked, or stacked to 100 %.
    public enum Mode: String, Sendable, Hashable, Decodable {
        /// Side by side within each category.
        case grouped
        /// Stacked: the bar's length is the category's total.
        case stacked
        /// Stacked and scaled so each category adds up to 100 %.
        case stackedPercent
    }
    /// Histogram bins: sturges, scott, freedmanDiaconis, unitIntegers, or a positive width.
    public var bins: Scalar?
    /// The canvas in points (200–10,000 by 150–10,000).
    public var size: Size?
    /// The output format, when `-o` does not name one.
    public var format: OutputFormat?
    /// How the chart's numbers print, and its direction: a CLDR tag such as "ru" or "ar-EG"
    /// (Arabic lays titles and legends out from the right). `--locale` overrides it.
    public var locale: LocaleTag?

    /// A spec's `locale`: a tag the ``/TIPStatistics/NumberLocale`` table holds.
    public struct LocaleTag: Sendable, Decodable, Equatable {
        /// The number patterns of the tag.
        public let numberLocale: NumberLocale

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            let tag = try container.decode(String.self)
            guard let locale = NumberLocale(identifier: tag) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown locale '\(tag)'")
            }
            numberLocale = locale
        }
    }

    /// The spec's file, for resolving `data.file` and naming output.
    public var origin: String = "spec.json"
    /// Lets `data.file` name a file outside the spec's folder (`--allow-outside-data`).
    public var allowsOutsideFiles = false

    enum CodingKeys: String, CodingKey {
        case type, title, subtitle, source, description, data, encoding, axes, orientation, mode, bins, size, format
        case locale
    }

    /// A JSON scalar cell.
    public enum Scalar: Sendable, Decodable, Equatable {
        /// A string cell (also "<5" for a censored value).
        case string(String)
        /// A number cell.
        case number(Double)
        /// A missing cell.
        case null

        public init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if c.decodeNil() { self = .null; return }
            if let b = try? c.decode(Bool.self) {
                throw DecodingError.dataCorruptedError(
                    in: c, debugDescription: "expected a number, a string or null, not \(b)")
            }
            if let d = try? c.decode(Double.self) { self = .number(d); return }
            if let s = try? c.decode(String.self) { self = .string(s); return }
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "expected a number, a string or null")
        }

        var text: String {
            switch self {
            case let .string(s): s
            case let .number(d): plainNumber(d)
            case .null: ""
            }
        }
    }

    /// The default output name: the spec file's name without its extension.
    public var name: String {
        let base = (origin as NSString).lastPathComponent
        return (base as NSString).deletingPathExtension
    }

    /// Reads and decodes a spec. Errors name the JSON path: `spec.json: $.encoding.y: …`.
    public static func load(contentsOf path: String) throws(SpecError) -> ChartSpec {
        let data: Data
        switch InputFile.read(path) {
        case let .success(bytes): data = bytes
        case let .failure(error):
            throw SpecError(file: path, path: "$", reason: "cannot read the file: \(error.reason)")
        }
        return try decode(data, file: path)
    }

    /// Decodes a spec from JSON bytes; `file` names it in errors and resolves `data.file`.
    public static func decode(_ data: Data, file: String) throws(SpecError) -> ChartSpec {
        do {
            var spec = try JSONDecoder().decode(ChartSpec.self, from: data)
            spec.origin = file
            return spec
        } catch let error as DecodingError {
            throw SpecError(file: file, decoding: error)
        } catch {
            throw SpecError(file: file, path: "$", reason: "not valid JSON: \((error as NSError).localizedDescription)")
        }
    }
}

/// A problem in a chart spec, at a JSON path.
public struct SpecError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The spec file.
    public let file: String
    /// `$.encoding.y`, `$.data.values[3].n`.
    public let path: String
    /// What is wrong and what was expected.
    public let reason: String

    /// An error at a JSON path of `file`.
    public init(file: String, path: String, reason: String) {
        self.file = file
        self.path = path
        self.reason = reason
    }

    init(file: String, decoding error: DecodingError) {
        func render(_ keys: [any CodingKey]) -> String {
            "$" + keys.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }.joined()
        }
        switch error {
        case let .keyNotFound(key, context):
            self.init(file: file, path: render(context.codingPath + [key]), reason: "is required")
        case let .typeMismatch(type, context):
            self.init(file: file, path: render(context.codingPath), reason: "expected \(Self.describe(type))")
        case let .valueNotFound(type, context):
            self.init(
                file: file, path: render(context.codingPath), reason: "expected \(Self.describe(type)), found null")
        case let .dataCorrupted(context) where Self.choices[context.codingPath.last?.stringValue ?? ""] != nil:
            let key = context.codingPath.last?.stringValue ?? ""
            self.init(
                file: file, path: render(context.codingPath), reason: "expected one of: \(Self.choices[key] ?? "")")
        case let .dataCorrupted(context):
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            let reason =
                context.codingPath.isEmpty
                ? "not valid JSON: \(underlying ?? context.debugDescription)" : context.debugDescription
            self.init(file: file, path: render(context.codingPath), reason: reason)
        @unknown default:
            self.init(file: file, path: "$", reason: "\(error)")
        }
    }

    /// The allowed words of the enumerated keys.
    static let choices = [
        "type": ChartSpec.Kind.allCases.map(\.rawValue).joined(separator: ", "),
        "orientation": "vertical, horizontal", "mode": "grouped, stacked, stackedPercent", "format": "png, svg, pdf",
        "locale": NumberLocale.all.map(\.identifier).joined(separator: ", "),
    ]

    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Double.Type, is Int.Type: "a number"
        case is Array<Any>.Type: "an array"
        default: "an object or another value of the documented kind (\(type))"
        }
    }

    public var description: String { "\(file): \(path): \(reason)" }
}
