/// Where a figure sits within its metric: one value per breakdown dimension that is not at
/// its total ("sex: Male", "age: 0-17"). An empty breakdown is the total.
///
/// Equality and hashing ignore the order of the dimensions, so the same parts read from
/// columns in another order are the same breakdown.
public struct Breakdown: Sendable, Hashable, Codable, Comparable {
    /// One dimension's value.
    public struct Part: Sendable, Hashable, Codable {
        /// The dimension: "category", "sex", "age_group", "form".
        public let dimension: String
        /// Its value: "Male", "0-17", "labour trafficking".
        public let value: String

        /// The part `dimension = value`.
        public init(dimension: String, value: String) {
            self.dimension = dimension
            self.value = value
        }

        /// A label for tables and charts: age ranges as "0–17 years" and "18 years or older",
        /// anything else exactly as the data write it ("Male" stays "Male", "Ukraine" stays
        /// "Ukraine"; a summary once lower-cased single words, so one breakdown mixed cases).
        public var label: String {
            let digits = value.split(separator: "-", omittingEmptySubsequences: false)
            if dimension.lowercased().contains("age"), digits.count == 2,
                digits.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) })
            {
                return "\(digits[0])–\(digits[1]) years"
            }
            if dimension.lowercased().contains("age"), value.hasSuffix("+"), value.dropLast().allSatisfy(\.isNumber) {
                return "\(value.dropLast()) years or older"
            }
            return value
        }
    }

    /// The parts, in the order the file's columns give them.
    public let parts: [Part]

    /// The breakdown of `parts`; a dimension at most once.
    public init(_ parts: [Part] = []) {
        var seen = Set<String>()
        self.parts = parts.filter { seen.insert($0.dimension).inserted }
    }

    /// Cell texts that mean "every value of this dimension" and so are not a part.
    public static let totalTexts: Set<String> = ["", "total", "all", "both sexes", "all ages", "_t"]

    /// True for the total of the metric.
    public var isTotal: Bool { parts.isEmpty }

    /// "male, 0–17 years"; `nil` for the total.
    public var label: String? { parts.isEmpty ? nil : parts.map(\.label).joined(separator: ", ") }

    /// The dimensions, in order.
    public var dimensions: [String] { parts.map(\.dimension) }

    /// The value of `dimension`, if the figure is a part along it.
    public func value(of dimension: String) -> String? { parts.first { $0.dimension == dimension }?.value }

    private var canonical: [Part] { parts.sorted { ($0.dimension, $0.value) < ($1.dimension, $1.value) } }

    public static func == (a: Breakdown, b: Breakdown) -> Bool { a.canonical == b.canonical }
    public func hash(into hasher: inout Hasher) { hasher.combine(canonical) }
    public static func < (a: Breakdown, b: Breakdown) -> Bool {
        a.canonical.map { [$0.dimension, $0.value] }.lexicographicallyPrecedes(
            b.canonical.map { [$0.dimension, $0.value] }
        ) {
            $0.lexicographicallyPrecedes($1)
        }
    }
}
