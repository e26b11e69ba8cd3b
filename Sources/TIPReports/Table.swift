import TIPLayout
import TIPScene
/// A table of strings that prints aligned for a terminal or as a Markdown table.
struct Table: Equatable {
    enum Alignment { case left, right }

    var headers: [String]
    var alignments: [Alignment]
    var rows: [[String]]

    init(headers: [String], alignments: [Alignment], rows: [[String]]) {
        precondition(
            headers.count == alignments.count && rows.allSatisfy { $0.count == headers.count },
            "every row needs one cell per column")
        self.headers = headers
        self.alignments = alignments
        self.rows = rows
    }

    /// Columns padded to their widest cell (in Characters, so Cyrillic aligns), two spaces apart,
    /// with a rule under the header.
    func aligned() -> String {
        let widths = headers.indices.map { column in
            ([headers] + rows).map { $0[column].count }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            cells.indices.map { i in
                let pad = String(repeating: " ", count: widths[i] - cells[i].count)
                return alignments[i] == .right ? pad + cells[i] : cells[i] + pad
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(headers), rule] + rows.map(line)).joined(separator: "\n")
    }

    /// A GitHub-flavoured Markdown table; every cell is `markdownEscaped(_:)`, so data text
    /// can neither add markup nor break the row.
    func markdown() -> String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map(markdownEscaped).joined(separator: " | ") + " |"
        }
        let rule = "|" + alignments.map { $0 == .right ? "---:|" : "---|" }.joined()
        return ([line(headers), rule] + rows.map(line)).joined(separator: "\n")
    }
}
