import Foundation
import Testing

/// A spec's start: one row with the field `a`.
let oneRow = #"{"data": {"values": [{"a": 1}]}, "#
/// An encoding of `a` on x, closing the spec.
let xA = #""encoding": {"x": {"field": "a"}}}"#

/// `render --spec` with Vega-Lite specs: the documented multi-metric example with a filter,
/// layers, and every unsupported feature refused with its JSON path (exit 1, no file).
struct VegaLiteSpecTests {
    static let specs = DataCommandTests.specs

    @Test(arguments: [
        "vega-convictions.json", "vega-layers.json", "vega-inline-boxplot.json", "vega-inline-aggregate.json",
        "vega-facets.json", "vega-donut.json", "vega-steps.json", "vega-bubbles.json", "vega-connected.json",
        "vega-map.json",
    ])
    func documentedSpecsRender(_ file: String) throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for format in ["png", "svg", "pdf"] {
            let out = dir.appendingPathComponent("chart.\(format)").path
            let result = try run(
                "tipcharts", ["render", "--spec", Self.specs.appendingPathComponent(file).path, "-o", out])
            #expect(result.status == 0, "\(result.stderr)")
            let written = try bytes(out)
            switch format {
            case "png":
                #expect(written.starts(with: [0x89, 0x50, 0x4E, 0x47]))
                let width = written[16..<20].reduce(0) { $0 << 8 | Int($1) }
                #expect(width == 800)
            case "svg": #expect(String(decoding: written, as: UTF8.self).contains("<svg"))
            default: #expect(written.starts(with: Array("%PDF-".utf8)))
            }
        }
    }

    /// The filter keeps the convictions only: with it, every country's bars are drawn; the
    /// same spec without it mixes victims and convictions, which the data table shows.
    @Test func theFilterSelectsOneMetric() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = try String(contentsOf: Self.specs.appendingPathComponent("vega-convictions.json"), encoding: .utf8)
        try FileManager.default.copyItem(
            at: Self.specs.appendingPathComponent("multi-metric.csv"),
            to: dir.appendingPathComponent("multi-metric.csv"))
        let unfiltered = text.replacingOccurrences(
            of: "\"transform\": [{\"filter\": {\"field\": \"metric\", \"equal\": \"convictions\"}}],", with: "")
        #expect(unfiltered != text)
        var sizes: [Int] = []
        for (name, body) in [("filtered", text), ("unfiltered", unfiltered)] {
            let spec = dir.appendingPathComponent("\(name).json")
            try body.write(to: spec, atomically: true, encoding: .utf8)
            let out = dir.appendingPathComponent("\(name).svg").path
            let result = try run("tipcharts", ["render", "--spec", spec.path, "-o", out])
            #expect(result.status == 0, "\(result.stderr)")
            sizes.append(try bytes(out).count)
        }
        #expect(sizes[0] != sizes[1])
    }

    @Test(arguments: [
        (#"{"mark": "bar", "params": [{"name": "pick", "select": "point"}]}"#, "$.params: is interactive"),
        (#"{"mark": "bar", "selection": {}}"#, "$.selection: is interactive"),
        (#"{"mark": "image", "data": {"values": []}}"#, "$.mark: the mark 'image' is not supported yet"),
        (
            #"{"mark": "geoshape", "projection": {"type": "mercator"}}"#,
            "$.projection.type: expected one of: equalEarth, robinson, equirectangular"
        ),
        (#"{"mark": "geoshape", "projection": {"rotate": [0, 0]}}"#, "$.projection.rotate: is not supported"),
        (
            oneRow + #""mark": "geoshape", "encoding": {"key": {"field": "a"}, "x": {"field": "a"}}}"#,
            "$.encoding.x: a geoshape is placed by its key"
        ),
        (#"{"mark": "bars"}"#, "$.mark: expected one of: arc, area, bar, boxplot"),
        (
            oneRow + #""mark": "arc", "encoding": {"theta": {"field": "a"}, "x": {"field": "a"}}}"#,
            "$.encoding.x: an arc has no axes; give its size as theta and its categories as color"
        ),
        (
            oneRow + #""mark": {"type": "bar", "interpolate": "step"}, "# + xA,
            "$.mark.interpolate: expected linear or step, on a line mark"
        ),
        (
            oneRow + #""mark": {"type": "bar", "innerRadius": 20}, "# + xA,
            "$.mark.innerRadius: expected a radius in pixels (0 or more) on an arc mark"
        ),
        (
            #"{"data": {"values": [{"a": 1}, {"a": -2}]}, "mark": "arc", "encoding": {"theta": {"field": "a"}}}"#,
            "$.encoding.theta.field: a slice cannot show -2 (row 2)"
        ),
        (
            #"{"facet": {"field": "country"}, "spec": {}}"#,
            "$.facet: the facet operator is not supported yet; use the facet channel"
        ),
        (
            oneRow + #""mark": "bar", "encoding": {"x": {"field": "a"}, "y": {"field": "b"}}}"#,
            "$.encoding.y.field: no field named 'b' (the fields are a)"
        ),
        (
            oneRow + #""transform": [{"filter": "datum.a > 0"}], "mark": "bar", "# + xA,
            "$.transform[0].filter: expression strings are not evaluated"
        ),
        (
            oneRow + #""transform": [{"calculate": "datum.a * 2", "as": "b"}], "mark": "bar", "# + xA,
            "$.transform[0]: the transform 'calculate' is not supported"
        ),
        (
            #"{"data": {"values": [{"a": 0}]}, "#
                + #""mark": "point", "encoding": {"x": {"field": "a"}, "#
                + #""y": {"field": "a", "scale": {"type": "log"}}}}"#,
            "$.encoding.y.scale: a log scale cannot show 0 (row 1)"
        ),
        (
            oneRow + #""mark": "bar", "encoding": {"x": {"field": "a"}, "tooltip": {"field": "a"}}}"#,
            "$.encoding.tooltip: is interactive"
        ),
        (
            oneRow + #""mark": "bar", "encoding": {"x": {"field": "a.b"}}}"#,
            "$.encoding.x.field: nested fields ('a.b') are not supported"
        ),
        (#"{"data": {"url": "/etc/passwd"}, "mark": "bar"}"#, "$.data.url: '/etc/passwd' is outside the spec's folder"),
        (#"{"data": {"url": "https://example.org/x.csv"}, "mark": "bar"}"#, "$.data.url: only local files are read"),
        (oneRow + #""layer": []}"#, "$.layer: expected a non-empty array of layers"),
        (
            oneRow + #""mark": "bar", "encoding": {"x": {"field": "a", "aggregate": "sums"}}}"#,
            "$.encoding.x.aggregate: expected one of: count"
        ),
        (
            oneRow + #""mark": "bar", "encoding": {"x": {"field": "a"}, "size": {"field": "a"}}}"#,
            "$.encoding.size: the size channel sets a point's area; a bar mark cannot show it yet"
        ),
        (
            #"{"data": {"values": [{"a": 1, "b": -4}]}, "mark": "point", "#
                + #""encoding": {"x": {"field": "a"}, "size": {"field": "b"}}}"#,
            "$.encoding.size: a size cannot be negative: -4 (row 1)"
        ),
        (
            oneRow + #""mark": "point", "encoding": {"x": {"field": "a"}, "shape": {"value": "star"}}}"#,
            "$.encoding.shape: unknown shape 'star'"
        ),
        (
            oneRow + #""mark": "point", "encoding": {"x": {"field": "a"}, "order": {"field": "a"}}}"#,
            "$.encoding.order: the order channel orders a stack's segments or a line's points"
        ),
        (
            #"{"mark": {"type": "line", "point": true}, "encoding": {"x": {"value": 3}}}"#,
            "$.encoding: a line mark needs x or y from a field or a datum"
        ),
    ])
    func unsupportedFeaturesNameTheirPath(_ json: String, _ message: String) throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let spec = dir.appendingPathComponent("spec.json")
        try json.write(to: spec, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("x.png").path
        let result = try run("tipcharts", ["render", "--spec", spec.path, "-o", out])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("Error: \(spec.path): \(message)"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
