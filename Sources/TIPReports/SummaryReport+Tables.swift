import TIPScene
import TIPStatistics
import TIPData

/// The tables shared by the text and Markdown formats, in the words and numbers of a
/// ``SummaryWords`` (English by default).
extension SummaryReport {
    static let plain2 = NumberFormat(decimals: 2)
    static let plain4 = NumberFormat(decimals: 4)

    /// Said under every rounded table: the text and Markdown tables round for reading.
    static let roundingNote = SummaryWords.english.t("summary.roundingNote")

    /// Whether tables need a country column.
    var showsCountry: Bool { countries.count + aggregates.count > 1 }

    func tierTable(_ w: SummaryWords = .english) -> Table {
        let none = w.t("summary.none")
        return Table(
            headers: [
                w.t("summary.country"), w.t("summary.placements"), w.t("summary.changes"),
                w.t("summary.watchListEditions"), w.t("summary.longestRun"),
            ],
            alignments: [.left, .left, .left, .left, .left],
            rows: tiers.map { t in
                [
                    w.n(t.country),
                    runs(t),
                    t.changes.isEmpty
                        ? none
                        : t.changes.map {
                            "\($0.fromEdition)→\($0.toEdition) \($0.from.shortLabel)→\($0.to.shortLabel)"
                                + ($0.direction == .upgrade
                                    ? " " + w.t("summary.up")
                                    : $0.direction == .downgrade ? " " + w.t("summary.down") : "")
                        }.joined(separator: ", "),
                    t.watchListEditions.isEmpty ? none : t.watchListEditions.map(String.init).joined(separator: ", "),
                    t.longestRun.map { "\(w.n($0.tier.description)), \($0.fromEdition)–\($0.toEdition)" } ?? "",
                ]
            })
    }

    /// "2006–2008 2, 2009 2WL, 2011–2025 2": each run of consecutive editions at one tier.
    func runs(_ t: TierSection) -> String {
        TierHistory(country: t.country, placements: t.placements).runs.map {
            ($0.from == $0.to ? "\($0.from)" : "\($0.from)–\($0.to)") + " " + $0.tier.shortLabel
        }.joined(separator: ", ")
    }

    func revisionTable(_ w: SummaryWords = .english) -> Table {
        Table(
            headers: [
                w.t("summary.country"), w.t("summary.year"), w.t("summary.measure"), w.t("summary.breakdown"),
                w.t("summary.earlierEdition"), w.t("summary.laterEdition"),
            ],
            alignments: [.left, .right, .left, .left, .left, .left],
            rows: revisions.map { r in
                [
                    w.n(r.country), String(r.year), r.metric + (r.unit.map { " (\($0))" } ?? ""),
                    r.category.map(w.n) ?? w.t("summary.total"),
                    "\(r.earlierEdition): \(r.earlierValue)" + (r.earlierSource.map { " [\(reference($0))]" } ?? ""),
                    "\(r.laterEdition): \(r.laterValue)" + (r.laterSource.map { " [\(reference($0))]" } ?? ""),
                ]
            })
    }

    /// The summary's number for a citation, or the citation itself when it is not listed.
    func reference(_ citation: String) -> String {
        sources.first { $0.citation == citation }.map { String($0.reference) } ?? citation
    }

    /// The rows of ``yearOverYear`` that are each series' latest change (per country, metric,
    /// unit and measure), in their order.
    ///
    /// - Complexity: O(n).
    var latestYearOverYear: [YearOverYearRow] {
        struct Series: Hashable {
            let country: String, metric: String, unit: String?, label: String
        }
        var last: [Series: Int] = [:]
        for (i, row) in yearOverYear.enumerated() {
            last[Series(country: row.country, metric: row.metric, unit: row.unit, label: row.label)] = i
        }
        let kept = Set(last.values)
        return yearOverYear.indices.filter(kept.contains).map { yearOverYear[$0] }
    }

