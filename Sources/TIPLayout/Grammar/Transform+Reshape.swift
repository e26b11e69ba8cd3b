import TIPStatistics

/// Wide to long (``Transform/fold(_:key:value:)``): each row becomes one row per folded
/// field, carrying the other fields, the folded field's name in `key` and its value in `value`.
///
/// - Complexity: O(n × f).
func folded(
    _ table: DataTable, _ fields: [String], key: String, value: String, path: String
) throws(PlotError)
    -> DataTable
{
    var folded: [Column] = []
    for f in fields { folded.append(try table.column(f, path: path + ".fold")) }
    let kept = table.fields.filter { !fields.contains($0) && $0 != key && $0 != value }
    var rows: [Int] = []
    var keys: [FieldValue] = []
    var values: [FieldValue] = []
    for row in 0..<table.rowCount {
        for (f, column) in zip(fields, folded) {
            rows.append(row)
            keys.append(.text(f))
            values.append(column[row])
        }
    }
    var out = try DataTable(fields: kept, columns: kept.map { table[$0]?.gathered(rows) ?? .texts([]) })
    out = out.adding(key, Column(keys)).adding(value, Column(values))
    return out
}

/// Long to wide (``Transform/pivot(field:value:groupBy:)``): one row per `groupBy` group,
/// one column per distinct `field` value (in first-seen order) holding the group's
/// `value`; a second value for the same cell is an error, since silently keeping one
/// would drop data.
///
/// - Complexity: O(n × k).
func pivoted(
    _ table: DataTable, field: String, value: String, groupBy: [String], path: String
) throws(PlotError)
    -> DataTable
{
    let names = try table.column(field, path: path + ".pivot")
    let values = try table.column(value, path: path + ".pivot.value")
    let found = try groups(table, by: groupBy, path: path + ".pivot")
    var newFields: [String] = []
    for row in 0..<table.rowCount where !newFields.contains(names[row].label) { newFields.append(names[row].label) }
    var cells = Array(repeating: Array(repeating: FieldValue.missing, count: found.count), count: newFields.count)
    for (g, group) in found.enumerated() {
        for row in group.rows {
            guard let f = newFields.firstIndex(of: names[row].label) else { continue }
            if case .missing = cells[f][g] {
                cells[f][g] = values[row]
            } else {
                let where_ = zip(groupBy, group.key).map { "\($0) = \($1.label)" }.joined(separator: ", ")
                throw PlotError(
                    path: path + ".pivot",
                    "a second value of '\(value)' for \(field) = \(names[row].label)"
                        + (where_.isEmpty ? "" : " and \(where_)") + "; aggregate first")
            }
        }
    }
    return try DataTable(
        fields: groupBy + newFields,
        columns: groupBy.indices.map { k in Column(found.map { $0.key[k] }) } + cells.map(Column.init))
}

/// Bins `field` (``Transform/bin(field:as:rule:)``) with the histogram's rules: each row
/// gets its bin's start in `as` and end in `as_end`; rows outside the edges or missing get
/// missing.
///
/// - Complexity: O(n log b) for b bins.
func binned(
    _ table: DataTable, field: String, as name: String, rule: BinningRule, path: String
) throws(PlotError)
    -> DataTable
{
    let column = try table.column(field, path: path + ".bin")
    // A censored value ("<5") could lie in any bin below its bound: it is left unbinned.
    let numbers = (0..<table.rowCount).map { column[$0].isCensored ? .nan : column.number($0) ?? .nan }
    let edges: [Double]
    do { edges = try rule.edges(for: try Sample(numbers)) } catch {
        throw PlotError(path: path + ".bin", "cannot bin '\(field)': \(error)")
    }
    var starts: [FieldValue] = [], ends: [FieldValue] = []
    for x in numbers {
        // The last bin is closed on the right, as NumPy's and the histogram's are.
        guard x.isFinite, let first = edges.first, let last = edges.last, x >= first, x <= last else {
            starts.append(.missing)
            ends.append(.missing)
            continue
        }
        var lo = 0, hi = edges.count - 1
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if edges[mid] <= x { lo = mid } else { hi = mid }
        }
        starts.append(.number(edges[lo]))
        ends.append(.number(edges[hi]))
    }
    return table.adding(name, Column(starts)).adding(name + "_end", Column(ends))
}
