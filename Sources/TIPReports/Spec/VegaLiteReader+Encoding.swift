import TIPScene
import TIPData
import TIPLayout
import TIPStatistics

extension VegaLiteReader {
    static let channels: [String: Channel] = [
        "x": .x, "y": .y, "x2": .x2, "y2": .y2, "xOffset": .xOffset, "yOffset": .yOffset, "color": .color,
        "fill": .color, "stroke": .color, "opacity": .opacity, "text": .text, "detail": .detail, "facet": .facet,
        "theta": .theta, "row": .row, "column": .column, "size": .size, "shape": .shape, "order": .order,
        "key": .key,
    ]
    static let unsupportedChannels: [String: String] = [
        "tooltip": interactive, "href": interactive,
        "radius": "arcs with a radius channel are not supported yet; size slices with theta",
        "latitude": "maps are not supported yet",
        "longitude": "maps are not supported yet", "strokeDash": "the strokeDash channel is not supported yet",
    ]

    /// The channels of an `encoding` object.
    func encoding(_ e: JSONObjectReader) throws(SpecError) -> [Channel: ChannelEncoding] {
        try e.checkKeys(Set(Self.channels.keys), unsupported: Self.unsupportedChannels)
        var out: [Channel: ChannelEncoding] = [:]
        for key in e.object.keys.sorted() {
            guard let channel = Self.channels[key], let value = e[key] else { continue }
            out[channel] = try channelDefinition(value, path: e.path + "." + key)
        }
        return out
    }

    /// One channel: `{"field": …, "type": …, "aggregate": …, "bin": …, "sort": …, "stack": …,
    /// "scale": …, "axis": …, "legend": …, "title": …}`, or `{"datum": …}`, `{"value": …}`.
    func channelDefinition(_ value: JSONValue, path: String) throws(SpecError) -> ChannelEncoding {
        let d = try JSONObjectReader(value, path: path, file: file)
        try d.checkKeys(
            [
                "field", "type", "aggregate", "bin", "sort", "stack", "scale", "axis", "legend", "title", "datum",
                "value",
                "format", "timeUnit", "bandPosition", "columns",
            ],
            unsupported: ["condition": Self.interactive])
        var c = ChannelEncoding()
        c.field = try d.string("field")
        if let field = c.field, field.contains(".") || field.contains("[") {
            throw d.error("field", "nested fields ('\(field)') are not supported; name a top-level field")
        }
        if let t = try d.string("type") {
            let types: [String: FieldType] = [
                "quantitative": .quantitative, "ordinal": .ordinal, "nominal": .nominal, "temporal": .temporal,
            ]
            guard let known = types[t] else {
                throw d.error("type", "expected one of: nominal, ordinal, quantitative, temporal")
            }
            c.type = known
        }
        if let unit = try d.string("timeUnit"), unit != "year" {
            throw d.error("timeUnit", "only \"year\" is supported: TIP figures are yearly")
        }
        if let op = try d.string("aggregate") {
            guard let known = AggregateOperation(name: op) else {
                throw d.error(
                    "aggregate",
                    "expected one of: count, valid, missing, distinct, sum, mean, average, median, "
                        + "min, max, q1, q3, stdev, variance")
            }
            c.aggregate = known
        }
        if let bin = d["bin"] {
            switch bin {
            case .bool(true): c.bin = .maxBins(10)
            case .bool(false), .null: break
            case .object:
                let b = try JSONObjectReader(bin, path: path + ".bin", file: file)
                try b.checkKeys(["maxbins", "step"])
                if let step = try b.number("step") {
                    guard step > 0 else { throw b.error("step", "expected a positive bin width") }
                    c.bin = .rule(.fixedWidth(step, origin: 0))
                } else {
                    let n = try b.number("maxbins") ?? 10
                    guard n >= 1, n <= 10_000 else { throw b.error("maxbins", "expected 1 to 10,000 bins") }
                    c.bin = .maxBins(Int(n))
                }
            default: throw d.error("bin", "expected true, false or an object with maxbins or step")
            }
        }
        if let sort = d["sort"] { c.sort = try self.sort(sort, path: path + ".sort") }
        if let stack = d["stack"] {
            switch stack {
            case .null, .bool(false): c.stack = StackMode.none
            case .bool(true), .string("zero"): c.stack = .stacked(.zero)
            case .string("normalize"): c.stack = .stacked(.normalize)
            case .string("center"): c.stack = .stacked(.center)
            default: throw d.error("stack", "expected null, false, true, \"zero\", \"normalize\" or \"center\"")
            }
        }
        if let scale = try d.child("scale") { c.scale = try self.scale(scale) }
        for key in ["axis", "legend"] {
            guard let guide = d[key] else { continue }
            if case .null = guide {
                if key == "axis" { throw d.error(key, "hiding an axis is not supported yet") }
                c.showsGuide = false
            } else {
                let g = try JSONObjectReader(guide, path: path + "." + key, file: file)
                try g.checkKeys(["title", "format", "labelAngle", "grid", "orient", "tickCount", "labelFontSize"])
                c.title = try g.string("title") ?? c.title
                if let f = try g.string("format") { c.format = try valueFormat(f, path: g.path + ".format") }
            }
        }
        c.title = try d.string("title") ?? c.title
        if let f = try d.string("format") { c.format = try valueFormat(f, path: path + ".format") }
        if let datum = d["datum"] { c.datum = try cell(datum, path: path + ".datum") }
        if let v = d["value"] { c.value = try cell(v, path: path + ".value") }
        if d["columns"] != nil {
            guard let n = try d.number("columns"), n >= 1, n <= 100, n == n.rounded() else {
                throw d.error("columns", "expected a whole number of panels per row, 1 to 100")
            }
        }
        return c
    }

