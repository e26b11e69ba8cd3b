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

extension BarChart {
    /// The values the chart draws, as the HTML report's data table prints them.
    public var dataTable: ChartDataTable {
        return ChartDataTable(
            headers: [""] + self.series.map(\.name),
            rows: self.categories.indices.map { i in
                [self.categories[i]]
                    + self.series.indices.map { s in
                        self.valueLabels?[safe: s]?[safe: i] ?? self.series[s].cell(i, format: self.valueFormat)
                    }
            })
    }
}

extension LineChart {
    /// The values the chart draws, as the HTML report's data table prints them.
    public var dataTable: ChartDataTable {
        let xs: [String] =
            switch self.x {
            case let .categories(names): names
            case let .values(values, format): values.map { format.string($0) }
            }
        return ChartDataTable(
            headers: [""] + self.series.map(\.name),
            rows: xs.indices.map { i in [xs[i]] + self.series.map { $0.cell(i, format: self.valueFormat) } })
    }
}

extension DotChart {
    /// The values the chart draws, as the HTML report's data table prints them.
    public var dataTable: ChartDataTable {
        return ChartDataTable(
            headers: ["", "Value"],
            rows: self.categories.indices.map {
                [self.categories[$0], self.valueFormat.string(self.values[safe: $0] ?? .nan)]
            })
    }
}

extension DonutChart {
    /// The values the chart draws, as the HTML report's data table prints them.
    public var dataTable: ChartDataTable {
        return ChartDataTable(
            headers: ["", "Value"], rows: self.slices.map { [$0.label, self.valueFormat.string($0.value)] })
    }
}

extension HistogramChart {
    /// The values the chart draws, as the HTML report's data table prints them.
    public var dataTable: ChartDataTable {
        return ChartDataTable(
            headers: ["From", "To", "Count"],
            rows: self.counts.indices.map { i in
                [
                    self.valueFormat.string(self.edges[safe: i] ?? .nan),
                    self.valueFormat.string(self.edges[safe: i + 1] ?? .nan),
                    String(self.counts[i]),
                ]
            })
    }
}

extension ScatterChart {
    /// The values the chart draws, as the HTML report's data table prints them.
    public var dataTable: ChartDataTable {
        return ChartDataTable(
            headers: ["", self.text.xAxisTitle ?? "x", self.text.yAxisTitle ?? "y"],
            rows: self.groups.flatMap { group in
                group.xs.indices.map {
                    [group.name, self.xFormat.string(group.xs[$0]), self.yFormat.string(group.ys[$0])]
                }
            })
    }
}

extension FlowDiagram {
    /// The values the chart draws, as the HTML report's data table prints them.
    public var dataTable: ChartDataTable {
        return ChartDataTable(headers: ["From", "To", "Group"], rows: self.links.map { [$0.from, $0.to, $0.group] })
    }
}

extension Array {
    /// The element at `index`, or `nil` outside the array.
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
