/// A column computed over each group in `sortBy` order (``Transform/window(_:field:as:groupBy:sortBy:)``):
/// ranks for top-N, running sums and counts. Rows keep their table order.
///
/// A running sum with a censored part is censored from that row on.
///
/// - Complexity: O(n log n).
func windowed(
    _ table: DataTable, _ op: WindowOperation, field: String?, as name: String, groupBy: [String], sortBy: [SortKey],
    path: String
) throws(PlotError) -> DataTable {
    let source: Column? = try field.map { f throws(PlotError) in try table.column(f, path: path + ".window.field") }
    if op == .sum, source == nil { throw PlotError(path: path + ".window", "a running sum needs a field") }
    let sortColumns = try sortBy.map { k throws(PlotError) in try table.column(k.field, path: path + ".window.sort") }
    var out = Array(repeating: FieldValue.missing, count: table.rowCount)
    for group in try groups(table, by: groupBy, path: path + ".window") {
        let order = try sortedRows(table, sortBy, path: path + ".window", rows: group.rows)
        var rank = 0, dense = 0, running = 0.0, censored = false
        for (position, row) in order.enumerated() {
            let tied =
                position > 0 && !sortColumns.isEmpty
                && sortColumns.allSatisfy { compareCells($0[row], $0[order[position - 1]]) == 0 }
            if !tied {
                rank = position + 1
                dense += 1
            }
            switch op {
            case .rowNumber: out[row] = .number(Double(position + 1))
            case .rank: out[row] = .number(Double(rank))
            case .denseRank: out[row] = .number(Double(dense))
            case .count: out[row] = .number(Double(position + 1))
            case .sum:
                let cell = source?[row] ?? .missing
                running += cell.number ?? 0
                censored = censored || cell.isCensored
                out[row] = running.isFinite ? (censored ? .censored(running) : .number(running)) : .missing
            }
        }
    }
    return table.adding(name, Column(out))
}

/// Stacks `field` within each group (``Transform/stack(field:groupBy:sortBy:offset:as:)``):
/// each row gets its segment's start in `as` and end in `as_end`. Positive values stack
/// up from zero and negative values down from it, as Vega-Lite does; missing values get a
/// zero-length segment, and the order within a stack is `sortBy`, else table order.
///
/// ```
/// zero:      start = Σ earlier values of the same sign
/// normalize: start, end divided by Σ|values| of the stack (each stack spans 0…1)
/// center:    start, end shifted by −Σ values / 2 (each stack centred on zero)
/// ```
///
/// - Complexity: O(n log n).
func stacked(
    _ table: DataTable, field: String, groupBy: [String], sortBy: [SortKey], offset: StackOffset, as name: String,
    path: String
) throws(PlotError) -> DataTable {
    let column = try table.column(field, path: path + ".stack")
    var starts = Array(repeating: FieldValue.missing, count: table.rowCount)
    var ends = starts
    for group in try groups(table, by: groupBy, path: path + ".stack") {
        let order = try sortedRows(table, sortBy, path: path + ".stack", rows: group.rows)
        var up = 0.0, down = 0.0
        var spans: [(row: Int, start: Double, end: Double, censored: Bool)] = []
        for row in order {
            let cell = column[row]
            let v = cell.number ?? 0
            if v >= 0 {
                spans.append((row, up, up + v, cell.isCensored))
                up += v
            } else {
                spans.append((row, down, down + v, cell.isCensored))
                down += v
            }
        }
        let total = up - down
        for s in spans {
            var (a, b) = (s.start, s.end)
            switch offset {
            case .zero: break
            case .normalize: (a, b) = total > 0 ? ((a - down) / total, (b - down) / total) : (0, 0)
            case .center: (a, b) = (a - (up + down) / 2, b - (up + down) / 2)
            }
            guard a.isFinite, b.isFinite else { continue }
            starts[s.row] = .number(a)
            ends[s.row] = s.censored ? .censored(b) : .number(b)
        }
    }
    return table.adding(name, Column(starts)).adding(name + "_end", Column(ends))
}