    /// The year-over-year table of `rows` (every change by default).
    func yearOverYearTable(_ w: SummaryWords = .english, rows: [YearOverYearRow]? = nil) -> Table {
        let headers =
            (showsCountry ? [w.t("summary.country")] : []) + [
                w.t("summary.measure"), w.t("summary.from"), w.t("summary.to"), w.t("summary.valueFrom"),
                w.t("summary.valueTo"), w.t("summary.change"), w.t("summary.percentChange"), w.t("summary.ratio"),
            ]
        let undefined = w.t("summary.undefined")
        return Table(
            headers: headers,
            alignments: (showsCountry ? [.left] : []) + [
                .left, .right, .right, .right, .right, .right, .right, .right,
            ],
            rows: (rows ?? yearOverYear).map { row in
                let reason = row.undefinedReason.flatMap(UndefinedChange.init(rawValue:))?.phrase ?? "n/a"
                return (showsCountry ? [w.n(row.country)] : []) + [
                    w.n(row.label), row.fromPeriod ?? String(row.fromYear), row.toPeriod ?? String(row.toYear),
                    w.endpoint(row.from, printed: row.fromText), w.endpoint(row.to, printed: row.toText),
                    row.absoluteChange.map(w.format(NumberFormat(style: .signed)).string) ?? undefined,
                    row.percentChange.map(w.format(.signedPercent(decimals: 2)).string)
                        ?? w.t("summary.undefinedBecause", ["reason": w.n(reason)]),
                    row.ratio.map(w.format(Self.plain2).string) ?? undefined,
                ]
            })
    }

    func statisticsTable(_ w: SummaryWords = .english) -> Table {
        let f = w.format(Self.plain2)
        let na = w.t("value.missing")
        return Table(
            headers: (showsCountry ? [w.t("summary.country")] : []) + [
                w.t("summary.measure"), w.t("summary.years"), "n", w.t("summary.censored"), w.t("summary.missing"),
                w.t("summary.sum"), w.t("summary.mean"), w.t("summary.median"), w.t("summary.sd"),
                w.t("summary.min"), w.t("summary.max"),
            ],
            alignments: (showsCountry ? [.left] : []) + [.left, .left] + Array(repeating: .right, count: 9),
            rows: statistics.map { m in
                let s = m.statistics
                return (showsCountry ? [w.n(m.country)] : []) + [
                    w.n(m.label), yearSpan(m.years), String(s?.count ?? 0), String(m.censoredCount),
                    String(m.missingCount),
                    s.map { w.count($0.sum) } ?? na, s.map { f.string($0.mean) } ?? na,
                    s.map { f.string($0.median) } ?? na, s?.sampleStandardDeviation.map(f.string) ?? na,
                    s.map { w.count($0.minimum) } ?? na,
                    s.map { w.count($0.maximum) } ?? na,
                ]
            })
    }

    func yearSpan(_ years: [Int]) -> String {
        guard let first = years.first, let last = years.last else { return "" }
        return first == last ? String(first) : "\(first)–\(last)"
    }

    /// "Victims identified by form of exploitation, Kazakhstan 2007 (persons)".
    func heading(_ b: BreakdownSection, _ w: SummaryWords = .english) -> String {
        w.t(
            "summary.breakdownHeading",
            ["metric": w.n(b.label), "dimension": b.categoryName, "country": b.country, "year": String(b.year)])
            + (b.unit.map { b.label.hasSuffix(", " + $0.uppercased()) ? "" : " (\(w.n($0)))" } ?? "")
    }

    func breakdownTable(_ b: BreakdownSection, _ w: SummaryWords = .english) -> Table {
        let na = w.t("value.missing")
        let totalShare = b.sharesUndefinedReason == nil ? w.percent(100, decimals: 1) : na
        let category = w.n(b.categoryName)
        // The rows' shares, rounded by largest remainder as the rows were: derived from their
        // exact counts (the same parts, in the same order) and printed in the locale.
        let shares =
            b.sharesUndefinedReason == nil
            ? (try? Shares(b.rows.compactMap(\.count)))?.roundedPercentages(decimals: 1) : nil
        return Table(
            headers: [
                category.prefix(1).uppercased() + category.dropFirst(), w.t("summary.value"), w.t("summary.share"),
            ],
            alignments: [.left, .right, .right],
            rows: b.rows.enumerated().map { index, row in
                [
                    row.category == BreakdownSection.notBrokenDown
                        ? w.t("shares.unallocated") : categoryLabel(row.category, w),
                    w.value(of: row),
                    shares.flatMap { index < $0.count ? w.percent($0[index].value, decimals: 1) : nil } ?? na,
                ]
            }
                + [[w.t("summary.total").capitalizedFirst, b.total.map(w.count) ?? na, totalShare]])
    }

