import TIPStatistics

/// Everything a TIP report excerpt says about one country, as typed values with provenance.
public struct CountryReport: Sendable, Hashable, Codable {
    /// The country's name.
    public let country: String
    /// The roles the source gives the country (source, transit, destination) and the year it says so for.
    public let roles: [CountryRole]
    /// The report year the roles are stated for.
    public let rolesYear: Int
    /// Every numeric figure.
    public let observations: [Observation]
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

    /// The observations of `metric`, optionally restricted to one category, ordered by year.
    public func observations(of metric: Metric, category: String? = nil) -> [Observation] {
        observations
            .filter { $0.metric == metric && (category == nil || $0.category == category) }
            .sorted { ($0.year, $0.category ?? "") < ($1.year, $1.category ?? "") }
    }

    /// The yearly series of an uncategorised metric, such as convictions.
    ///
    /// - Throws: ``YearSeriesError`` when the data have two values for one year.
    public func series(of metric: Metric) throws(YearSeriesError) -> YearSeries {
        try YearSeries(observations(of: metric).map { YearPoint(year: $0.year, value: $0.value) })
    }

    /// The distribution of trafficker sentences.
    public var sentenceDistribution: SentenceDistribution { sentences.distribution }

    /// The distinct sources cited by the figures, ordered by article reference.
    public var sources: [Source] {
        let all =
            observations.map(\.provenance.source) + sentences.map(\.provenance.source)
            + tierPlacements.map(\.provenance.source) + treatyEvents.map(\.provenance.source)
            + routes.map(\.provenance.source) + (penalCode.map { [$0.provenance.source] } ?? [])
        return Set(all).sorted { $0.articleReference < $1.articleReference }
    }

    /// A report for any country, built in code; the embedded ``kazakhstan2008`` is one of these.
    ///
    /// ```swift
    /// let report = CountryReport(country: "Kyrgyzstan", observations: figures)
    /// let convictions = try report.series(of: .convictions)
    /// ```
    public init(
        country: String, roles: [CountryRole] = [], rolesYear: Int? = nil, observations: [Observation],
        sentences: [SentenceGroup] = [], complicitySentences: [SentenceGroup] = [], penalCode: PenalCode? = nil,
        treatyEvents: [TreatyEvent] = [], tierPlacements: [TierPlacement] = [], routes: [RouteLeg] = []
    ) {
        self.country = country
        self.roles = roles
        self.rolesYear = rolesYear ?? observations.map(\.year).max() ?? 0
        self.observations = observations
        self.sentences = sentences
        self.complicitySentences = complicitySentences
        self.penalCode = penalCode
        self.treatyEvents = treatyEvents
        self.tierPlacements = tierPlacements
        self.routes = routes
    }
}
