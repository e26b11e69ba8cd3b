import TIPScene
import TIPStatistics
import TIPLayout
import TIPData

/// Charts of one country: its justice pipeline, and a measure's parts as bars and shares.
extension ChartSet {
    /// The measures of `country` that play each pipeline stage
    /// (``/TIPData/ConsistencyChecks/pipelineRoles``), in order.
    func stages(of country: String) -> [Measure] {
        let present = index.measures.filter { !index.totals(country, $0).isEmpty }
        return [Metric.investigations, .prosecutions, .convictions].compactMap { stage in
            present.first { ConsistencyChecks.stage(of: $0.metric) == stage }
        }
    }

    func lawEnforcement(country: String) throws(ChartSetError) -> any Chart {
        let stages = stages(of: country)
        guard stages.count >= 2 else {
            throw ChartSetError(
                "\(country) has fewer than two of investigations, prosecutions and convictions (figures without a "
                    + "breakdown)")
        }
        let cited = stages.flatMap { index.totals(country, $0) }
        let present = Set(cited.map(\.year))
        let years = present.isEmpty ? [] : Array((present.min() ?? 0)...(present.max() ?? 0))
        let cells = stages.map { values(country, $0, years: years) }
        let subtitle =
            stages.map { label($0) }.enumerated().map { $0.offset == 0 ? $0.element : $0.element.lowercasedFirst }
            .joined(separator: ", ")
        let text = ChartText(
            title: t(
                "lawEnforcement.title",
                [
                    "country": country,
                    "years": years.count <= 3
                        ? years.map(String.init).joined(separator: t("list.versus")) : span(years),
                ]),
            subtitle: censoredSubtitle(cells.map(\.censored))
                ?? subtitle,
            source: sourceNote(cited), yAxisTitle: t("axis.number"))
        if years.count <= 3 {
            let series = years.indices.map { y in
                RecipeSeries(
                    name: String(years[y]), values: cells.map { fieldValue($0.values[y], censored: $0.censored[y]) })
            }
            return Plot.groupedBars(
                categories: stages.map { label($0) }, series: series, categoryTitle: t("summary.measure"),
                valueTitle: t("axis.number"), seriesTitle: t("summary.year"), format: .count, text: text)
        }
        let series = zip(stages, cells).map { stage, cell in
            RecipeSeries(name: label(stage), values: zip(cell.values, cell.censored).map(fieldValue))
        }
        return Plot.yearLines(
            years: years, series: series, yearTitle: t("summary.year"), valueTitle: t("axis.number"),
            seriesTitle: t("summary.measure"), format: .count, text: text)
    }

    func breakdown(_ measure: Measure, dimension: String, country: String) throws(ChartSetError) -> Plot {
        let (year, unsorted) = parts(country, measure, dimension)
        guard let year, !unsorted.isEmpty else {
            throw ChartSetError("\(country) has no figures of '\(measure)' broken down by \(dimension)")
        }
        let parts = ordered(unsorted, dimension: dimension)
        let dollars = measure.unit?.uppercased() == "USD"
        let values = parts.map(magnitude)
        let whole = values.allSatisfy { $0.isNaN || $0 == $0.rounded() }
        let format: ValueFormat =
            dollars ? .currency(symbol: "$") : measure.isMoney || whole ? .count : .number(decimals: 1)
        let censored = parts.map { if case .below = $0.value { true } else { false } }
        let qualified = parts.contains { ($0.qualifier ?? .exact) != .exact }
        let labels = parts.map { part in
            let number =
                part.value == .missing
                ? t("value.missing") : censoredPrefix(part) + format.string(magnitude(part), locale: numberLocale)
            return [part.qualifier.map { n($0.phrase) } ?? "", number].filter { !$0.isEmpty }.joined(separator: " ")
        }
        let currency = measure.isMoney ? (dollars ? t("unit.usd") : measure.unit?.uppercased() ?? "") : ""
        var subtitle = currency
        if qualified {
            subtitle += subtitle.isEmpty ? t("breakdown.qualified").capitalizedFirst : ", " + t("breakdown.qualified")
        }
        let bars = parts.indices.map { i in
            RecipeBar(
                category: n((parts[i].category ?? "").capitalizedFirst),
                value: censored[i] ? .censored(values[i]) : values[i].fieldValue,
                label: qualified || values[i].isNaN ? labels[i] : nil)
        }
        return .horizontalBars(
            bars, categoryTitle: n(measure.metric.partsName(along: dimension)).capitalizedFirst,
            valueTitle: label(measure), format: format, colorsByCategory: parts.count <= Self.maximumSeries,
            text: ChartText(
                title: breakdownTitle(measure, dimension: dimension, country: country, year: year),
                subtitle: censored.contains(true) ? t("censored.subtitle") : (subtitle.isEmpty ? nil : subtitle),
                source: sourceNote(parts), xAxisTitle: currency.isEmpty ? label(measure) : currency))
    }

