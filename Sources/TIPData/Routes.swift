/// A form of exploitation named by the source.
public enum ExploitationForm: String, Sendable, Hashable, Codable, CaseIterable {
    case sexualExploitation = "sexual_exploitation"
    case forcedLabour = "forced_labour"

    public var displayName: String {
        switch self {
        case .sexualExploitation: "Sexual exploitation"
        case .forcedLabour: "Forced labour"
        }
    }
}

/// How a leg of a route relates to the country of the report.
public enum RouteRole: String, Sendable, Hashable, Codable, CaseIterable {
    /// Victims brought into the country from abroad.
    case inbound
    /// Victims moved on from the country to a third country.
    case onward
    /// The country's nationals trafficked abroad.
    case outbound
    /// Trafficking within the country.
    case `internal`
}

/// One leg of a trafficking route. The source gives no counts, so a leg has none.
public struct RouteLeg: Sendable, Hashable, Codable {
    public let from: String
    public let to: String
    public let role: RouteRole
    public let forms: [ExploitationForm]
    /// Industries named for forced labour on this leg ("construction", "agriculture").
    public let sectors: [String]
    public let provenance: Provenance

    public init(
        from: String, to: String, role: RouteRole, forms: [ExploitationForm], sectors: [String] = [],
        provenance: Provenance
    ) {
        self.from = from
        self.to = to
        self.role = role
        self.forms = forms
        self.sectors = sectors
        self.provenance = provenance
    }
}

/// The roles a country plays: source, transit, destination.
public enum CountryRole: String, Sendable, Hashable, Codable, CaseIterable {
    case source, transit, destination
}
