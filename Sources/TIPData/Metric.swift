/// The name of a measured quantity, such as "convictions".
///
/// Open for any string so that user data can bring its own metrics; the well-known ones
/// are static members.
public struct Metric: RawRepresentable, Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The metric's name as files write it ("victims_identified").
    public let rawValue: String
    /// The metric named `rawValue`.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The metric named `rawValue`.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// Investigations opened.
    public static let investigations = Metric("investigations")
    /// Prosecutions initiated.
    public static let prosecutions = Metric("prosecutions")
    /// Offenders convicted.
    public static let convictions = Metric("convictions")
    /// Victims identified (also by form of exploitation, as categories).
    public static let victimsIdentified = Metric("victims_identified")
    /// Government funding, in the figure's unit.
    public static let funding = Metric("funding")
    /// Awareness booklets distributed.
    public static let awarenessBooklets = Metric("awareness_booklets")
    /// Officials prosecuted for complicity in trafficking.
    public static let officialsProsecutedForComplicity = Metric("officials_prosecuted_for_complicity")
    /// Officials charged but at large.
    public static let officialsAtLarge = Metric("officials_at_large")

    /// A label for tables and charts: "Convictions", "NGO victims assisted" (``MetricLabels``' defaults).
    public var displayName: String { MetricLabels.standard[self] }

    public var description: String { rawValue }
    public static func < (a: Metric, b: Metric) -> Bool { a.rawValue < b.rawValue }
}

/// What a value counts or measures.
public enum MeasureUnit: String, Sendable, Hashable, Codable, CaseIterable {
    /// Criminal cases.
    case cases
    /// People.
    case persons
    /// United States dollars.
    case usDollars = "USD"
    /// Printed copies.
    case copies
    /// Years (of a sentence).
    case years
}

/// How exactly the source states a figure: "nearly $35,000" is not "$35,000".
public enum Qualifier: String, Sendable, Hashable, Codable, CaseIterable {
    /// Stated as an exact figure.
    case exact
    /// "approximately 3,000".
    case approximately
    /// "nearly $35,000": the figure is an upper bound in spirit.
    case nearly
    /// "at least $12,500": the figure is a lower bound.
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
