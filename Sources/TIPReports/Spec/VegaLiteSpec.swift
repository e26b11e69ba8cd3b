import Foundation
import TIPData
import TIPLayout
import TIPScene

/// A chart described in Vega-Lite's JSON, for the subset a static chart can draw, decoded
/// into the same ``/TIPLayout/Plot`` value as the Swift API builds:
///
/// ```json
/// {"data": {"url": "glotip.csv"},
///  "transform": [{"filter": {"field": "metric", "equal": "convictions"}}],
///  "mark": "bar",
///  "encoding": {"x": {"field": "year", "type": "ordinal"},
///               "y": {"field": "value", "type": "quantitative"},
///               "color": {"field": "country"}}}
/// ```
///
/// Supported: `data` (`values`, or `url` naming a CSV or JSON file beside the spec), `mark`
/// (a string, or an object with its properties, including `boxplot` and `errorbar`),
/// `encoding` (`field`, `type`, `aggregate`, `bin`, `sort`, `stack`, `scale`, `axis`,
/// `legend`, `title`, `datum`, `value`), `transform` (`filter`, `aggregate`, `window`,
/// `bin`, `fold`, `pivot`), `layer`, `title`, `description`, `width` and `height`. The
/// words of a TIP chart that Vega-Lite has no key for: `source` (the source line) and
/// `format` (`png`, `svg`, `pdf`).
///
/// Anything else is an error naming its JSON path and the feature: `params` and selections
/// are interactive and have no meaning in a static file; facets and concatenation are not
/// supported yet.
public struct VegaLiteSpec: Sendable {
    /// The plot the spec describes.
    public var plot: Plot
    /// The canvas, from `width` and `height`, if given.
    public var size: Size?
    /// The output format, from `format`, if given.
    public var format: OutputFormat?
    /// The file the spec came from, for messages and the default output name.
    public var origin: String

    /// The spec file's name without its extension.
    public var name: String { ((origin as NSString).lastPathComponent as NSString).deletingPathExtension }

    /// Whether `data` is a Vega-Lite spec rather than a ``ChartSpec``: it has `mark`,
    /// `layer` or another Vega-Lite view key (`facet`, `concat`, `params`, …), or names
    /// Vega-Lite's schema.
    public static func looksLikeVegaLite(_ data: Data) -> Bool {
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: data), let o = value.object else {
            return false
        }
        let vegaKeys = ["mark", "layer", "facet", "spec", "repeat", "concat", "hconcat", "vconcat", "params"]
        return vegaKeys.contains { o[$0] != nil } || o["$schema"]?.string?.contains("vega-lite") == true
    }

    /// Reads and decodes the spec at `path`; `allowsOutsideFiles` lets `data.url` leave the
    /// spec's folder.
    public static func load(contentsOf path: String, allowsOutsideFiles: Bool = false) throws(SpecError) -> VegaLiteSpec
    {
        let data: Data
        switch InputFile.read(path) {
        case let .success(bytes): data = bytes
        case let .failure(error):
            throw SpecError(file: path, path: "$", reason: "cannot read the file: \(error.reason)")
        }
        return try decode(data, file: path, allowsOutsideFiles: allowsOutsideFiles)
    }

    /// Decodes a spec from JSON bytes; `file` names it in errors and locates `data.url`.
    public static func decode(
        _ data: Data, file: String, allowsOutsideFiles: Bool = false
    ) throws(SpecError)
        -> VegaLiteSpec
    {
        let json: JSONValue
        do { json = try JSONDecoder().decode(JSONValue.self, from: data) } catch {
            throw SpecError(file: file, path: "$", reason: "not valid JSON")
        }
        let reader = VegaLiteReader(file: file, allowsOutsideFiles: allowsOutsideFiles)
        var spec = try reader.spec(json)
        spec.origin = file
        // Compile once here, so that a spec's mistakes are reported with its JSON path.
        do { try spec.plot.check() } catch {
            throw SpecError(file: file, path: "$" + (error.path.isEmpty ? "" : "." + error.path), reason: error.message)
        }
        return spec
    }
}
