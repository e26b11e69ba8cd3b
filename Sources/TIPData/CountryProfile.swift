import TIPStatistics

/// What a source says about one country beyond its tidy figures: the roles it gives the
/// country, prison terms, the penal code, treaties, tier placements and routes.
///
/// A ``Dataset`` holds the figures of every country and a profile for each country that has
/// one; the charts and the summary use a profile's parts when they are there.
public struct CountryProfile: Sendable, Hashable, Codable {
    /// The country's name, as the dataset's figures spell it.
    public let country: String
    /// The roles the source gives the country (source, transit, destination).
    public let roles: [CountryRole]
    /// The year the roles and routes are stated for.
    public let rolesYear: Int?
    /// Prison terms of convicted traffickers.
    public let sentences: [SentenceGroup]
    /// Prison terms of officials convicted for complicity.
    public let complicitySentences: [SentenceGroup]
    /// The penal code's trafficking provisions, when the source gives them.
    public let penalCode: PenalCode?
    /// Ratifications and similar events.
    public let treatyEvents: [TreatyEvent]
    /// Tier placements by report year.
    public let tierPlacements: [TierPlacement]
    /// Trafficking routes the source names.
    public let routes: [RouteLeg]

    /// A profile for any country, built in code; the embedded dataset's Kazakhstan profile is one of these.
    ///
    /// ```swift
    /// let profile = CountryProfile(country: "Kyrgyzstan", sentences: groups)
    /// let dataset = Dataset(figures: figures, origin: "my compilation", profiles: [profile])
    /// ```
    public init(
        country: String, roles: [CountryRole] = [], rolesYear: Int? = nil,
        sentences: [SentenceGroup] = [], complicitySentences: [SentenceGroup] = [], penalCode: PenalCode? = nil,
        treatyEvents: [TreatyEvent] = [], tierPlacements: [TierPlacement] = [], routes: [RouteLeg] = []
    ) {
        self.country = country
        self.roles = roles
        self.rolesYear = rolesYear
        self.sentences = sentences
        self.complicitySentences = complicitySentences
        self.penalCode = penalCode
        self.treatyEvents = treatyEvents
        self.tierPlacements = tierPlacements
        self.routes = routes
    }

    /// The distribution of trafficker sentences.
    public var sentenceDistribution: SentenceDistribution { sentences.distribution }

    /// Every provenance the profile cites.
    public var provenances: [Provenance] {
        sentences.map(\.provenance) + complicitySentences.map(\.provenance) + tierPlacements.map(\.provenance)
            + treatyEvents.map(\.provenance) + routes.map(\.provenance) + (penalCode.map { [$0.provenance] } ?? [])
    }

    /// True when the profile holds nothing but the country's name.
    public var isEmpty: Bool { provenances.isEmpty && roles.isEmpty }
}
