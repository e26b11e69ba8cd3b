/// The rows of `table` grouped by the values of `fields`, groups in order of first
/// appearance and rows in table order within each.
///
/// - Complexity: O(n × k) for n rows and k fields.
func groups(
    _ table: DataTable, by fields: [String], path: String
) throws(PlotError) -> [(key: [FieldValue], rows: [Int])] {
    var columns: [Column] = []
    for f in fields { columns.append(try table.column(f, path: path + ".groupby")) }
    var index: [[GroupKeyPart]: Int] = [:]
    var result: [(key: [FieldValue], rows: [Int])] = []
    for row in 0..<table.rowCount {
        let cells = columns.map { $0[row] }
        let key = cells.map(GroupKeyPart.init)
        if let i = index[key] {
            result[i].rows.append(row)
        } else {
            index[key] = result.count
            result.append((cells, [row]))
        }
    }
    return result
}

/// A cell as a grouping key: missing is its own group, numbers group by value.
private enum GroupKeyPart: Hashable {
    case missing
    case number(Double, censored: Bool)
    case text(String)
    init(_ v: FieldValue) {
        switch v {
        case .missing: self = .missing
        case let .number(x): self = .number(x, censored: false)
        case let .censored(x): self = .number(x, censored: true)
        case let .text(s): self = .text(s)
        }
    }
}

/// The order of two cells: numbers by value (a censored value before an equal exact one),
/// text by Unicode scalars, numbers before text, missing last whatever the direction.
func compareCells(_ a: FieldValue, _ b: FieldValue) -> Int {
    switch (a, b) {
    case (.missing, .missing): return 0
    case (.missing, _): return 1
    case (_, .missing): return -1
    case let (.text(x), .text(y)):
        return x == y ? 0 : (x.unicodeScalars.lexicographicallyPrecedes(y.unicodeScalars) ? -1 : 1)
    case (.text, _): return 1
    case (_, .text): return -1
    default:
        let x = a.number ?? 0, y = b.number ?? 0
        if x != y { return x < y ? -1 : 1 }
        return a.isCensored == b.isCensored ? 0 : (a.isCensored ? -1 : 1)
    }
}

/// The row indices of `table` sorted by `keys`, stable (ties keep table order). Missing
/// values sort last in either direction.
///
/// - Complexity: O(n log n × k).
func sortedRows(_ table: DataTable, _ keys: [SortKey], path: String, rows: [Int]? = nil) throws(PlotError) -> [Int] {
    var columns: [(Column, Bool)] = []
    for k in keys { columns.append((try table.column(k.field, path: path + ".sort"), k.descending)) }
    return (rows ?? Array(0..<table.rowCount)).sorted { i, j in
        for (column, descending) in columns {
            let (a, b) = (column[i], column[j])
            let c = compareCells(a, b)
            if c == 0 { continue }
            if case .missing = a { return false }
            if case .missing = b { return true }
            return descending ? c > 0 : c < 0
        }
        return i < j
    }
}
