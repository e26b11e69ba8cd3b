import Foundation
import TIPData
import TIPGeo
import TIPLayout
import TIPScene
import TIPStatistics

/// Reads a Vega-Lite spec's JSON into grammar values, key by key, refusing what it does not
/// support with the JSON path and the feature.
struct VegaLiteReader {
    let file: String
    let allowsOutsideFiles: Bool

    static let interactive =
        "is interactive (selections, parameters, tooltips that respond to a pointer); a static "
        + "PNG, SVG or PDF cannot respond to it: remove it"
    static let unsupportedTop: [String: String] = [
        "params": interactive, "selection": interactive,
        "facet": "the facet operator is not supported yet; use the facet channel: "
            + "\"encoding\": {\"facet\": {\"field\": …, \"columns\": 3}}",
        "repeat": "repeat is not supported yet", "concat": "concatenation is not supported yet",
        "hconcat": "concatenation is not supported yet", "vconcat": "concatenation is not supported yet",
        "resolve": "independent scales are not supported yet",
        "spec": "the facet operator is not supported yet; use the facet channel",
    ]
    static let ignoredTop: Set<String> = [
        "$schema", "config", "autosize", "background", "padding", "usermeta", "name",
    ]

    func spec(_ json: JSONValue) throws(SpecError) -> VegaLiteSpec {
        let top = try JSONObjectReader(json, path: "$", file: file)
        try top.checkKeys(
            Self.ignoredTop.union([
                "data", "transform", "mark", "encoding", "layer", "title", "description", "width", "height", "source",
                "format", "projection",
            ]), unsupported: Self.unsupportedTop)
        var text = ChartText(title: "")
        if let title = top["title"] {
            if let s = title.string {
                text.title = s
            } else {
                let t = try JSONObjectReader(title, path: "$.title", file: file)
                try t.checkKeys(["text", "subtitle", "anchor", "fontSize", "color", "font", "fontWeight"])
                text.title = try t.strings("text")?.joined(separator: " ") ?? ""
                text.subtitle = try t.strings("subtitle")?.joined(separator: " ")
            }
        }
        text.description = try top.string("description")
        text.source = try top.string("source")
        let data = try top["data"].map { d throws(SpecError) in try table(d, path: "$.data") } ?? .empty
        let transforms =
            try top["transform"].map { t throws(SpecError) in try self.transforms(t, path: "$.transform") }
            ?? []
        let shared = try top.child("encoding")
        var layers: [Layer] = []
        if let layerList = top["layer"] {
            guard let list = layerList.array, !list.isEmpty else {
                throw top.error("layer", "expected a non-empty array of layers")
            }
            if top["mark"] != nil { throw top.error("mark", "give either mark or layer, not both") }
            for (i, item) in list.enumerated() {
                let l = try JSONObjectReader(item, path: "$.layer[\(i)]", file: file)
                try l.checkKeys(
                    ["data", "transform", "mark", "encoding", "name", "description", "title"],
                    unsupported: Self.unsupportedTop.merging(["layer": "nested layers are not supported yet"]) { a, _ in
                        a
                    })
                layers.append(try layer(l, shared: shared))
            }
        } else {
            guard top["mark"] != nil else { throw top.error("mark", "is required (or give layer)") }
            layers.append(try layer(top, shared: nil))
        }
        var size: Size?
        let width = try top.number("width"), height = try top.number("height")
        if width != nil || height != nil { size = Size(width: width ?? 800, height: height ?? 500) }
        let format: OutputFormat?
        switch try top.string("format") {
        case nil: format = nil
        case let f?:
            guard let known = OutputFormat(rawValue: f) else {
                throw top.error("format", "expected one of: png, svg, pdf")
            }
            format = known
        }
        var plot = Plot(data: data, transforms: transforms, layers: layers, text: text)
        if let p = top["projection"] { plot.projection = try projection(p) }
        // The facet channel's panels per row (Vega-Lite's `encoding.facet.columns`).
        let views = top["layer"]?.array ?? [json]
        let facetChannels = [shared?["facet"]] + views.map { $0.object?["encoding"]?.object?["facet"] }
        if layers.contains(where: { $0.encoding[.facet] != nil }) {
            let columns = facetChannels.lazy.compactMap { $0?.object?["columns"]?.number }.first
            plot.facet = Facet(columns: columns.map { Int($0) })
        }
        return VegaLiteSpec(plot: plot, size: size, format: format, origin: file)
    }

    /// One layer: its own data and transforms, its mark, and its encoding over the shared one.
    func layer(_ l: JSONObjectReader, shared: JSONObjectReader?) throws(SpecError) -> Layer {
        let data = try l["data"].map { d throws(SpecError) in try table(d, path: l.path + ".data") }
        let transforms =
            try l["transform"].map { t throws(SpecError) in try self.transforms(t, path: l.path + ".transform") }
            ?? []
        guard let markValue = l["mark"] else { throw l.error("mark", "is required") }
        let mark = try self.mark(markValue, path: l.path + ".mark")
        var encoding: [Channel: ChannelEncoding] = [:]
        if let shared { encoding = try self.encoding(shared) }
        if let own = try l.child("encoding") { encoding.merge(try self.encoding(own)) { _, new in new } }
        return Layer(data: data, transforms: transforms, mark: mark, encoding: encoding)
    }

