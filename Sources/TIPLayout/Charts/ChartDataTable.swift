import TIPScene

/// The values a chart draws, as a table of text: what a screen reader, a spreadsheet or an
/// HTML report shows beside the picture. Values print as the chart prints them; a missing
/// value is "n/a" and a censored one "<5".
public struct ChartDataTable: Sendable, Hashable, Codable {
    /// Column headings.
    public var headers: [String]
    /// Rows of cells, one cell per heading.
    public var rows: [[String]]

    /// A table of `rows` under `headers`.
    ///
    /// - Precondition: every row has one cell per heading.
    public init(headers: [String], rows: [[String]]) {
        precondition(rows.allSatisfy { $0.count == headers.count }, "every row needs one cell per heading")
        self.headers = headers
        self.rows = rows
    }
}

extension Series {
    /// The value at `index` as a table prints it: "n/a" when missing, "<5" when censored.
    func cell(_ index: Int, format: ValueFormat) -> String {
        guard index < values.count, values[index].isFinite else { return "n/a" }
        return (isCensored(index) ? "<" : "") + format.string(values[index])
    }
}

extension Chart {
    /// The values the chart draws. Each chart type gives its own layout; a type this
    /// library does not know gives an empty table.
    public var dataTable: ChartDataTable {
        switch self {
        case let c as BarChart:
            return ChartDataTable(
                headers: [""] + c.series.map(\.name),
                rows: c.categories.indices.map { i in
                    [c.categories[i]]
                        + c.series.indices.map { s in
                            c.valueLabels?[safe: s]?[safe: i] ?? c.series[s].cell(i, format: c.valueFormat)
                        }
                })
        case let c as LineChart:
            let xs: [String] =
                switch c.x {
                case let .categories(names): names
                case let .values(values, format): values.map { format.string($0) }
                }
            return ChartDataTable(
                headers: [""] + c.series.map(\.name),
                rows: xs.indices.map { i in [xs[i]] + c.series.map { $0.cell(i, format: c.valueFormat) } })
        case let c as DotChart:
            return ChartDataTable(
                headers: ["", "Value"],
                rows: c.categories.indices.map { [c.categories[$0], c.valueFormat.string(c.values[safe: $0] ?? .nan)] })
        case let c as DonutChart:
            return ChartDataTable(
                headers: ["", "Value"], rows: c.slices.map { [$0.label, c.valueFormat.string($0.value)] })
        case let c as HistogramChart:
            return ChartDataTable(
                headers: ["From", "To", "Count"],
                rows: c.counts.indices.map { i in
                    [
                        c.valueFormat.string(c.edges[safe: i] ?? .nan),
                        c.valueFormat.string(c.edges[safe: i + 1] ?? .nan),
                        String(c.counts[i]),
                    ]
                })
        case let c as SmallMultiplesChart:
            let names = c.panels.flatMap { $0.series.map(\.name) }.reduce(into: [String]()) {
                if !$0.contains($1) { $0.append($1) }
            }
            return ChartDataTable(
                headers: ["Panel", ""] + names,
                rows: c.panels.flatMap { panel in
                    panel.categories.indices.map { i in
                        [panel.title, panel.categories[i]]
                            + names.map { name in
                                panel.series.first { $0.name == name }?.cell(i, format: c.valueFormat) ?? ""
                            }
                    }
                })
        case let c as ScatterChart:
            return ChartDataTable(
                headers: ["", c.text.xAxisTitle ?? "x", c.text.yAxisTitle ?? "y"],
                rows: c.groups.flatMap { group in
                    group.xs.indices.map {
                        [group.name, c.xFormat.string(group.xs[$0]), c.yFormat.string(group.ys[$0])]
                    }
                })
        case let c as FlowDiagram:
            return ChartDataTable(headers: ["From", "To", "Group"], rows: c.links.map { [$0.from, $0.to, $0.group] })
        case let c as TierTimelineChart:
            return ChartDataTable(
                headers: [""] + c.columns,
                rows: c.rows.map { row in
                    [row.name] + row.cells.map { $0.flatMap { c.levels[safe: $0]?.name } ?? "" }
                })
        default:
            return ChartDataTable(headers: [], rows: [])
        }
    }
}

extension Array {
    /// The element at `index`, or `nil` outside the array.
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
