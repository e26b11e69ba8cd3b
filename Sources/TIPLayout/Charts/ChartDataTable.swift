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

extension FlowDiagram {
    /// The values the chart draws, as the HTML report's data table prints them.
    public var dataTable: ChartDataTable {
        return ChartDataTable(headers: ["From", "To", "Group"], rows: self.links.map { [$0.from, $0.to, $0.group] })
    }
}
