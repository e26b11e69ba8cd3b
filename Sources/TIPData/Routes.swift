/// A form of exploitation named by the source.
public enum ExploitationForm: String, Sendable, Hashable, Codable, CaseIterable {
    /// Commercial sexual exploitation.
    case sexualExploitation = "sexual_exploitation"
    /// Forced labour.
    case forcedLabour = "forced_labour"

    /// A label for tables and charts.
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
    /// Where the leg starts.
    public let from: String
    /// Where it ends.
    public let to: String
    /// The country's part in it (inbound, onward, outbound, internal).
    public let role: RouteRole
    /// The forms of exploitation the source names for it.
    public let forms: [ExploitationForm]
    /// Industries named for forced labour on this leg ("construction", "agriculture").
    public let sectors: [String]
    /// Where the leg is reported.
    public let provenance: Provenance

    /// A route leg as the source describes it.
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
    /// People are trafficked from the country.
    case source
    /// People are trafficked through it.
    case transit
    /// People are trafficked into it.
    case destination
}