    /// A sort: "ascending", "descending", null (data order), an array of categories, or
    /// "-y" / "x" (by another channel).
    func sort(_ value: JSONValue, path: String) throws(SpecError) -> ChannelSort {
        switch value {
        case .null: return .dataOrder
        case .string("ascending"): return .ascending
        case .string("descending"): return .descending
        case let .string(s) where ["x", "y", "-x", "-y", "color", "-color"].contains(s):
            throw SpecError(file: file, path: path, reason: "sorting by another channel ('\(s)') is not supported yet")
        case let .array(items):
            return .explicit(
                try items.enumerated().map { i, item throws(SpecError) in
                    try cell(item, path: "\(path)[\(i)]").label
                })
        default:
            throw SpecError(file: file, path: path, reason: "expected \"ascending\", \"descending\", null or an array")
        }
    }

    /// Scale options: type, domain, zero, nice, reverse, domainMid, and a colour `range`
    /// (CSS colours, in domain order).
    func scale(_ s: JSONObjectReader) throws(SpecError) -> ScaleOptions {
        try s.checkKeys([
            "type", "domain", "zero", "nice", "reverse", "domainMid", "range", "scheme", "base", "constant",
        ])
        var o = ScaleOptions()
        if let t = try s.string("type") {
            guard let known = ScaleType(rawValue: t) else {
                throw s.error(
                    "type", "expected one of: linear, log, sqrt, symlog, band, point, ordinal, sequential, diverging")
            }
            o.type = known
        }
        if let base = try s.number("base"), base != 10 { throw s.error("base", "only base 10 is supported") }
        if let constant = try s.number("constant"), constant != 1 {
            throw s.error("constant", "only constant 1 is supported")
        }
        if let domain = s["domain"] {
            guard let items = domain.array else { throw s.error("domain", "expected an array") }
            o.domain = try items.enumerated().map { i, item throws(SpecError) in
                try cell(item, path: "\(s.path).domain[\(i)]")
            }
        }
        o.zero = try s.bool("zero")
        if let nice = s["nice"] { o.nice = nice.bool ?? true }
        o.reverse = try s.bool("reverse")
        o.domainMid = try s.number("domainMid")
        if let range = s["range"] {
            guard let items = range.array else { throw s.error("range", "expected an array of colours") }
            o.range = try items.enumerated().map { i, item throws(SpecError) in
                guard let text = item.string, let color = Color(css: text) else {
                    throw s.error("range[\(i)]", "expected a colour such as \"#0072B2\"")
                }
                return color
            }
        }
        return o
    }

    /// Our value formats: `count`, `number:2`, `percent:1`, `signedPercent:0`, `currency:$`.
    func valueFormat(_ text: String, path: String) throws(SpecError) -> ValueFormat {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        let digits = parts.count > 1 ? Int(parts[1]) : nil
        switch parts.first ?? "" {
        case "count": return .count
        case "number" where digits.map({ (0...6).contains($0) }) ?? true: return .number(decimals: digits ?? 1)
        case "percent" where digits.map({ (0...6).contains($0) }) ?? true: return .percent(decimals: digits ?? 0)
        case "signedPercent" where digits.map({ (0...6).contains($0) }) ?? true:
            return .signedPercent(decimals: digits ?? 0)
        case "currency": return .currency(symbol: parts.count > 1 ? parts[1] : "$")
        default:
            throw SpecError(
                file: file, path: path,
                reason: "expected count, number[:0-6], percent[:0-6], signedPercent[:0-6] or currency[:symbol] "
                    + "(d3 format strings are not supported)")
        }
    }

    /// A JSON scalar as a table cell: numbers as numbers; strings as `--data` reads them
    /// ("1,834" a number, "<5" censored, "NA" or "" missing, anything else text); null missing.
    func cell(_ value: JSONValue, path: String) throws(SpecError) -> FieldValue {
        switch value {
        case .null: return .missing
        case let .number(d):
            guard d.isFinite else { throw SpecError(file: file, path: path, reason: "expected a finite number") }
            return .number(d)
        case let .bool(b): return .text(b ? "true" : "false")
        case let .string(s): return parsedCell(s)
        case .array, .object:
            throw SpecError(file: file, path: path, reason: "expected a number, a string or null, found \(value.kind)")
        }
    }
}

/// A text cell read as the data loader reads values: "1,834" and "12.5" are numbers, "<5"
/// is censored, "" and "NA" are missing, a tier or any other word is text.
func parsedCell(_ s: String) -> FieldValue {
    switch FigureValue(parsing: s) {
    case let .exact(v)?: return v.fieldValue
    case let .below(v)?: return .censored(v)
    case .missing?: return .missing
    case .tier?, nil: return .text(s)
    }
}
