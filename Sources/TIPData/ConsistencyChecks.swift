import TIPStatistics

/// Rules over any set of observations, so that loaded user data is checked the same way.
public enum ConsistencyChecks {
    /// The stages of the justice pipeline, and the metric names that play each role, so
    /// that UNODC's names are checked like the TIP Report's. Names that start with
    /// `persons_` or `cases_` are compared only with names of the same family.
    public static let pipelineRoles: [(stage: Metric, names: Set<String>)] = [
        (
            .investigations,
            [
                "investigations", "cases_investigated", "persons_investigated", "persons_suspected",
                "persons_in_contact_with_police",
            ]
        ),
        (.prosecutions, ["prosecutions", "cases_prosecuted", "persons_prosecuted"]),
        (.convictions, ["convictions", "persons_convicted", "offenders_convicted", "cases_convicted"]),
    ]

    /// The pipeline stage a metric name plays, if any.
    public static func stage(of metric: Metric) -> Metric? {
        pipelineRoles.first { $0.names.contains(metric.rawValue) }?.stage
    }

    /// "persons", "cases" or "" for the family of a metric name.
    static func family(_ metric: Metric) -> String {
        ["persons_", "cases_"].first { metric.rawValue.hasPrefix($0) }.map { String($0.dropLast()) } ?? ""
    }

    /// Notes for each country, year and family of names in which a later stage of the justice
    /// pipeline (investigations → prosecutions → convictions) exceeds an earlier one. Stages
    /// are found through ``pipelineRoles``; only totals with exact values are compared (a
    /// censored value proves nothing either way).
    ///
    /// - Complexity: O(n log n).
    public static func pipelineNotes(_ figures: [Figure]) -> [ConsistencyNote] {
        struct Cell: Hashable, Comparable {
            let country: String, year: Int, family: String
            static func < (a: Cell, b: Cell) -> Bool { (a.country, a.year, a.family) < (b.country, b.year, b.family) }
        }
        var totals: [Cell: [Metric: (Metric, Double)]] = [:]
        for f in figures where f.breakdown.isTotal {
            guard let stage = stage(of: f.metric), let v = f.value.exactValue else { continue }
            totals[Cell(country: f.country, year: f.year, family: family(f.metric)), default: [:]][stage] = (
                f.metric, v
            )
        }
        let stages: [(earlier: Metric, later: Metric, check: String, reason: String)] = [
            (
                .prosecutions, .convictions, "convictions_exceed_prosecutions",
                "Convictions can stem from cases initiated in earlier years; this is not an error in the data."
            ),
            (
                .investigations, .prosecutions, "prosecutions_exceed_investigations",
                "Prosecutions can stem from investigations opened in earlier years."
            ),
        ]
        var notes: [ConsistencyNote] = []
        for cell in totals.keys.sorted() {
            let values = totals[cell] ?? [:]
            for stage in stages {
                guard let earlier = values[stage.earlier], let later = values[stage.later], later.1 > earlier.1 else {
                    continue
                }
                notes.append(
                    ConsistencyNote(
                        check: stage.check, severity: .info, year: cell.year,
                        message:
                            "\(cell.country) \(cell.year): \(later.0.displayName.lowercased()) "
                            + "(\(plainNumber(later.1))) exceed "
                            + "\(earlier.0.displayName.lowercased()) (\(plainNumber(earlier.1))). \(stage.reason)",
                        template: "note." + stage.check,
                        values: [
                            "country": cell.country, "year": String(cell.year), "later": plainNumber(later.1),
                            "earlier": plainNumber(earlier.1),
                        ]
                    ))
            }
        }
        return notes
    }
}

extension ConsistencyChecks {
    /// Notes that a country's profile and figures reconcile: the listed sentences against
    /// the convictions of their year, the longest sentence against the penal code's maximum,
    /// and the officials prosecuted for complicity against those sentenced and at large.
    ///
    /// - Complexity: O(n) in the figures and sentences.
    public static func profileNotes(_ profile: CountryProfile, figures: [Figure]) -> [ConsistencyNote] {
        let own = figures.filter { $0.country == profile.country && $0.category == nil }
        func exact(_ metric: Metric, _ year: Int?) -> (year: Int, value: Double)? {
            own.first { $0.metric == metric && (year == nil || $0.year == year) }
                .flatMap { f in f.value.exactValue.map { (f.year, $0) } }
        }
        var notes: [ConsistencyNote] = []
        let sentenced = profile.sentences.reduce(0) { $0 + $1.count }
        if let year = profile.sentences.first?.provenance.dataYear, let convictions = exact(.convictions, year) {
            let convicted = plainNumber(convictions.value)
            let matches = Double(sentenced) == convictions.value
            notes.append(
                ConsistencyNote(
                    check: "sentences_match_convictions", severity: matches ? .info : .warning, year: year,
                    message: matches
                        ? "The \(sentenced) sentences listed account for all \(convicted) convictions in \(year)."
                        : "\(sentenced) sentences are listed but \(convicted) offenders were convicted in \(year).",
                    template: matches ? "note.sentencesMatch" : "note.sentencesMismatch",
                    values: ["sentenced": String(sentenced), "convicted": convicted, "year": String(year)]))
        }
        let terms = (profile.sentences + profile.complicitySentences).map(\.term)
        if let longest = terms.max(), let ceiling = profile.penalCode?.maximumPenalty {
            let within = longest <= ceiling
            notes.append(
                ConsistencyNote(
                    check: "sentences_within_maximum_penalty", severity: within ? .info : .warning, year: nil,
                    message: "The longest sentence (\(longest)) is "
                        + (within ? "within" : "above") + " the maximum penalty of \(ceiling).",
                    template: within ? "note.sentencesWithinMaximum" : "note.sentencesAboveMaximum",
                    values: ["longest": plainNumber(longest.years), "maximum": plainNumber(ceiling.years)]))
        }
        if let prosecuted = exact(.officialsProsecutedForComplicity, nil) {
            let atLarge = exact(.officialsAtLarge, prosecuted.year)?.value ?? 0
            let sentencedOfficials = profile.complicitySentences.reduce(0) { $0 + $1.count }
            let accounted = Double(sentencedOfficials) + atLarge == prosecuted.value
            notes.append(
                ConsistencyNote(
                    check: "complicity_cases_accounted", severity: accounted ? .info : .warning,
                    year: prosecuted.year,
                    message: "Of \(plainNumber(prosecuted.value)) officials prosecuted for complicity, "
                        + "\(sentencedOfficials) \(sentencedOfficials == 1 ? "was" : "were") sentenced and "
                        + "\(plainNumber(atLarge)) remained in hiding"
                        + (accounted ? "." : "; the figures do not add up."),
                    template: accounted ? "note.complicityAccounted" : "note.complicityUnaccounted",
                    values: [
                        "prosecuted": plainNumber(prosecuted.value), "sentenced": String(sentencedOfficials),
                        "atLarge": plainNumber(atLarge),
                    ]))
        }
        return notes
    }
}
