import TIPStatistics

/// The period tables of the text and Markdown summaries (`--period`).
extension SummaryReport {
    /// Each place's and measure's sum or mean per period, with the years it lacks.
    func periodTable(_ w: SummaryWords = .english) -> Table {
        let f = w.format(Self.plain2)
        return Table(
            headers: (showsCountry ? [w.t("summary.country")] : []) + [
                w.t("summary.measure"), w.t("summary.period"), w.t("summary.statistic"), w.t("summary.value"),
                w.t("summary.yearsWithout"),
            ],
            alignments: (showsCountry ? [.left] : []) + [.left, .left, .left, .right, .left],
            rows: periods.map { row in
                (showsCountry ? [w.n(row.country)] : []) + [
                    w.n(row.label), row.period, w.t("period." + row.statistic),
                    row.value.map(f.string) ?? undefined(row.undefinedReason, w),
                    row.yearsWithoutValue.isEmpty ? "" : row.yearsWithoutValue.map(String.init).joined(separator: ", "),
                ]
            })
    }

    /// The change from each period to the next, per place and measure.
    func periodChangeTable(_ w: SummaryWords = .english) -> Table {
        let f = w.format(Self.plain2)
        return Table(
            headers: (showsCountry ? [w.t("summary.country")] : []) + [
                w.t("summary.measure"), w.t("summary.from"), w.t("summary.to"), w.t("summary.valueFrom"),
                w.t("summary.valueTo"), w.t("summary.change"), w.t("summary.percentChange"),
            ],
            alignments: (showsCountry ? [.left] : []) + [.left, .left, .left, .right, .right, .right, .right],
            rows: periodChanges.map { row in
                (showsCountry ? [w.n(row.country)] : []) + [
                    w.n(row.label), row.fromPeriod, row.toPeriod,
                    row.from.map(f.string) ?? w.t("summary.undefined"),
                    row.to.map(f.string) ?? w.t("summary.undefined"),
                    row.absoluteChange.map(w.format(NumberFormat(style: .signed)).string) ?? w.t("summary.undefined"),
                    row.percentChange.map(w.format(.signedPercent(decimals: 2)).string)
                        ?? undefined(row.undefinedReason, w),
                ]
            })
    }

    /// "undefined (missing year)", in the summary's words.
    private func undefined(_ reason: String?, _ w: SummaryWords) -> String {
        let phrase = reason.flatMap(UndefinedChange.init(rawValue:))?.phrase ?? "n/a"
        return w.t("summary.undefinedBecause", ["reason": w.n(phrase)])
    }

    /// The period sections of the text summary: headings and aligned tables.
    func periodTextParts(_ w: SummaryWords) -> [String] {
        guard !periods.isEmpty else { return [] }
        return [
            "", w.t("summary.periods") + " (" + w.t("summary.periodsNote").lowercasedFirst.dropLast() + ")",
            periodTable(w).aligned(),
        ]
            + (periodChanges.isEmpty ? [] : ["", w.t("summary.periodChanges"), periodChangeTable(w).aligned()])
    }

    /// The period sections of the Markdown summary.
    func periodMarkdownParts(_ w: SummaryWords) -> [String] {
        guard !periods.isEmpty else { return [] }
        let md = markdownEscaped
        var parts = [
            "", "## " + md(w.t("summary.periods")), "", md(w.t("summary.periodsNote")), "",
            periodTable(w).markdown(),
        ]
        if !periodChanges.isEmpty {
            parts += ["", "## " + md(w.t("summary.periodChanges")), "", periodChangeTable(w).markdown()]
        }
        return parts
    }

    /// The period rows of the CSV summary: `periods` and `period_changes` sections, keyed
    /// like the year-over-year rows ("victims [persons] 2015–2019 sum").
    func periodCSVRows(_ measure: (String, String?) -> String, _ number: (Double?) -> String) -> [[String]] {
        var rows: [[String]] = []
        for r in periods {
            let item = "\(measure(r.metric, r.unit)) \(r.period) \(r.statistic)"
            rows += [
                ["periods", r.country, item, "value", number(r.value)],
                ["periods", r.country, item, "years_with_value", String(r.yearsWithValue)],
            ]
            if let reason = r.undefinedReason { rows.append(["periods", r.country, item, "undefined_reason", reason]) }
        }
        for r in periodChanges {
            let item = "\(measure(r.metric, r.unit)) \(r.fromPeriod) to \(r.toPeriod) \(r.statistic)"
            rows += [
                ["period_changes", r.country, item, "from", number(r.from)],
                ["period_changes", r.country, item, "to", number(r.to)],
                ["period_changes", r.country, item, "absolute_change", number(r.absoluteChange)],
                ["period_changes", r.country, item, "percent_change", number(r.percentChange)],
                ["period_changes", r.country, item, "ratio", number(r.ratio)],
            ]
            if let reason = r.undefinedReason {
                rows.append(["period_changes", r.country, item, "undefined_reason", reason])
            }
        }
        return rows
    }
}
