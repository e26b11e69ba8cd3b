import TIPScene
import TIPStatistics
import TIPLayout
import TIPData

/// Charts of one country: its justice pipeline, and a metric's categories as bars and shares.
extension ChartSet {
    func lawEnforcement(country: String) throws(ChartSetError) -> any Chart {
        let stages = Self.pipeline.filter { !dataset.figures(country: country, metric: $0).isEmpty }
        guard stages.count >= 2 else {
            throw ChartSetError(
                "\(country) has fewer than two of investigations, prosecutions and convictions (figures without a "
                    + "category)")
        }
        let cited = stages.flatMap { dataset.figures(country: country, metric: $0) }
        let years = Set(cited.map(\.year)).sorted()
        let cells = stages.map { values(country, $0, years: years) }
        let subtitle =
            stages.map(\.displayName).enumerated().map { $0.offset == 0 ? $0.element : $0.element.lowercasedFirst }
            .joined(separator: ", ")
        let text = ChartText(
            title: "\(country): anti-trafficking law enforcement, "
                + (years.count <= 3 ? years.map(String.init).joined(separator: " vs ") : span(years)),
            subtitle: censoredSubtitle(cells.map { Series(name: "", values: $0.values, censored: $0.censored) })
                ?? subtitle,
            source: sourceNote(cited), yAxisTitle: "Number")
        if years.count <= 3 {
            let series = years.indices.map { y in
                Series(
                    name: String(years[y]), values: cells.map { $0.values[y] },
                    censored: cells.contains { $0.censored[y] } ? cells.map { $0.censored[y] } : nil)
            }
            return BarChart(categories: stages.map(\.displayName), series: series, text: text)
        }
        let series = zip(stages, cells).map { stage, cell in
            Series(
                name: stage.displayName, values: cell.values,
                censored: cell.censored.contains(true) ? cell.censored : nil)
        }
        return LineChart(x: .categories(years.map(String.init)), series: series, text: text)
    }

    func breakdown(_ metric: Metric, country: String) throws(ChartSetError) -> BarChart {
        let (year, unsorted) = categories(country, metric)
        guard let year, !unsorted.isEmpty else {
            throw ChartSetError("\(country) has no figures of '\(metric)' broken down by category")
        }
        let parts = unsorted.sorted { magnitude($0) > magnitude($1) }
        let dollars = Set(parts.map { $0.unit ?? "" }) == ["USD"]
        let values = parts.map(magnitude)
        let whole = values.allSatisfy { $0.isNaN || $0 == $0.rounded() }
        let format: ValueFormat = dollars ? .currency(symbol: "$") : whole ? .count : .number(decimals: 1)
        let censored = parts.map { if case .below = $0.value { true } else { false } }
        let qualified = parts.contains { ($0.qualifier ?? .exact) != .exact }
        let labels = parts.map { part in
            let number = part.value == .missing ? "n/a" : censoredPrefix(part) + format.string(magnitude(part))
            return [part.qualifier?.phrase ?? "", number].filter { !$0.isEmpty }.joined(separator: " ")
        }
        var subtitle = dollars ? "U.S. dollars" : ""
        if qualified {
            subtitle += (subtitle.isEmpty ? "As" : ", as") + " the source qualifies them (\"nearly\", \"at least\")"
        }
        let series = Series(
            name: metric.displayName, values: values, censored: censored.contains(true) ? censored : nil)
        return BarChart(
            categories: parts.map { ($0.category ?? "").capitalizedFirst }, series: [series], orientation: .horizontal,
            valueFormat: format, colorsByCategory: true, valueLabels: qualified ? [labels] : nil,
            text: ChartText(
                title: "\(country): \(metric.displayName.lowercasedFirst) by \(metric.breakdownName), \(year)",
                subtitle: censoredSubtitle([series]) ?? (subtitle.isEmpty ? nil : subtitle),
                source: sourceNote(parts), xAxisTitle: dollars ? "U.S. dollars" : metric.displayName))
    }

    func shares(_ metric: Metric, country: String) throws(ChartSetError) -> DonutChart {
        let (year, unsorted) = categories(country, metric)
        let parts = unsorted.sorted { magnitude($0) > magnitude($1) }
        let exact = parts.compactMap { ($0.qualifier ?? .exact) == .exact ? $0.value.exactValue : nil }
        guard let year, parts.count > 1, exact.count == parts.count, (try? Shares(exact)) != nil else {
            throw ChartSetError(
                "shares of '\(metric)' for \(country) need at least two categories with exact, unqualified, "
                    + "non-negative values and a positive total")
        }
        let units = Set(parts.compactMap(\.unit))
        let noun = metric == .victimsIdentified ? "victims" : units.count == 1 ? units.first ?? "total" : "total"
        return DonutChart(
            slices: zip(parts, exact).map { DonutSlice(label: ($0.category ?? "").capitalizedFirst, value: $1) },
            centerLabel: noun,
            text: ChartText(
                title: "\(country): \(metric.displayName.lowercasedFirst) by \(metric.breakdownName), \(year)",
                subtitle: "Shares of the total",
                source: sourceNote(parts)))
    }

    /// The exact value or the censoring bound; NaN when missing.
    private func magnitude(_ figure: Figure) -> Double {
        switch figure.value {
        case let .exact(v): v
        case let .below(bound): bound
        case .missing: .nan
        }
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
}
