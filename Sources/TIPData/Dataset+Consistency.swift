import TIPStatistics
extension Dataset {
    /// Notes about the data. None of them is an error:
    /// - a later stage of the justice pipeline above an earlier one (convictions above prosecutions);
    /// - a profile's sentences, penal code and complicity cases against the figures
    ///   (``ConsistencyChecks/profileNotes(_:figures:)``);
    /// - a total (a figure without category) that differs from the sum of its categories;
    /// - censored and missing values, which are left out of sums and statistics.
    ///
    /// - Complexity: O(n log n).
    public var consistencyNotes: [ConsistencyNote] {
        ConsistencyChecks.pipelineNotes(figures)
            + profiles.flatMap { ConsistencyChecks.profileNotes($0, figures: figures) } + totalNotes
            + censoringNotes
    }

    /// Totals against their parts along one dimension at a time: the parts are the figures
    /// broken down along that dimension only (every other dimension at its total), so a
    /// file broken down by sex and by age never adds males to children.
    private var totalNotes: [ConsistencyNote] {
        var parts: [Figure.Key: [String: [Figure]]] = [:]
        for f in figures where f.breakdown.parts.count == 1 {
            let total = Figure.Key(
                country: f.country, year: f.year, metric: f.metric, unit: f.unit, breakdown: Breakdown(),
                edition: f.edition)
            parts[total, default: [:]][f.breakdown.parts[0].dimension, default: []].append(f)
        }
        var notes: [ConsistencyNote] = []
        for total in figures where total.breakdown.isTotal {
            guard let dimensions = parts[total.key], let stated = total.value.exactValue else { continue }
            for dimension in dimensions.keys.sorted() {
                let group = dimensions[dimension] ?? []
                let exact = group.compactMap(\.value.exactValue)
                let sum = exact.reduce(0, +)
                // Parts near 1e308 can add up past the largest double: say so rather than "inf".
                let sumText = sum.isFinite ? plainNumber(sum) : "more than the largest double (1.8e308)"
                let along = dimension == "category" ? "" : " by \(dimension)"
                let label =
                    "\(total.country) \(total.year) \(total.metric.displayName.lowercased())"
                    + (total.unit.map { " (\($0))" } ?? "") + along
                if exact.count < group.count {
                    notes.append(
                        ConsistencyNote(
                            check: "total_parts_incomplete", severity: .info, year: total.year,
                            message: "\(label): the total \(plainNumber(stated)) cannot be checked against its parts, "
                                + "\(group.count - exact.count) of which are censored or missing; the exact parts add "
                                + "up to \(sumText)."
                        ))
                } else if abs(sum - stated) > 1e-9 * max(1, abs(stated)) {
                    notes.append(
                        ConsistencyNote(
                            check: "total_differs_from_parts", severity: .warning, year: total.year,
                            message:
                                "\(label): the total \(plainNumber(stated)) differs from the sum of its \(group.count) "
                                + "parts, \(sumText)."
                        ))
                }
            }
        }
        return notes
    }

    private var censoringNotes: [ConsistencyNote] {
        let censored = figures.filter { if case .below = $0.value { true } else { false } }
        let missing = figures.filter { $0.value == .missing }
        var notes: [ConsistencyNote] = []
        if !censored.isEmpty {
            let examples = censored.prefix(3).map { "\($0.country) \($0.year) \($0.metric) \($0.value)" }.joined(
                separator: "; ")
            notes.append(
                ConsistencyNote(
                    check: "censored_values", severity: .info, year: nil,
                    message:
                        "\(censored.count) censored value\(censored.count == 1 ? " is" : "s are") reported as "
                        + "below a bound "
                        + "(\(examples)\(censored.count > 3 ? "; …" : "")). Censored values are shown as bounds and "
                        + "left out of sums, statistics and changes.",
                    template: censored.count == 1 ? "note.censoredValue" : "note.censoredValues",
                    values: ["count": String(censored.count), "examples": examples + (censored.count > 3 ? "; …" : "")]
                ))
        }
        if !missing.isEmpty {
            notes.append(
                ConsistencyNote(
                    check: "missing_values", severity: .info, year: nil,
                    message:
                        "\(missing.count) value\(missing.count == 1 ? " is" : "s are") missing (empty or NA); "
                        + "changes that touch them are undefined.",
                    template: missing.count == 1 ? "note.missingValue" : "note.missingValues",
                    values: ["count": String(missing.count)]
                ))
        }
        return notes
    }
}
