import TIPStatistics

/// Rules over any set of observations, so that loaded user data is checked the same way.
public enum ConsistencyChecks {
    /// Notes for each country and year in which a later stage of the justice pipeline
    /// (investigations → prosecutions → convictions) exceeds an earlier one.
    ///
    /// - Complexity: O(n log n).
    /// Only exact values are compared; a censored value ("<5") proves nothing either way.
    public static func pipelineNotes(_ figures: [Figure]) -> [ConsistencyNote] {
        var totals: [String: [Int: [Metric: Double]]] = [:]
        for f in figures where f.category == nil {
            if let v = f.value.exactValue { totals[f.country, default: [:]][f.year, default: [:]][f.metric] = v }
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
        for country in totals.keys.sorted() {
            let years = totals[country] ?? [:]
            for year in years.keys.sorted() {
                let values = years[year] ?? [:]
                for stage in stages {
                    guard let earlier = values[stage.earlier], let later = values[stage.later], later > earlier else {
                        continue
                    }
                    notes.append(
                        ConsistencyNote(
                            check: stage.check, severity: .info, year: year,
                            message:
                                "\(country) \(year): \(stage.later.displayName.lowercased()) "
                                + "(\(plainNumber(later))) exceed "
                                + "\(stage.earlier.displayName.lowercased()) (\(plainNumber(earlier))). \(stage.reason)"
                        ))
                }
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
                        : "\(sentenced) sentences are listed but \(convicted) offenders were convicted in \(year)."))
        }
        let terms = (profile.sentences + profile.complicitySentences).map(\.term)
        if let longest = terms.max(), let ceiling = profile.penalCode?.maximumPenalty {
            let within = longest <= ceiling
            notes.append(
                ConsistencyNote(
                    check: "sentences_within_maximum_penalty", severity: within ? .info : .warning, year: nil,
                    message: "The longest sentence (\(longest)) is "
                        + (within ? "within" : "above") + " the maximum penalty of \(ceiling)."))
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
                        + (accounted ? "." : "; the figures do not add up.")))
        }
        return notes
    }
}
