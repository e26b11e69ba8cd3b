import TIPScene
import TIPStatistics
import TIPData

/// The tables shared by the text and Markdown formats.
extension SummaryReport {
    static let plain2 = NumberFormat(decimals: 2)
    static let plain4 = NumberFormat(decimals: 4)

    /// Said under every rounded table: the text and Markdown tables round for reading.
    static let roundingNote =
        "Values in these tables are rounded for reading; the CSV and JSON summaries carry full precision."

    /// Whether tables need a country column.
    var showsCountry: Bool { countries.count + aggregates.count > 1 }

    var tierTable: Table {
        Table(
            headers: ["Country", "Placements", "Changes", "Watch List editions", "Longest run"],
            alignments: [.left, .left, .left, .left, .left],
            rows: tiers.map { t in
                [
                    t.country,
                    runs(t),
                    t.changes.isEmpty
                        ? "none"
                        : t.changes.map {
                            "\($0.fromEdition)→\($0.toEdition) \($0.from.shortLabel)→\($0.to.shortLabel)"
                                + ($0.direction == .upgrade ? " up" : $0.direction == .downgrade ? " down" : "")
                        }.joined(separator: ", "),
                    t.watchListEditions.isEmpty ? "none" : t.watchListEditions.map(String.init).joined(separator: ", "),
                    t.longestRun.map { "\($0.tier), \($0.fromEdition)–\($0.toEdition)" } ?? "",
                ]
            })
    }

    /// "2006–2008 2, 2009 2WL, 2011–2025 2": each run of consecutive editions at one tier.
    func runs(_ t: TierSection) -> String {
        TierHistory(country: t.country, placements: t.placements).runs.map {
            ($0.from == $0.to ? "\($0.from)" : "\($0.from)–\($0.to)") + " " + $0.tier.shortLabel
        }.joined(separator: ", ")
    }

    var revisionTable: Table {
        Table(
            headers: ["Country", "Year", "Measure", "Breakdown", "Earlier edition", "Later edition"],
            alignments: [.left, .right, .left, .left, .left, .left],
            rows: revisions.map { r in
                [
                    r.country, String(r.year), r.metric + (r.unit.map { " (\($0))" } ?? ""), r.category ?? "total",
                    "\(r.earlierEdition): \(r.earlierValue)" + (r.earlierSource.map { " [\(reference($0))]" } ?? ""),
                    "\(r.laterEdition): \(r.laterValue)" + (r.laterSource.map { " [\(reference($0))]" } ?? ""),
                ]
            })
    }

    /// The summary's number for a citation, or the citation itself when it is not listed.
    func reference(_ citation: String) -> String {
        sources.first { $0.citation == citation }.map { String($0.reference) } ?? citation
    }

    var yearOverYearTable: Table {
        let headers =
            (showsCountry ? ["Country"] : []) + [
                "Measure", "From", "To", "Value from", "Value to", "Change", "% change", "Ratio",
            ]
        return Table(
            headers: headers,
            alignments: (showsCountry ? [.left] : []) + [
                .left, .right, .right, .right, .right, .right, .right, .right,
            ],
            rows: yearOverYear.map { row in
                let reason = row.undefinedReason.flatMap(UndefinedChange.init(rawValue:))?.phrase ?? "n/a"
                return (showsCountry ? [row.country] : []) + [
                    row.label, String(row.fromYear), String(row.toYear),
                    row.fromText, row.toText,
                    row.absoluteChange.map(NumberFormat(style: .signed).string) ?? "undefined",
                    row.percentChange.map(NumberFormat.signedPercent(decimals: 2).string)
                        ?? "undefined (\(reason))",
                    row.ratio.map(Self.plain2.string) ?? "undefined",
                ]
            })
    }

