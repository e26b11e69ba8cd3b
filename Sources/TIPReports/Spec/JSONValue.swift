import Foundation

/// Any JSON value, decoded without a schema, so that a Vega-Lite spec can be read key by
/// key with errors that name the JSON path.
indirect enum JSONValue: Sendable, Equatable, Decodable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let d = try? c.decode(Double.self) {
            self = .number(d)
        } else if let s = try? c.decode(String.self) {
            self = .string(s)
        } else if let a = try? c.decode([JSONValue].self) {
            self = .array(a)
        } else {
            self = .object(try c.decode([String: JSONValue].self))
        }
    }

    var string: String? { if case let .string(s) = self { s } else { nil } }
    var number: Double? { if case let .number(d) = self { d } else { nil } }
    var bool: Bool? { if case let .bool(b) = self { b } else { nil } }
    var array: [JSONValue]? { if case let .array(a) = self { a } else { nil } }
    var object: [String: JSONValue]? { if case let .object(o) = self { o } else { nil } }

    /// What the value is, for messages: "a string", "an object".
    var kind: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// A JSON object being read, with its path, so that each accessor can say where a wrong
/// value is: `$.layer[1].encoding.y.field: expected a string, found a number`.
struct JSONObjectReader {
    let object: [String: JSONValue]
    let path: String
    let file: String

    init(_ value: JSONValue, path: String, file: String) throws(SpecError) {
        guard let object = value.object else {
            throw SpecError(file: file, path: path, reason: "expected an object, found \(value.kind)")
        }
        self.object = object
        self.path = path
        self.file = file
    }

    func error(_ key: String?, _ reason: String) -> SpecError {
        SpecError(file: file, path: key.map { path + "." + $0 } ?? path, reason: reason)
    }

    subscript(key: String) -> JSONValue? { object[key] }

    func string(_ key: String) throws(SpecError) -> String? {
        guard let v = object[key] else { return nil }
        guard let s = v.string else { throw error(key, "expected a string, found \(v.kind)") }
        return s
    }

    func number(_ key: String) throws(SpecError) -> Double? {
        guard let v = object[key] else { return nil }
        guard let d = v.number, d.isFinite else { throw error(key, "expected a finite number, found \(v.kind)") }
        return d
    }

    func bool(_ key: String) throws(SpecError) -> Bool? {
        guard let v = object[key] else { return nil }
        guard let b = v.bool else { throw error(key, "expected true or false, found \(v.kind)") }
        return b
    }

    func strings(_ key: String) throws(SpecError) -> [String]? {
        guard let v = object[key] else { return nil }
        if let s = v.string { return [s] }
        guard let a = v.array else { throw error(key, "expected a string or an array of strings, found \(v.kind)") }
        var out: [String] = []
        for (i, item) in a.enumerated() {
            guard let s = item.string else {
                throw SpecError(
                    file: file, path: "\(path).\(key)[\(i)]", reason: "expected a string, found \(item.kind)")
            }
            out.append(s)
        }
        return out
    }

    func child(_ key: String) throws(SpecError) -> JSONObjectReader? {
        guard let v = object[key] else { return nil }
        return try JSONObjectReader(v, path: path + "." + key, file: file)
    }

    /// Refuses keys outside `known`, naming the first; `unsupported` keys get their own reason.
    func checkKeys(_ known: Set<String>, unsupported: [String: String] = [:]) throws(SpecError) {
        for key in object.keys.sorted() {
            if let reason = unsupported[key] { throw error(key, reason) }
            if !known.contains(key) {
                throw error(
                    key, "is not a key this renderer knows here; known keys: " + known.sorted().joined(separator: ", "))
            }
        }
    }
}
