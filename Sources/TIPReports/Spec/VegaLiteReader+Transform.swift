import TIPLayout
import TIPStatistics

extension VegaLiteReader {
    /// A `transform` array.
    func transforms(_ value: JSONValue, path: String) throws(SpecError) -> [Transform] {
        guard let items = value.array else {
            throw SpecError(file: file, path: path, reason: "expected an array of transforms, found \(value.kind)")
        }
        return try items.enumerated().map { i, item throws(SpecError) in try transform(item, path: "\(path)[\(i)]") }
    }

    /// One transform: filter, aggregate, window, bin, fold or pivot.
    func transform(_ value: JSONValue, path: String) throws(SpecError) -> Transform {
        let t = try JSONObjectReader(value, path: path, file: file)
        if let filter = t["filter"] {
            try t.checkKeys(["filter"])
            return .filter(try predicate(filter, path: path + ".filter"))
        }
        if let list = t["aggregate"] {
            try t.checkKeys(["aggregate", "groupby"])
            guard let ops = list.array else { throw t.error("aggregate", "expected an array of {op, field, as}") }
            let fields = try ops.enumerated().map { i, op throws(SpecError) -> AggregateField in
                let o = try JSONObjectReader(op, path: "\(path).aggregate[\(i)]", file: file)
                try o.checkKeys(["op", "field", "as"])
                guard let name = try o.string("op"), let known = AggregateOperation(name: name) else {
                    throw o.error("op", "expected an aggregate operation such as sum, mean, median or count")
                }
                return AggregateField(known, of: try o.string("field"), as: try o.string("as"))
            }
            return .aggregate(fields, groupBy: try t.strings("groupby") ?? [])
        }
        if let list = t["window"] {
            try t.checkKeys(["window", "groupby", "sort", "frame", "ignorePeers"])
            if t["frame"] != nil { throw t.error("frame", "window frames are not supported yet") }
            guard let ops = list.array, ops.count == 1, let only = ops.first else {
                throw t.error("window", "expected an array of one {op, field, as}")
            }
            let o = try JSONObjectReader(only, path: path + ".window[0]", file: file)
            try o.checkKeys(["op", "field", "as"])
            guard let name = try o.string("op"), let op = WindowOperation(rawValue: name) else {
                throw o.error("op", "expected one of: row_number, rank, dense_rank, sum, count")
            }
            guard let output = try o.string("as") else { throw o.error("as", "is required") }
            var keys: [SortKey] = []
            if let sort = t["sort"] {
                guard let list = sort.array else { throw t.error("sort", "expected an array of {field, order}") }
                for (i, item) in list.enumerated() {
                    let s = try JSONObjectReader(item, path: "\(path).sort[\(i)]", file: file)
                    try s.checkKeys(["field", "order"])
                    guard let field = try s.string("field") else { throw s.error("field", "is required") }
                    let order = try s.string("order") ?? "ascending"
                    guard ["ascending", "descending"].contains(order) else {
                        throw s.error("order", "expected ascending or descending")
                    }
                    keys.append(SortKey(field, descending: order == "descending"))
                }
            }
            return .window(
                op, field: try o.string("field"), as: output, groupBy: try t.strings("groupby") ?? [], sortBy: keys)
        }
        if t["bin"] != nil {
            try t.checkKeys(["bin", "field", "as"])
            guard let field = try t.string("field") else { throw t.error("field", "is required") }
            let name = try t.strings("as")?.first ?? "bin_" + field
            let encoding = try channelDefinition(.object(["bin": t["bin"] ?? .bool(true)]), path: path)
            switch encoding.bin {
            case let .rule(rule)?: return .bin(field: field, as: name, rule: rule)
            case .maxBins?, nil:
                throw t.error("bin", "a bin transform needs a step ({\"step\": 5}); or bin on the encoding")
            }
        }
        if let fold = t["fold"] {
            try t.checkKeys(["fold", "as"])
            guard let fields = fold.array?.compactMap(\.string), fields.count == fold.array?.count else {
                throw t.error("fold", "expected an array of field names")
            }
            let names = try t.strings("as") ?? ["key", "value"]
            guard names.count == 2 else { throw t.error("as", "expected two names: key and value") }
            return .fold(fields, key: names[0], value: names[1])
        }
        if t["pivot"] != nil {
            try t.checkKeys(["pivot", "value", "groupby", "op", "limit"])
            guard let field = try t.string("pivot"), let value = try t.string("value") else {
                throw t.error("value", "pivot needs pivot and value fields")
            }
            return .pivot(field: field, value: value, groupBy: try t.strings("groupby") ?? [])
        }
        let options: Set<String> = ["as", "groupby", "sort", "field", "value", "op"]
        let kind = t.object.keys.sorted().first { !options.contains($0) } ?? t.object.keys.sorted().first ?? "{}"
        throw t.error(
            nil,
            "the transform '\(kind)' is not supported; supported: filter, aggregate, window, bin, fold, pivot "
                + "(calculate and other expressions are not evaluated)")
    }

    /// A field predicate: `{"field": …, "equal" | "oneOf" | "range" | "lt" | "lte" | "gt" |
    /// "gte" | "valid": …}`, or `and`, `or`, `not` of predicates. Expression strings are refused.
    func predicate(_ value: JSONValue, path: String) throws(SpecError) -> Predicate {
        if value.string != nil {
            throw SpecError(
                file: file, path: path,
                reason: "expression strings are not evaluated; use a field predicate such as "
                    + "{\"field\": \"metric\", \"equal\": \"convictions\"}")
        }
        let p = try JSONObjectReader(value, path: path, file: file)
        for combinator in ["and", "or"] {
            guard let list = p[combinator] else { continue }
            try p.checkKeys([combinator])
            guard let items = list.array else { throw p.error(combinator, "expected an array of predicates") }
            let parts = try items.enumerated().map { i, item throws(SpecError) in
                try predicate(item, path: "\(path).\(combinator)[\(i)]")
            }
            return combinator == "and" ? .and(parts) : .or(parts)
        }
        if let inner = p["not"] {
            try p.checkKeys(["not"])
            return .not(try predicate(inner, path: path + ".not"))
        }
        try p.checkKeys(["field", "equal", "oneOf", "range", "lt", "lte", "gt", "gte", "valid", "timeUnit"])
        guard let field = try p.string("field") else { throw p.error("field", "is required") }
        if let v = p["equal"] { return .equal(field, try cell(v, path: path + ".equal")) }
        if let v = p["oneOf"] {
            guard let items = v.array else { throw p.error("oneOf", "expected an array") }
            return .oneOf(
                field,
                try items.enumerated().map { i, item throws(SpecError) in
                    try cell(item, path: "\(path).oneOf[\(i)]")
                })
        }
        if let v = p["range"] {
            guard let items = v.array, items.count == 2 else { throw p.error("range", "expected [lower, upper]") }
            let lo = items[0].number, hi = items[1].number
            guard lo != nil || items[0] == .null, hi != nil || items[1] == .null else {
                throw p.error("range", "expected two numbers (null for an open end)")
            }
            return .range(field, lower: lo, upper: hi)
        }
        if let v = try p.number("lt") { return .lessThan(field, v) }
        if let v = try p.number("lte") { return .lessThanOrEqual(field, v) }
        if let v = try p.number("gt") { return .greaterThan(field, v) }
        if let v = try p.number("gte") { return .greaterThanOrEqual(field, v) }
        if let v = try p.bool("valid") { return v ? .valid(field) : .not(.valid(field)) }
        throw p.error(nil, "a field predicate needs one of: equal, oneOf, range, lt, lte, gt, gte, valid")
    }
}
