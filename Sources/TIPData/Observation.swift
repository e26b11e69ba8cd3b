/// The name of a measured quantity, such as "convictions".
///
/// Open for any string so that user data can bring its own metrics; the well-known ones
/// are static members.
public struct Metric: RawRepresentable, Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public static let investigations = Metric("investigations")
    public static let prosecutions = Metric("prosecutions")
    public static let convictions = Metric("convictions")
    public static let victimsIdentified = Metric("victims_identified")
    public static let funding = Metric("funding")
    public static let awarenessBooklets = Metric("awareness_booklets")
    public static let officialsProsecutedForComplicity = Metric("officials_prosecuted_for_complicity")
    public static let officialsAtLarge = Metric("officials_at_large")

    /// A label for tables and charts: "Convictions", "Victims identified".
    public var displayName: String {
        switch self {
        case .prosecutions: "Prosecutions initiated"
        case .officialsProsecutedForComplicity: "Officials prosecuted for complicity"
        case .officialsAtLarge: "Prosecuted officials in hiding"
        default:
            rawValue.split(separator: "_").enumerated()
                .map {
                    $0.offset == 0 ? $0.element.prefix(1).uppercased() + $0.element.dropFirst() : String($0.element)
                }
                .joined(separator: " ")
        }
    }

    public var description: String { rawValue }
    public static func < (a: Metric, b: Metric) -> Bool { a.rawValue < b.rawValue }
}

/// What a value counts or measures.
public enum MeasureUnit: String, Sendable, Hashable, Codable, CaseIterable {
    case cases
    case persons
    case usDollars = "USD"
    case copies
    case years
}

/// How exactly the source states a figure: "nearly $35,000" is not "$35,000".
public enum Qualifier: String, Sendable, Hashable, Codable, CaseIterable {
    case exact
    case approximately
    case nearly
    case atLeast = "at_least"

    /// "≈", "<", "≥" or "" for labels.
    public var symbol: String {
        switch self {
        case .exact: ""
        case .approximately: "≈"
        case .nearly: "<"
        case .atLeast: "≥"
        }
    }

    /// "approximately", "nearly", "at least", or "" for exact figures.
    public var phrase: String {
        switch self {
        case .exact: ""
        case .approximately: "approximately"
        case .nearly: "nearly"
        case .atLeast: "at least"
        }
    }
}

/// One figure: a value of a metric for a country and year, with where it comes from.
public struct Observation: Sendable, Hashable, Codable {
    public let country: String
    /// The year the figure describes.
    public let year: Int
    public let metric: Metric
    /// A breakdown within the metric, such as the form of exploitation or the purpose of funding.
    public let category: String?
    public let value: Double
    public let unit: MeasureUnit
    public let qualifier: Qualifier
    public let provenance: Provenance

    public init(
        country: String, year: Int, metric: Metric, category: String? = nil, value: Double,
        unit: MeasureUnit, qualifier: Qualifier = .exact, provenance: Provenance
    ) {
        self.country = country
        self.year = year
        self.metric = metric
        self.category = category
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.provenance = provenance
    }
}
