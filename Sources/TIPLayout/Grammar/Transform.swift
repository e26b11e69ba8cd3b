import TIPStatistics

/// One step that turns a table into another, run on columns before marks read them.
/// Transforms compose: a plot runs its own, then each layer's, in order.
///
/// ```swift
/// [.filter(.equal("metric", "convictions")),
///  .aggregate([.init(.sum, of: "count", as: "total")], groupBy: ["year"])]
/// ```
public enum Transform: Sendable, Equatable, Codable {
    /// Keeps the rows that pass.
    case filter(Predicate)
    /// One row per group of `groupBy` values (in first-seen order), with a column per summary.
    case aggregate([AggregateField], groupBy: [String])
    /// Bins `field` by `rule`, writing each row's bin start to `as` and its end to `as_end`.
    case bin(field: String, as: String, rule: BinningRule)
    /// A column computed over each group's rows in `sortBy` order (ranks, running sums).
    case window(WindowOperation, field: String?, as: String, groupBy: [String], sortBy: [SortKey])
    /// Orders the rows.
    case sort([SortKey])
    /// Wide to long: each of `fields` becomes a row, its name in `key` and its value in `value`.
    case fold([String], key: String, value: String)
    /// Long to wide: one column per distinct `field` value, holding `value`, one row per group.
    case pivot(field: String, value: String, groupBy: [String])
    /// Stacks `field` within each group of `groupBy`, writing each row's start to `as` and
    /// its end to `as_end`.
    case stack(field: String, groupBy: [String], sortBy: [SortKey], offset: StackOffset, as: String)

    /// The table after this step.
    ///
    /// - Throws: ``PlotError`` naming `path` when a field does not exist or a bin rule fails.
    public func apply(to table: DataTable, path: String = "transform") throws(PlotError) -> DataTable {
        switch self {
        case let .filter(p):
            for f in p.fields { _ = try table.column(f, path: path + ".filter") }
            return table.gathered((0..<table.rowCount).filter { p.test(table, row: $0) })
        case let .aggregate(fields, groupBy): return try aggregated(table, fields, groupBy: groupBy, path: path)
        case let .bin(field, name, rule): return try binned(table, field: field, as: name, rule: rule, path: path)
        case let .window(op, field, name, groupBy, sortBy):
            return try windowed(table, op, field: field, as: name, groupBy: groupBy, sortBy: sortBy, path: path)
        case let .sort(keys): return table.gathered(try sortedRows(table, keys, path: path))
        case let .fold(fields, key, value): return try folded(table, fields, key: key, value: value, path: path)
        case let .pivot(field, value, groupBy):
            return try pivoted(table, field: field, value: value, groupBy: groupBy, path: path)
        case let .stack(field, groupBy, sortBy, offset, name):
            return try stacked(
                table, field: field, groupBy: groupBy, sortBy: sortBy, offset: offset, as: name, path: path)
        }
    }
}

/// One summary column of an aggregate: `op` over `field`, named `as`.
public struct AggregateField: Sendable, Hashable, Codable {
    /// The summary.
    public var op: AggregateOperation
    /// The field summarised; nil for `count`.
    public var field: String?
    /// The output column's name.
    public var name: String

    /// `op` of `field`, as `name` (default: "op_field", or "count").
    public init(_ op: AggregateOperation, of field: String? = nil, as name: String? = nil) {
        self.op = op
        self.field = field
        self.name = name ?? (field.map { "\(op.name)_\($0)" } ?? op.name)
    }
}

/// A sort key: a field and a direction.
public struct SortKey: Sendable, Hashable, Codable {
    /// The field sorted by.
    public var field: String
    /// Largest first when true.
    public var descending: Bool

    /// Sort by `field`, ascending unless `descending`.
    public init(_ field: String, descending: Bool = false) {
        self.field = field
        self.descending = descending
    }
}

/// Where stacks start: at zero, scaled so each stack spans 0…1, or centred on zero.
public enum StackOffset: String, Sendable, Hashable, Codable {
    /// Each stack starts at zero (Vega-Lite `zero`).
    case zero
    /// Each stack is scaled to span 0…1 (Vega-Lite `normalize`).
    case normalize
    /// Each stack is centred on zero (Vega-Lite `center`, a streamgraph).
    case center
}

/// A column computed over an ordered group.
public enum WindowOperation: String, Sendable, Hashable, Codable {
    /// 1, 2, 3, … in sort order.
    case rowNumber = "row_number"
    /// Ties share a rank, and the next rank skips (1, 1, 3).
    case rank
    /// Ties share a rank, and the next does not skip (1, 1, 2).
    case denseRank = "dense_rank"
    /// The running sum of `field`.
    case sum
    /// The running count of rows.
    case count
}
