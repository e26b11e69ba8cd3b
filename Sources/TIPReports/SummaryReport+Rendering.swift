import TIPScene
import TIPStatistics
import Foundation
import TIPData

extension SummaryReport {
    /// The summary in `format`, ending with a newline.
    ///
    /// - Throws: only for `.json`, if encoding fails (it does not for finite values).
    public func rendered(as format: SummaryFormat) throws -> String {
        switch format {
        case .text: text()
        case .markdown: markdown()
        case .csv: csv()
        case .json: try json()
        }
    }

    /// Stable JSON: keys sorted, pretty-printed, shortest round-trip doubles.
    ///
    /// The bytes are `JSONEncoder`'s (`.prettyPrinted`, `.sortedKeys`, `.withoutEscapingSlashes`).
    /// The two large arrays, `yearOverYear` and `statistics`, are written directly by
    /// ``PrettyJSON`` into the places `JSONEncoder` leaves for them, which makes a summary of
    /// 100,000 rows several times faster to write.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var skeleton = self
        skeleton.yearOverYear = []
        skeleton.statistics = []
        let skeletonBytes = Array(try encoder.encode(skeleton))
        let writers: [(String, (inout PrettyJSON) throws(PrettyJSON.Unencodable) -> Void)] = [
            (
                "statistics",
                { (json: inout PrettyJSON) throws(PrettyJSON.Unencodable) in try json.array(of: statistics) }
            ),
            (
                "yearOverYear",
                { (json: inout PrettyJSON) throws(PrettyJSON.Unencodable) in try json.array(of: yearOverYear) }
            ),
        ]
        var document: [UInt8]
        do {
            // Each array replaces its empty placeholder. The writers are in key order, as the
            // sorted skeleton is, so each placeholder is searched for after the previous one.
            // A top-level member sits on its own line at depth 1; no string holds a raw newline.
            var json = PrettyJSON(depth: 1)
            var copied = 0
            for (key, write) in writers {
                let placeholder = Array("\n  \"\(key)\" : [\n\n  ]".utf8)
                guard let range = skeletonBytes[copied...].firstRange(of: placeholder) else { continue }
                json.bytes.append(contentsOf: skeletonBytes[copied..<range.lowerBound])
                json.bytes.append(contentsOf: "\n  \"\(key)\" : ".utf8)
                try write(&json)
                copied = range.upperBound
            }
            json.bytes.append(contentsOf: skeletonBytes[copied...])
            document = json.bytes
        } catch {
            // A value JSONEncoder refuses: let it say why.
            document = Array(try encoder.encode(self))
        }
        return String(decoding: document, as: UTF8.self) + "\n"
    }

    /// "Kazakhstan" for one country, else where the data came from.
    var subject: String { countries.count == 1 ? countries[0] : origin }

    var sourceLines: [String] { sources.map { "[\($0.reference)] \($0.citation)" } }

    /// Aligned text tables.
    public func text() -> String {
        var parts = ["TIP summary: \(subject)", "Data: \(origin)"]
        if countries.count > 1 { parts.append("Countries: \(countries.joined(separator: ", "))") }
        if !aggregates.isEmpty { parts.append("Aggregates: \(aggregates.joined(separator: ", "))") }
        parts += ["", "Sources"] + (sourceLines.isEmpty ? ["(none given)"] : sourceLines)
        parts += [
            "", "Year-over-year change",
            yearOverYear.isEmpty ? "(no consecutive years)" : yearOverYearTable.aligned(), "", Self.roundingNote, "",
            "Statistics per measure (exact values; censored and missing values are counted, not summed)",
            statisticsTable.aligned(),
        ]
        for b in breakdowns {
            parts += ["", heading(b), breakdownTable(b).aligned()] + (sharesNote(b).map { [$0] } ?? [])
        }
        if !tiers.isEmpty { parts += ["", "Tier placements by edition", tierTable.aligned()] }
        if !revisions.isEmpty {
            parts += [
                "", "Revisions: figures that report editions give differently (the latest edition is used)",
                revisionTable.aligned(),
            ]
        }
        for s in sentences {
            parts += [
                "", "Sentence distribution (years), \(s.country); quantiles by \(quantileMethod.name)",
                sentenceStatisticsTable(s).aligned(), "",
                "Sentence frequency, \(s.country)", sentenceFrequencyTable(s).aligned(),
            ]
        }
        parts += ["", "Consistency notes"] + (notes.isEmpty ? ["- none"] : notes.map { "- \($0)" })
        return parts.joined(separator: "\n") + "\n"
    }

    /// Markdown tables.
    public func markdown() -> String {
        var parts = ["# TIP summary: \(subject)", "", "Data: \(origin)."]
        if countries.count > 1 { parts += ["", "Countries: \(countries.joined(separator: ", "))."] }
        if !aggregates.isEmpty {
            parts += ["", "Aggregates (not counted as countries): \(aggregates.joined(separator: ", "))."]
        }
        parts += ["", "Sources:", ""] + (sourceLines.isEmpty ? ["- none given"] : sourceLines.map { "- \($0)" })
        parts += [
            "", "## Year-over-year change", "",
            yearOverYear.isEmpty ? "_No consecutive years._" : yearOverYearTable.markdown(), "", Self.roundingNote, "",
            "## Statistics per measure", "",
            "Exact values only; censored and missing values are counted, not summed.", "",
            statisticsTable.markdown(),
        ]
        for b in breakdowns {
            parts += ["", "## \(heading(b))", "", breakdownTable(b).markdown()]
            if let note = sharesNote(b) { parts += ["", note] }
        }
        if !tiers.isEmpty { parts += ["", "## Tier placements by edition", "", tierTable.markdown()] }
        if !revisions.isEmpty {
            parts += [
                "", "## Revisions between editions", "",
                "Figures that report editions give differently; charts and statistics use the latest edition.", "",
                revisionTable.markdown(),
            ]
        }
        for s in sentences {
            parts += [
                "", "## Sentence distribution, \(s.country)", "", "Quantiles: \(quantileMethod.name).", "",
                sentenceStatisticsTable(s).markdown(), "", "### Frequency", "", sentenceFrequencyTable(s).markdown(),
            ]
        }
        parts += ["", "## Consistency notes", ""]
        parts += notes.isEmpty ? ["- none"] : notes.map { "- **\($0.severity.rawValue)**: \($0.message)" }
        return parts.joined(separator: "\n") + "\n"
    }

    /// One tidy table, `section,country,item,statistic,value`, with full-precision numbers
    /// and empty cells for undefined values (the reason is in its own row).
    public func csv() -> String {
        var rows: [[String]] = [["section", "country", "item", "statistic", "value"]]
        // Full precision, shortest round-trip form; only the text tables round.
        func number(_ v: Double?) -> String { v.map { "\($0)" } ?? "" }
        func endpoint(_ value: Double?, _ text: String) -> String { text.hasPrefix("<") ? text : number(value) }
        for r in yearOverYear {
            let item = "\(r.metric) \(r.fromYear)-\(r.toYear)"
            rows += [
                ["year_over_year", r.country, item, "from", endpoint(r.from, r.fromText)],
                ["year_over_year", r.country, item, "to", endpoint(r.to, r.toText)],
                ["year_over_year", r.country, item, "absolute_change", number(r.absoluteChange)],
                ["year_over_year", r.country, item, "percent_change", number(r.percentChange)],
                ["year_over_year", r.country, item, "ratio", number(r.ratio)],
            ]
            if let reason = r.undefinedReason {
                rows.append(["year_over_year", r.country, item, "undefined_reason", reason])
            }
        }
        for m in statistics {
            let s = m.statistics
            let stats: [(String, String)] = [
                ("count", String(s?.count ?? 0)), ("censored_count", String(m.censoredCount)),
                ("missing_count", String(m.missingCount)),
                ("sum", number(s?.sum)), ("mean", number(s?.mean)), ("median", number(s?.median)),
                ("sample_standard_deviation", number(s?.sampleStandardDeviation)), ("minimum", number(s?.minimum)),
                ("maximum", number(s?.maximum)),
            ]
            rows += stats.map { ["statistics", m.country, m.metric, $0.0, $0.1] }
        }
        for b in breakdowns {
            for row in b.rows {
                let item = "\(b.metric) \(b.year) \(row.category)"
                rows += [
                    ["breakdown", b.country, item, "value", row.count.map { number($0) } ?? row.valueText],
                    ["breakdown", b.country, item, "percent", number(row.percent)],
                ]
            }
            rows.append(["breakdown", b.country, "\(b.metric) \(b.year) Total", "value", number(b.total)])
            if let reason = b.sharesUndefinedReason {
                rows.append(["breakdown", b.country, "\(b.metric) \(b.year)", "shares_undefined_reason", reason])
            }
        }
        for s in sentences {
            let st = s.statistics
            let stats: [(String, Double?)] = [
                ("count", Double(st.count)), ("total_prison_years", s.totalPrisonYears), ("mean", st.mean),
                ("median", st.median), ("minimum", st.minimum), ("maximum", st.maximum), ("range", st.range),
                ("sample_standard_deviation", st.sampleStandardDeviation),
                ("population_standard_deviation", st.populationStandardDeviation),
                ("sample_variance", st.sampleVariance), ("population_variance", st.populationVariance),
                ("interquartile_range", st.interquartileRange),
                ("long_sentence_percent", s.longSentencePercent),
            ]
            rows += stats.map { ["sentences", s.country, "years", $0.0, number($0.1)] }
            rows += st.modes.map { ["sentences", s.country, "years", "mode", number($0)] }
            rows += s.quantiles.map {
                [
                    "sentences", s.country, "years", "quantile_type\(quantileMethod.type)_p\($0.probability)",
                    number($0.value),
                ]
            }
            rows += s.frequency.map {
                ["sentence_frequency", s.country, "\($0.years) years", "count", String($0.count)]
            }
        }
        for t in tiers {
            rows += t.placements.map { ["tiers", t.country, String($0.edition), "tier", $0.tier.rawValue] }
            rows += t.changes.map {
                [
                    "tier_changes", t.country, "\($0.fromEdition)-\($0.toEdition)", $0.direction.rawValue,
                    "\($0.from.rawValue) to \($0.to.rawValue)",
                ]
            }
        }
        for r in revisions {
            let item = "\(r.metric) \(r.year)" + (r.unit.map { " \($0)" } ?? "") + (r.category.map { " \($0)" } ?? "")
            rows += [
                ["revisions", r.country, item, "edition_\(r.earlierEdition)", r.earlierValue],
                ["revisions", r.country, item, "edition_\(r.laterEdition)", r.laterValue],
            ]
        }
        rows += notes.map { ["notes", "", $0.check, $0.severity.rawValue, $0.message] }
        return rows.map { $0.map(csvCell).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }
}