    /// The parts of `measure` along `dimension` in `country`'s latest year with parts, as a
    /// donut, largest first; the legend gives each part's value and share, the hole the total.
    func shares(_ measure: Measure, dimension: String, country: String) throws(ChartSetError) -> Plot {
        let (year, unsorted) = parts(country, measure, dimension)
        let parts = ordered(unsorted, dimension: dimension)
        var exact = parts.compactMap { ($0.qualifier ?? .exact) == .exact ? $0.value.exactValue : nil }
        guard let year, parts.count > 1, parts.count <= Self.maximumSeries, exact.count == parts.count,
            (try? Shares(exact)) != nil, exact.reduce(0, +).isFinite
        else {
            throw ChartSetError(
                "shares of '\(measure)' for \(country) need two to \(Self.maximumSeries) categories with exact, "
                    + "unqualified, non-negative values and a positive, finite total")
        }
        // The parts against the reported total of the year: parts that add up to more are not
        // shares of it (a record counted in several forms); a shortfall is a slice of its own,
        // so that the hole never shows less than the source reports.
        var labels = parts.map { n(($0.category ?? "").capitalizedFirst) }
        if let total = index.totals(country, measure).first(where: { $0.year == year })?.value.exactValue {
            let sum = exact.reduce(0, +)
            guard let rest = Shares.remainder(ofTotal: total, afterParts: sum) else {
                throw ChartSetError(
                    "the parts of '\(measure)' for \(country) in \(year) by \(dimension) add up to "
                        + "\(plainNumber(sum)), more than the reported total of \(plainNumber(total)): a record "
                        + "counted in several parts makes them no shares of the total; draw the breakdown bars")
            }
            if rest > 0 {
                labels.append(t("shares.unallocated"))
                exact.append(rest)
            }
        }
        let noun =
            measure.metric == .victimsIdentified
            ? t("shares.victims")
            : measure.isMoney
                ? measure.unit?.uppercased() ?? t("shares.total")
                : measure.unit.map(n) ?? t("shares.total")
        var color = ChannelEncoding.field("part", type: .nominal, title: n(dimension.capitalizedFirst))
        let format: ValueFormat = measure.isMoney ? .number(decimals: 0) : .count
        // The legend lists each part with its value and its share (largest remainder, adding up to 100 %).
        let shares = (try? Shares(exact))?.roundedPercentages(decimals: 1) ?? []
        let keys = zip(labels, zip(exact, shares)).map { label, pair in
            "\(label): \(format.string(pair.0, locale: numberLocale)) "
                + "(\(ValueFormat.percent(decimals: pair.1.decimals).string(pair.1.value, locale: numberLocale)))"
        }
        color.sort = .explicit(keys)
        var theta = ChannelEncoding.field("value", type: .quantitative, title: noun)
        theta.format = format
        let rows: [[String: FieldValue]] = zip(keys, exact).map { ["part": .text($0), "value": .number($1)] }
        return Plot(
            data: DataTable(rows: rows, order: ["part", "value"]),
            layers: [
                Layer(mark: MarkDefinition(.arc, innerRadiusRatio: 0.56), encoding: [.theta: theta, .color: color])
            ],
            text: ChartText(
                title: breakdownTitle(measure, dimension: dimension, country: country, year: year),
                subtitle: t("shares.subtitle"), source: sourceNote(parts)))
    }

    /// "Kazakhstan: victims identified by form of exploitation, 2007".
    private func breakdownTitle(_ measure: Measure, dimension: String, country: String, year: Int) -> String {
        t(
            "breakdown.title",
            [
                "country": country, "metric": n(dataset.labels[measure.metric]).lowercasedFirst,
                "dimension": measure.metric.partsName(along: dimension), "year": String(year),
            ])
    }

    /// The exact value or the censoring bound; NaN when missing.
    private func magnitude(_ figure: Figure) -> Double {
        switch figure.value {
        case let .exact(v): v
        case let .below(bound): bound
        case .missing, .tier: .nan
        }
    }

    /// A dimension's parts in their order: as ``categoryOrder`` lists them, else in their
    /// natural order (age bands, tiers; ``/TIPData/CategoryOrder``), else largest first.
    func ordered(_ parts: [Figure], dimension: String) -> [Figure] {
        let bySize = parts.enumerated().sorted {
            (magnitude($0.element), -$0.offset) > (magnitude($1.element), -$1.offset)
        }.map(\.element)
        return CategoryOrder.arranged(bySize, dimension: dimension, explicit: categoryOrder[dimension])
    }

    private func censoredPrefix(_ figure: Figure) -> String {
        if case .below = figure.value { "<" } else { "" }
    }
}

extension Metric {
    /// What the categories of the metric are: "form of exploitation" for victims,
    /// "purpose" for funding, else "category".
    var breakdownName: String {
        switch self {
        case .victimsIdentified: "form of exploitation"
        case .funding: "purpose"
        default: "category"
        }
    }

    /// What the parts along `dimension` are called in titles and tables: the metric's own
    /// word for its `category` parts, else the dimension's name in words ("age group").
    func partsName(along dimension: String) -> String {
        dimension == "category" ? breakdownName : dimension.replacingOccurrences(of: "_", with: " ")
    }
}
