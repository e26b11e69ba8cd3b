import TIPStatistics

/// Writes JSON byte for byte as Foundation's `JSONEncoder` does with `.prettyPrinted`,
/// `.sortedKeys` and `.withoutEscapingSlashes` (two-space indent, `"key" : value`, an empty
/// array as `[`, a blank line and `]`), for the summary's large arrays: tens of thousands of
/// rows written directly, without building an encoder tree for each. Callers list each
/// object's keys in sorted order. A test compares the output with `JSONEncoder`'s.
///
/// - Complexity: O(output size).
struct PrettyJSON {
    var bytes: [UInt8] = []
    private var depth: Int
    /// Whether the current object or array has a member yet.
    private var hasMember: [Bool] = []

    /// A writer whose first value sits at `depth` (its closing bracket is indented so).
    init(depth: Int) { self.depth = depth }

    /// Thrown for a value `JSONEncoder` would refuse (±∞ or NaN), so the caller can fall
    /// back to `JSONEncoder` and report its error.
    struct Unencodable: Error {}

    mutating func object<E: Error>(_ body: (inout PrettyJSON) throws(E) -> Void) throws(E) {
        try container(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), body)
    }

    mutating func array<E: Error>(_ body: (inout PrettyJSON) throws(E) -> Void) throws(E) {
        try container(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), body)
    }

    private mutating func container<E: Error>(
        open: UInt8, close: UInt8, _ body: (inout PrettyJSON) throws(E) -> Void
    ) throws(E) {
        bytes.append(open)
        bytes.append(0x0A)
        depth += 1
        hasMember.append(false)
        try body(&self)
        // An empty container is `[`, two newlines, the indent and `]`, as JSONEncoder writes it.
        hasMember.removeLast()
        depth -= 1
        bytes.append(0x0A)
        indent()
        bytes.append(close)
    }

    /// Starts the next array element.
    mutating func element() {
        separate()
        indent()
    }

    /// Starts the member `name` of an object.
    mutating func key(_ name: String) {
        separate()
        indent()
        string(name)
        bytes += [0x20, UInt8(ascii: ":"), 0x20]
    }

    private mutating func separate() {
        if hasMember[hasMember.count - 1] { bytes += [UInt8(ascii: ","), 0x0A] }
        hasMember[hasMember.count - 1] = true
    }

    private static let spaces = [UInt8](repeating: 0x20, count: 64)

    private mutating func indent() {
        var left = 2 * depth
        while left > 0 {
            let run = min(left, Self.spaces.count)
            bytes.append(contentsOf: Self.spaces[0..<run])
            left -= run
        }
    }

    mutating func null() { bytes.append(contentsOf: "null".utf8) }

    mutating func int(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }

    /// Shortest round-trip digits, without a trailing `.0`.
    mutating func double(_ value: Double) throws(Unencodable) {
        guard value.isFinite else { throw Unencodable() }
        let text = value.description.utf8
        if text.count > 2, text.last == UInt8(ascii: "0"), text.dropLast().last == UInt8(ascii: ".") {
            bytes.append(contentsOf: text.dropLast(2))
        } else {
            bytes.append(contentsOf: text)
        }
    }

    mutating func double(_ value: Double?) throws(Unencodable) {
        if let value { try double(value) } else { null() }
    }

    /// A string with `"`, `\` and control characters escaped as `JSONEncoder` escapes them.
    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        // Most strings need no escape: copy them whole, from contiguous UTF-8.
        var contiguous = text
        let plain = contiguous.withUTF8 { utf8 in
            guard !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == 0x5C }) else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if plain {
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "\""): bytes += [0x5C, b]
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x08: bytes += [0x5C, UInt8(ascii: "b")]
            case 0x0C: bytes += [0x5C, UInt8(ascii: "f")]
            case 0x0A: bytes += [0x5C, UInt8(ascii: "n")]
            case 0x0D: bytes += [0x5C, UInt8(ascii: "r")]
            case 0x09: bytes += [0x5C, UInt8(ascii: "t")]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes += Array("\\u00".utf8) + [hex[Int(b >> 4)], hex[Int(b & 0xF)]]
            default: bytes.append(b)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func string(_ text: String?) {
        if let text { string(text) } else { null() }
    }
}

