/// One row per group of `groupBy`, with the group's values and a column per summary
/// (``Transform/aggregate(_:groupBy:)``). No group fields give one row for the whole table.
///
/// - Complexity: O(n × (k + a)) plus the summaries' own costs.
func aggregated(
    _ table: DataTable, _ fields: [AggregateField], groupBy: [String], path: String
) throws(PlotError) -> DataTable {
    let found =
        groupBy.isEmpty
        ? [(key: [FieldValue](), rows: Array(0..<table.rowCount))]
        : try groups(table, by: groupBy, path: path + ".aggregate")
    var outNames = groupBy
    var outColumns = groupBy.indices.map { k in Column(found.map { $0.key[k] }) }
    for (i, f) in fields.enumerated() {
        let source: Column? = try f.field.map { field throws(PlotError) in
            try table.column(field, path: "\(path).aggregate[\(i)].field")
        }
        if source == nil, f.op != .count {
            throw PlotError(path: "\(path).aggregate[\(i)]", "'\(f.op.name)' needs a field")
        }
        outNames.append(f.name)
        outColumns.append(
            Column(
                found.map { group in
                    f.op.apply(source.map { c in group.rows.map { c[$0] } } ?? group.rows.map { _ in .missing })
                }))
    }
    return try DataTable(fields: outNames, columns: outColumns)
}
