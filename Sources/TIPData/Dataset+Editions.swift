/// A figure that two report editions give differently.
public struct Revision: Sendable, Equatable, Codable {
    /// The country or aggregate.
    public let country: String
    /// The year described.
    public let year: Int
    /// The metric.
    public let metric: String
    /// The unit, if any.
    public let unit: String?
    /// The breakdown label, `nil` for the total.
    public let category: String?
    /// The earlier edition, its value as printed, and its source.
    public let earlierEdition: Int
    /// The earlier value, as printed ("113", "<5").
    public let earlierValue: String
    /// The earlier edition's source text.
    public let earlierSource: String?
    /// The later edition.
    public let laterEdition: Int
    /// The later value, as printed.
    public let laterValue: String
    /// The later edition's source text.
    public let laterSource: String?
}

extension Dataset {
    /// One figure per country, year, metric, unit and breakdown: where several report
    /// editions give the same figure, the latest edition wins (a figure with no edition
    /// counts as older than any edition). Tier placements, one per edition, are all kept.
    ///
    /// - Complexity: O(n).
    public var latestEditions: Dataset {
        guard figures.contains(where: { $0.edition != nil }) else { return self }
        var chosen: [Figure.Key: Int] = [:]
        var kept: [Figure] = []
        for figure in figures {
            let key = figure.key.withoutEdition
            if let index = chosen[key] {
                if (figure.edition ?? .min) > (kept[index].edition ?? .min) { kept[index] = figure }
            } else {
                chosen[key] = kept.count
                kept.append(figure)
            }
        }
        var copy = self
        copy.figures = kept
        return copy
    }

    /// Every pair of consecutive editions that give one figure different values, with both
    /// values and both sources, ordered by country, metric and year.
    ///
    /// - Complexity: O(n log n).
    public var revisions: [Revision] {
        var byKey: [Figure.Key: [Figure]] = [:]
        for figure in figures where figure.edition != nil {
            byKey[figure.key.withoutEdition, default: []].append(figure)
        }
        var result: [Revision] = []
        for key in byKey.keys.sorted() {
            let editions = (byKey[key] ?? []).sorted { ($0.edition ?? 0) < ($1.edition ?? 0) }
            for (earlier, later) in zip(editions, editions.dropFirst())
            where earlier.value != later.value || earlier.qualifier != later.qualifier {
                result.append(
                    Revision(
                        country: key.country, year: key.year, metric: key.metric.rawValue, unit: key.unit,
                        category: key.breakdown.label, earlierEdition: earlier.edition ?? 0,
                        earlierValue: earlier.printedValue, earlierSource: earlier.citation,
                        laterEdition: later.edition ?? 0, laterValue: later.printedValue, laterSource: later.citation))
            }
        }
        return result
    }
}

extension Figure {
    /// "at least 113", "<5", "NA": the value as a table prints it.
    public var printedValue: String {
        [qualifier?.phrase ?? "", value.description].filter { !$0.isEmpty }.joined(separator: " ")
    }
}
