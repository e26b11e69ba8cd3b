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

extension CountryReport {
    /// Every consistency note for the report: the pipeline rules plus checks that the
    /// sentence breakdown, the complicity cases and the penalty ceiling reconcile.
    public var consistencyNotes: [ConsistencyNote] {
        var notes = ConsistencyChecks.pipelineNotes(observations.map(\.figure))
        notes += sentenceNotes
        notes += complicityNotes
        return notes
    }

    private var sentenceNotes: [ConsistencyNote] {
        var notes: [ConsistencyNote] = []
        let sentenced = sentences.reduce(0) { $0 + $1.count }
        if let year = sentences.first?.provenance.dataYear,
            let convictions = observations(of: .convictions).first(where: { $0.year == year })
        {
            let convicted = Int(convictions.value)
            let matches = sentenced == convicted
            notes.append(
                ConsistencyNote(
                    check: "sentences_match_convictions", severity: matches ? .info : .warning, year: year,
                    message: matches
                        ? "The \(sentenced) sentences listed account for all \(convicted) convictions in \(year)."
                        : "\(sentenced) sentences are listed but \(convicted) offenders were convicted in \(year)."))
        }
        if let longest = (sentences + complicitySentences).map(\.term).max(), let ceiling = penalCode?.maximumPenalty {
            let within = longest <= ceiling
            notes.append(
                ConsistencyNote(
                    check: "sentences_within_maximum_penalty", severity: within ? .info : .warning, year: nil,
                    message: "The longest sentence (\(longest)) is "
                        + (within ? "within" : "above") + " the maximum penalty of \(ceiling)."))
        }
        return notes
    }

    private var complicityNotes: [ConsistencyNote] {
        guard let prosecuted = observations(of: .officialsProsecutedForComplicity).first else { return [] }
        let atLarge = observations(of: .officialsAtLarge).first(where: { $0.year == prosecuted.year })?.value ?? 0
        let sentenced = complicitySentences.reduce(0) { $0 + $1.count }
        let accounted = Double(sentenced) + atLarge == prosecuted.value
        return [
            ConsistencyNote(
                check: "complicity_cases_accounted", severity: accounted ? .info : .warning, year: prosecuted.year,
                message: "Of \(plainNumber(prosecuted.value)) officials prosecuted for complicity, \(sentenced) "
                    + "\(sentenced == 1 ? "was" : "were") sentenced and \(plainNumber(atLarge)) remained in hiding"
                    + (accounted ? "." : "; the figures do not add up."))
        ]
    }
}
