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
    /// `PrettyJSON` into the places `JSONEncoder` leaves for them, which makes a summary of
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

    /// The heading of the change table: year over year, or period to period when every
    /// change is between periods (data of periods).
    var changeHeadingKey: String {
        !yearOverYear.isEmpty && yearOverYear.allSatisfy { $0.fromPeriod != nil }
            ? "summary.periodToPeriod" : "summary.yearOverYear"
    }

    /// "Kazakhstan" for one country, else where the data came from.
    var subject: String { countries.count == 1 ? countries[0] : origin }

    var sourceLines: [String] { sources.map { "[\($0.reference)] \($0.citation)" } }

    /// The summary as text or Markdown, with its words from `catalogue` and its numbers in
    /// `locale`; CSV and JSON are locale-free and ignore both.
    ///
    /// - Throws: only for `.json`, if encoding fails (it does not for finite values).
    public func rendered(as format: SummaryFormat, catalogue: Catalogue, locale: NumberLocale?) throws -> String {
        switch format {
        case .text: text(catalogue: catalogue, locale: locale)
        case .markdown: markdown(catalogue: catalogue, locale: locale)
        case .csv, .json: try rendered(as: format)
        }
    }

    /// Aligned text tables, in English unless `catalogue` and `locale` say otherwise.
    public func text(catalogue: Catalogue = .english, locale: NumberLocale? = nil) -> String {
        let w = SummaryWords(catalogue: catalogue, locale: locale)
        let list = { (names: [String]) in names.map(w.n).joined(separator: ", ") }
        var parts = [w.t("summary.title", ["subject": subject]), w.t("summary.data", ["origin": origin])]
        if countries.count > 1 { parts.append(w.t("summary.countries", ["list": list(countries)])) }
        if !aggregates.isEmpty { parts.append(w.t("summary.aggregates", ["list": list(aggregates)])) }
        parts += ["", w.t("summary.sources")] + (sourceLines.isEmpty ? ["(\(w.t("summary.noSources")))"] : sourceLines)
        parts += [
            "", w.t(changeHeadingKey),
            yearOverYear.isEmpty
                ? "(\(w.t("summary.noConsecutiveYears").lowercasedFirst.dropLast()))" : yearOverYearTable(w).aligned(),
        ]
        parts += periodTextParts(w)
        parts += [
            "",
            w.t("summary.roundingNote"), "",
            w.t("summary.statistics") + " (" + w.t("summary.statisticsNote").lowercasedFirst.dropLast() + ")",
            statisticsTable(w).aligned(),
        ]
        for b in breakdowns {
            parts += ["", heading(b, w), breakdownTable(b, w).aligned()] + (sharesNote(b, w).map { [$0] } ?? [])
        }
        if !tiers.isEmpty { parts += ["", w.t("summary.tiers"), tierTable(w).aligned()] }
        if !revisions.isEmpty {
            parts += [
                "", w.t("summary.revisions") + ": " + w.t("summary.revisionsNote").lowercasedFirst,
                revisionTable(w).aligned(),
            ]
        }
        for s in sentences {
            parts += [
                "",
                w.t("summary.sentences", ["country": s.country]) + "; "
                    + w.t("summary.quantiles", ["method": quantileMethod.name]).lowercasedFirst.dropLast(),
                sentenceStatisticsTable(s, w).aligned(), "",
                w.t("summary.frequencyOf", ["country": s.country]), sentenceFrequencyTable(s, w).aligned(),
            ]
        }
        parts +=
            ["", w.t("summary.notes")]
            + (notes.isEmpty ? ["- " + w.t("summary.none")] : notes.map { "- \(w.note($0))" })
        return parts.joined(separator: "\n") + "\n"
    }

    /// Markdown tables, in English unless `catalogue` and `locale` say otherwise.
    ///
    /// Every text that comes from the data or a catalogue (names, sources, notes, headings,
    /// table cells) made inert by `markdownEscaped(_:)`: the markup is this function's alone.
    public func markdown(catalogue: Catalogue = .english, locale: NumberLocale? = nil) -> String {
        let w = SummaryWords(catalogue: catalogue, locale: locale)
        let md = markdownEscaped
        let list = { (names: [String]) in names.map(w.n).joined(separator: ", ") }
        var parts = [
            "# " + md(w.t("summary.title", ["subject": subject])), "",
            md(w.t("summary.data", ["origin": origin]) + "."),
        ]
        if countries.count > 1 { parts += ["", md(w.t("summary.countries", ["list": list(countries)]) + ".")] }
        if !aggregates.isEmpty {
            parts += ["", md(w.t("summary.aggregatesNotCountries", ["list": list(aggregates)]) + ".")]
        }
        parts +=
            ["", md(w.t("summary.sources") + ":"), ""]
            + (sourceLines.isEmpty ? ["- " + md(w.t("summary.noSources"))] : sourceLines.map { "- " + md($0) })
        parts += [
            "", "## " + md(w.t(changeHeadingKey)), "",
            yearOverYear.isEmpty ? "_\(md(w.t("summary.noConsecutiveYears")))_" : yearOverYearTable(w).markdown(),
        ]
        parts += periodMarkdownParts(w)
        parts += [
            "", md(w.t("summary.roundingNote")), "",
            "## " + md(w.t("summary.statistics")), "",
            md(w.t("summary.statisticsNote")), "",
            statisticsTable(w).markdown(),
        ]
        for b in breakdowns {
            parts += ["", "## " + md(heading(b, w)), "", breakdownTable(b, w).markdown()]
            if let note = sharesNote(b, w) { parts += ["", md(note)] }
        }
        if !tiers.isEmpty { parts += ["", "## " + md(w.t("summary.tiers")), "", tierTable(w).markdown()] }
        if !revisions.isEmpty {
            parts += [
                "", "## " + md(w.t("summary.revisionsHeading")), "", md(w.t("summary.revisionsNote")), "",
                revisionTable(w).markdown(),
            ]
        }
        for s in sentences {
            parts += [
                "", "## " + md(w.t("summary.sentenceHeading", ["country": s.country])), "",
                md(w.t("summary.quantiles", ["method": quantileMethod.name])), "",
                sentenceStatisticsTable(s, w).markdown(), "", "### " + md(w.t("summary.frequency")), "",
                sentenceFrequencyTable(s, w).markdown(),
            ]
        }
        parts += ["", "## " + md(w.t("summary.notes")), ""]
        parts +=
            notes.isEmpty
            ? ["- " + md(w.t("summary.none"))]
            : notes.map { "- **\(md(w.t("severity." + $0.severity.rawValue)))**: \(md(w.note($0)))" }
        return parts.joined(separator: "\n") + "\n"
    }

    /// One tidy table, `section,country,item,statistic,value`, with full-precision numbers
    /// and empty cells for undefined values (the reason is in its own row).
    ///
    /// The first four columns are a unique key: an item names the metric with its unit
    /// ("funding [KZT] 2018-2019", so a metric's KZT and USD rows differ), a breakdown part
    /// its dimension ("victims 2020 sex=Female"), and a repeated note its number.
    public func csv() -> String {
        var rows: [[String]] = [["section", "country", "item", "statistic", "value"]]
        func measure(_ metric: String, _ unit: String?) -> String { metric + (unit.map { " [\($0)]" } ?? "") }
        // Full precision, shortest round-trip form; only the text tables round.
        func number(_ v: Double?) -> String { v.map { "\($0)" } ?? "" }
        func endpoint(_ value: Double?, _ text: String) -> String { text.hasPrefix("<") ? text : number(value) }
        for r in yearOverYear {
            let span = r.fromPeriod.map { "\($0) to \(r.toPeriod ?? "")" } ?? "\(r.fromYear)-\(r.toYear)"
            let item = "\(measure(r.metric, r.unit)) \(span)"
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
        rows += periodCSVRows(measure, number)
        for m in statistics {
            let s = m.statistics
            let stats: [(String, String)] = [
                ("count", String(s?.count ?? 0)), ("censored_count", String(m.censoredCount)),
                ("missing_count", String(m.missingCount)),
                ("sum", number(s?.sum)), ("mean", number(s?.mean)), ("median", number(s?.median)),
                ("sample_standard_deviation", number(s?.sampleStandardDeviation)), ("minimum", number(s?.minimum)),
                ("maximum", number(s?.maximum)),
            ]
            rows += stats.map { ["statistics", m.country, measure(m.metric, m.unit), $0.0, $0.1] }
        }
        for b in breakdowns {
            let head = "\(measure(b.metric, b.unit)) \(b.year)"
            for row in b.rows {
                let item = "\(head) \(b.dimension)=\(row.category)"
                rows += [
                    ["breakdown", b.country, item, "value", row.count.map { number($0) } ?? row.valueText],
                    ["breakdown", b.country, item, "percent", number(row.percent)],
                ]
            }
            rows.append(["breakdown", b.country, "\(head) \(b.dimension)=Total", "value", number(b.total)])
            if let reason = b.sharesUndefinedReason {
                rows.append(["breakdown", b.country, "\(head) \(b.dimension)", "shares_undefined_reason", reason])
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
        var noteCount: [String: Int] = [:]
        for note in notes {
            noteCount[note.check, default: 0] += 1
            rows.append([
                "notes", "", "\(note.check) \(noteCount[note.check] ?? 1)", note.severity.rawValue, note.message,
            ])
        }
        return rows.map { $0.map(csvCell).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }
}