    /// A map's `projection`: `{"type": "equalEarth"}` (or `robinson`, `equirectangular`),
    /// with `fit` as a list of country codes or names whose extent the map fits (TIPCharts'
    /// reading: Vega-Lite's `fit` takes GeoJSON, which a spec here does not carry).
    func projection(_ value: JSONValue) throws(SpecError) -> MapProjection {
        let p = try JSONObjectReader(value, path: "$.projection", file: file)
        let unsupported = "is not supported; the map fits the world, or the countries of fit"
        try p.checkKeys(
            ["type", "fit"],
            unsupported: [
                "center": unsupported, "rotate": unsupported, "scale": unsupported,
                "translate": unsupported, "clipExtent": unsupported, "clipAngle": unsupported,
            ])
        var projection = MapProjection.world
        if let name = try p.string("type") {
            guard let type = Projection(rawValue: name) else {
                throw p.error(
                    "type", "expected one of: " + Projection.allCases.map(\.rawValue).joined(separator: ", "))
            }
            projection.type = type
        }
        projection.fit = try p.strings("fit") ?? []
        return projection
    }

    /// A mark: `"bar"`, or `{"type": "line", "point": true, …}`.
    func mark(_ value: JSONValue, path: String) throws(SpecError) -> MarkDefinition {
        let names: [String: MarkType] = [
            "bar": .bar, "line": .line, "point": .point, "circle": .point, "square": .point, "area": .area,
            "rule": .rule, "rect": .rect, "text": .text, "tick": .tick, "boxplot": .boxplot, "errorbar": .errorbar,
            "arc": .arc, "geoshape": .geoshape,
        ]
        func type(_ name: String, at p: String) throws(SpecError) -> MarkType {
            if name == "image" || name == "trail" || name == "errorband" {
                throw SpecError(file: file, path: p, reason: "the mark '\(name)' is not supported yet")
            }
            guard let t = names[name] else {
                throw SpecError(
                    file: file, path: p, reason: "expected one of: " + names.keys.sorted().joined(separator: ", "))
            }
            return t
        }
        if let name = value.string { return MarkDefinition(try type(name, at: path)) }
        let m = try JSONObjectReader(value, path: path, file: file)
        try m.checkKeys(
            [
                "type", "point", "color", "fill", "stroke", "opacity", "fillOpacity", "strokeWidth", "strokeDash",
                "size",
                "extent", "tooltip", "orient", "interpolate", "filled", "dy", "clip", "cornerRadius", "thickness",
                "ticks", "innerRadius",
            ],
            unsupported: [:])
        guard let name = try m.string("type") else { throw m.error("type", "is required") }
        var def = MarkDefinition(try type(name, at: path + ".type"))
        if let p = m["point"] { def.point = p.bool ?? (p.object != nil) }
        for key in ["color", "fill", "stroke"] {
            if let c = try m.string(key) {
                guard let color = Color(css: c) else { throw m.error(key, "expected a colour such as #0072B2") }
                def.color = color
            }
        }
        let opacity = try m.number("opacity"), fillOpacity = try m.number("fillOpacity")
        def.opacity = opacity ?? fillOpacity
        def.strokeWidth = try m.number("strokeWidth")
        if let dash = m["strokeDash"] {
            guard let list = dash.array?.compactMap(\.number), list.count == dash.array?.count,
                list.allSatisfy({ $0 >= 0 && $0 < 1000 })
            else { throw m.error("strokeDash", "expected an array of dash and gap lengths") }
            def.strokeDash = list
        }
        // Vega-Lite's size is an area in square pixels for points; here a radius.
        if let area = try m.number("size") { def.size = def.type == .point ? (max(area, 0) / .pi).squareRoot() : area }
        def.dy = try m.number("dy").map { -$0 }
        if let name = try m.string("interpolate") {
            guard let known = LineInterpolation(rawValue: name), def.type == .line else {
                throw m.error("interpolate", "expected linear or step, on a line mark")
            }
            def.interpolate = known
        }
        if let r = try m.number("innerRadius") {
            guard def.type == .arc, r >= 0, r < 10_000 else {
                throw m.error("innerRadius", "expected a radius in pixels (0 or more) on an arc mark")
            }
            def.innerRadius = r
        }
        if let extent = m["extent"] {
            switch (def.type, extent) {
            case let (.boxplot, .number(k)): def.whiskerIQR = k
            case (.boxplot, .string("min-max")): def.whiskerIQR = nil
            case let (.errorbar, .string(e)):
                guard let known = ErrorExtent(rawValue: e) else {
                    throw m.error("extent", "expected one of: stderr, stdev, iqr (ci is not supported yet)")
                }
                def.errorExtent = known
            default:
                throw m.error("extent", "expected a number or \"min-max\" (boxplot), or stderr, stdev, iqr (errorbar)")
            }
        }
        return def
    }
}