    /// A category as the data write it ("Female", "sexual exploitation"), or the
    /// catalogue's translation with the same case of its first letter.
    func categoryLabel(_ name: String, _ w: SummaryWords) -> String {
        let key = name.capitalizedFirst
        let translated = w.n(key)
        guard translated != key else { return name }
        return name.first?.isLowercase == true ? translated.lowercasedFirst : translated
    }

    /// Why a breakdown has no shares, as a sentence; `nil` when it has them.
    func sharesNote(_ b: BreakdownSection, _ w: SummaryWords = .english) -> String? {
        guard let reason = b.sharesUndefinedReason else { return nil }
        let why =
            switch reason {
            case "qualified": w.t("summary.sharesQualified")
            case "censored": w.t("summary.sharesCensored")
            case "missing": w.t("summary.sharesMissing")
            case "negative": w.t("summary.sharesNegative")
            default: w.t("summary.sharesZero")
            }
        return w.t("summary.sharesNote", ["why": why])
    }

    func sentenceStatisticsTable(_ s: SentenceSection, _ w: SummaryWords = .english) -> Table {
        let st = s.statistics
        let format = w.format(Self.plain4)
        func optional(_ v: Double?) -> String { v.map(format.string) ?? w.t("summary.undefinedSmall") }
        var rows: [[String]] = [
            [w.t("summary.count"), String(st.count)],
            [w.t("summary.totalPrisonYears"), format.string(s.totalPrisonYears)],
            [w.t("summary.mean"), format.string(st.mean)],
            [w.t("summary.median"), format.string(st.median)],
            // Decimal commas ("7,5") need another list separator.
            [
                w.t("summary.modes"),
                st.modes.map(format.string).joined(separator: format.string(0.5).contains(",") ? "; " : ", "),
            ],
            [w.t("summary.minimum"), format.string(st.minimum)],
            [w.t("summary.maximum"), format.string(st.maximum)],
            [w.t("summary.range"), format.string(st.range)],
            [w.t("summary.sdSample"), optional(st.sampleStandardDeviation)],
            [w.t("summary.sdPopulation"), format.string(st.populationStandardDeviation)],
            [w.t("summary.varianceSample"), optional(st.sampleVariance)],
            [w.t("summary.variancePopulation"), format.string(st.populationVariance)],
            [w.t("summary.iqr"), format.string(st.interquartileRange)],
        ]
        rows += s.quantiles.map {
            [w.t("summary.quantile", ["p": w.format(Self.plain2).string($0.probability)]), format.string($0.value)]
        }
        rows.append([
            w.t("summary.atOrAbove", ["years": w.count(s.longSentenceThresholdYears)]),
            "\(s.longSentenceCount) (\(w.percent(s.longSentencePercent, decimals: 1)))",
        ])
        return Table(
            headers: [w.t("summary.statisticYears"), w.t("summary.value")], alignments: [.left, .right], rows: rows)
    }

    func sentenceFrequencyTable(_ s: SentenceSection, _ w: SummaryWords = .english) -> Table {
        Table(
            headers: [
                w.t("summary.yearsColumn"), w.t("summary.count"), w.t("summary.percent"), w.t("summary.cumulative"),
            ],
            alignments: [.right, .right, .right, .right],
            rows: s.frequency.map {
                [
                    w.plain($0.years, decimals: $0.years == $0.years.rounded() ? 0 : 1), String($0.count),
                    w.percent($0.percent, decimals: 1), String($0.cumulativeCount),
                ]
            })
    }
}