    var statisticsTable: Table {
        let f = Self.plain2
        return Table(
            headers: (showsCountry ? ["Country"] : []) + [
                "Measure", "Years", "n", "Censored", "Missing", "Sum", "Mean", "Median", "SD (n − 1)", "Min", "Max",
            ],
            alignments: (showsCountry ? [.left] : []) + [.left, .left] + Array(repeating: .right, count: 9),
            rows: statistics.map { m in
                let s = m.statistics
                return (showsCountry ? [m.country] : []) + [
                    m.label, yearSpan(m.years), String(s?.count ?? 0), String(m.censoredCount),
                    String(m.missingCount),
                    s.map { NumberFormat.count.string($0.sum) } ?? "n/a", s.map { f.string($0.mean) } ?? "n/a",
                    s.map { f.string($0.median) } ?? "n/a", s?.sampleStandardDeviation.map(f.string) ?? "n/a",
                    s.map { NumberFormat.count.string($0.minimum) } ?? "n/a",
                    s.map { NumberFormat.count.string($0.maximum) } ?? "n/a",
                ]
            })
    }

    func yearSpan(_ years: [Int]) -> String {
        guard let first = years.first, let last = years.last else { return "" }
        return first == last ? String(first) : "\(first)–\(last)"
    }

    /// "Victims identified by form of exploitation, Kazakhstan 2007 (persons)".
    func heading(_ b: BreakdownSection) -> String {
        "\(b.label) by \(b.categoryName), \(b.country) \(b.year)"
            + (b.unit.map { b.label.hasSuffix(", " + $0.uppercased()) ? "" : " (\($0))" } ?? "")
    }

    func breakdownTable(_ b: BreakdownSection) -> Table {
        let totalShare = b.sharesUndefinedReason == nil ? "100.0%" : "n/a"
        return Table(
            headers: [b.categoryName.prefix(1).uppercased() + b.categoryName.dropFirst(), "Value", "Share"],
            alignments: [.left, .right, .right],
            rows: b.rows.map { [$0.category, $0.valueText, $0.label] }
                + [["Total", b.total.map(NumberFormat.count.string) ?? "n/a", totalShare]])
    }

    /// Why a breakdown has no shares, as a sentence; `nil` when it has them.
    func sharesNote(_ b: BreakdownSection) -> String? {
        guard let reason = b.sharesUndefinedReason else { return nil }
        let why =
            switch reason {
            case "qualified": "some values are qualified (\"nearly\", \"at least\") rather than exact"
            case "censored": "some values are censored (\"<5\")"
            case "missing": "some values are missing"
            case "negative": "some values are negative"
            default: "the total is zero"
            }
        return "Shares are not computed: \(why)."
    }

    func sentenceStatisticsTable(_ s: SentenceSection) -> Table {
        let st = s.statistics
        let format = Self.plain4
        func optional(_ v: Double?) -> String { v.map(format.string) ?? "undefined (n < 2)" }
        var rows: [[String]] = [
            ["Count", String(st.count)],
            ["Total prison-years", format.string(s.totalPrisonYears)],
            ["Mean", format.string(st.mean)],
            ["Median", format.string(st.median)],
            ["Mode(s)", st.modes.map(format.string).joined(separator: ", ")],
            ["Minimum", format.string(st.minimum)],
            ["Maximum", format.string(st.maximum)],
            ["Range", format.string(st.range)],
            ["Standard deviation (sample, n − 1)", optional(st.sampleStandardDeviation)],
            ["Standard deviation (population, n)", format.string(st.populationStandardDeviation)],
            ["Variance (sample, n − 1)", optional(st.sampleVariance)],
            ["Variance (population, n)", format.string(st.populationVariance)],
            ["Interquartile range", format.string(st.interquartileRange)],
        ]
        rows += s.quantiles.map { ["Quantile p = \(Self.plain2.string($0.probability))", format.string($0.value)] }
        rows.append([
            "At or above \(NumberFormat.count.string(s.longSentenceThresholdYears)) years",
            "\(s.longSentenceCount) (\(NumberFormat.percent(decimals: 1).string(s.longSentencePercent)))",
        ])
        return Table(headers: ["Statistic (years)", "Value"], alignments: [.left, .right], rows: rows)
    }

    func sentenceFrequencyTable(_ s: SentenceSection) -> Table {
        Table(
            headers: ["Years", "Count", "Percent", "Cumulative"], alignments: [.right, .right, .right, .right],
            rows: s.frequency.map {
                [
                    NumberFormat(decimals: $0.years == $0.years.rounded() ? 0 : 1).string($0.years), String($0.count),
                    NumberFormat.percent(decimals: 1).string($0.percent), String($0.cumulativeCount),
                ]
            })
    }
}