/// A value that writes itself through ``PrettyJSON`` exactly as its `encode(to:)` does.
protocol PrettyJSONWritable {
    func write(to json: inout PrettyJSON) throws(PrettyJSON.Unencodable)
}

extension PrettyJSON {
    /// An array of `items`, one element each.
    mutating func array(of items: [some PrettyJSONWritable]) throws(Unencodable) {
        try array { (json: inout PrettyJSON) throws(Unencodable) in
            for item in items {
                json.element()
                try item.write(to: &json)
            }
        }
    }
}

extension YearOverYearRow: PrettyJSONWritable {
    /// The row as `encode(to:)` writes it, keys sorted.
    func write(to json: inout PrettyJSON) throws(PrettyJSON.Unencodable) {
        try json.object { (json: inout PrettyJSON) throws(PrettyJSON.Unencodable) in
            json.key("absoluteChange")
            try json.double(absoluteChange)
            json.key("country")
            json.string(country)
            json.key("from")
            try json.double(from)
            json.key("fromPeriod")
            json.string(fromPeriod)
            json.key("fromText")
            json.string(fromText)
            json.key("fromYear")
            json.int(fromYear)
            json.key("label")
            json.string(label)
            json.key("metric")
            json.string(metric)
            json.key("percentChange")
            try json.double(percentChange)
            json.key("ratio")
            try json.double(ratio)
            json.key("to")
            try json.double(to)
            json.key("toPeriod")
            json.string(toPeriod)
            json.key("toText")
            json.string(toText)
            json.key("toYear")
            json.int(toYear)
            json.key("undefinedReason")
            json.string(undefinedReason)
            json.key("unit")
            json.string(unit)
        }
    }
}

extension MetricStatistics: PrettyJSONWritable {
    /// The entry as its synthesised `encode(to:)` writes it: keys sorted, `nil` optionals left out.
    func write(to json: inout PrettyJSON) throws(PrettyJSON.Unencodable) {
        try json.object { (json: inout PrettyJSON) throws(PrettyJSON.Unencodable) in
            json.key("censoredCount")
            json.int(censoredCount)
            json.key("country")
            json.string(country)
            json.key("label")
            json.string(label)
            json.key("metric")
            json.string(metric)
            json.key("missingCount")
            json.int(missingCount)
            if let statistics {
                json.key("statistics")
                try statistics.write(to: &json)
            }
            if let unit {
                json.key("unit")
                json.string(unit)
            }
            json.key("years")
            json.array { json in
                for year in years {
                    json.element()
                    json.int(year)
                }
            }
        }
    }
}

extension SummaryStatistics {
    /// As ``/TIPStatistics/SummaryStatistics/encode(to:)`` writes it: non-finite values as `null`.
    func write(to json: inout PrettyJSON) throws(PrettyJSON.Unencodable) {
        func put(_ key: String, _ value: Double?, _ json: inout PrettyJSON) throws(PrettyJSON.Unencodable) {
            json.key(key)
            if let value, value.isFinite { try json.double(value) } else { json.null() }
        }
        try json.object { (json: inout PrettyJSON) throws(PrettyJSON.Unencodable) in
            json.key("count")
            json.int(count)
            try put("interquartileRange", interquartileRange, &json)
            try put("maximum", maximum, &json)
            try put("mean", mean, &json)
            try put("median", median, &json)
            try put("minimum", minimum, &json)
            json.key("missingCount")
            json.int(missingCount)
            json.key("modes")
            try json.array { (json: inout PrettyJSON) throws(PrettyJSON.Unencodable) in
                for mode in modes {
                    json.element()
                    try json.double(mode)
                }
            }
            try put("populationStandardDeviation", populationStandardDeviation, &json)
            try put("populationVariance", populationVariance, &json)
            json.key("quantileMethod")
            json.int(quantileMethod.rawValue)
            try put("range", range, &json)
            try put("sampleStandardDeviation", sampleStandardDeviation, &json)
            try put("sampleVariance", sampleVariance, &json)
            try put("sum", sum, &json)
        }
    }
}
