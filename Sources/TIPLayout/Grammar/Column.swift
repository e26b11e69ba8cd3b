/// One field of a ``DataTable``, stored by type: numbers in a contiguous array of doubles
/// (NaN for missing) with a flag per value for censoring, or optional strings.
public enum Column: Sendable, Hashable, Codable {
    /// Numbers; NaN is missing, and `censored[i]` marks an upper bound ("<5"). `censored`
    /// is empty when no value is censored.
    case numbers([Double], censored: [Bool])
    /// Text; nil is missing.
    case texts([String?])

    /// A column of `values`: numeric when every present value is a number (censored or
    /// not), else text, with numbers written as labels.
    ///
    /// - Complexity: O(n).
    public init(_ values: [FieldValue]) {
        let numeric = values.allSatisfy { if case .text = $0 { false } else { true } }
        guard numeric else {
            self = .texts(values.map { if case .missing = $0 { nil } else { $0.label } })
            return
        }
        let numbers = values.map { $0.number ?? .nan }
        let censored = values.contains(where: \.isCensored) ? values.map(\.isCensored) : []
        self = .numbers(numbers, censored: censored)
    }

    /// The number of values.
    public var count: Int {
        switch self {
        case let .numbers(v, _): v.count
        case let .texts(v): v.count
        }
    }

    /// Whether the column holds numbers.
    public var isNumeric: Bool { if case .numbers = self { true } else { false } }

    /// The cell at `index`.
    ///
    /// - Precondition: `index` is in `0..<count`.
    public subscript(index: Int) -> FieldValue {
        switch self {
        case let .numbers(v, censored):
            let x = v[index]
            if x.isNaN { return .missing }
            return !censored.isEmpty && censored[index] ? .censored(x) : .number(x)
        case let .texts(v):
            return v[index].map(FieldValue.text) ?? .missing
        }
    }

    /// The number at `index` (a censored value's bound), or nil for missing or text.
    func number(_ index: Int) -> Double? {
        switch self {
        case let .numbers(v, _): v[index].isNaN ? nil : v[index]
        case let .texts(v): v[index].flatMap(Double.init)
        }
    }

    /// The values at `indices`, in that order.
    ///
    /// - Complexity: O(k) for k indices.
    func gathered(_ indices: [Int]) -> Column {
        switch self {
        case let .numbers(v, censored):
            .numbers(indices.map { v[$0] }, censored: censored.isEmpty ? [] : indices.map { censored[$0] })
        case let .texts(v): .texts(indices.map { v[$0] })
        }
    }

    /// The column's cells, for reading in order.
    var cells: [FieldValue] { (0..<count).map { self[$0] } }
}

extension Column {
    /// Equal when every cell is: a missing number (NaN) equals a missing number, as two
    /// tables with the same gaps are the same table.
    public static func == (a: Column, b: Column) -> Bool {
        switch (a, b) {
        case let (.numbers(x, cx), .numbers(y, cy)):
            return x.count == y.count && cx == cy
                && zip(x, y).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
        case let (.texts(x), .texts(y)): return x == y
        default: return false
        }
    }

    /// Hashes the cells, NaN as one value.
    public func hash(into hasher: inout Hasher) {
        switch self {
        case let .numbers(x, c):
            hasher.combine(0)
            for v in x { hasher.combine(v.isNaN ? Double.nan.bitPattern : (v == 0 ? 0 : v).bitPattern) }
            hasher.combine(c)
        case let .texts(x):
            hasher.combine(1)
            hasher.combine(x)
        }
    }
}

extension Column {
    private enum CodingKeys: String, CodingKey { case numbers, censored, texts }

    /// Decodes through the column's rule: censoring flags are none, or one per number.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let texts = try c.decodeIfPresent([String?].self, forKey: .texts) {
            self = .texts(texts)
            return
        }
        let numbers = try c.decode([Double].self, forKey: .numbers)
        let censored = try c.decodeIfPresent([Bool].self, forKey: .censored) ?? []
        guard censored.isEmpty || censored.count == numbers.count else {
            throw DecodingError.dataCorruptedError(
                forKey: .censored, in: c,
                debugDescription: "\(censored.count) censoring flags for \(numbers.count) numbers")
        }
        self = .numbers(numbers, censored: censored)
    }

    /// Encodes numbers with their flags, or texts.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case let .numbers(v, censored):
            try c.encode(v, forKey: .numbers)
            if !censored.isEmpty { try c.encode(censored, forKey: .censored) }
        case let .texts(v): try c.encode(v, forKey: .texts)
        }
    }
}
