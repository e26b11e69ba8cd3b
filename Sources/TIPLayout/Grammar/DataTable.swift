/// Rows of data held as typed columns: the data every ``Plot`` layer reads and every
/// ``Transform`` produces.
///
/// ```swift
/// let table = try DataTable(["year": Column([2006, 2007].map(\.fieldValue)),
///                            "count": Column([1, 19].map(\.fieldValue))], order: ["year", "count"])
/// table["count"]?[1]   // .number(19)
/// ```
public struct DataTable: Sendable, Hashable, Codable {
    /// The field names, in order.
    public private(set) var fields: [String]
    /// One column per field, in the order of ``fields``; all of one length.
    public private(set) var columns: [Column]

    /// A table of `columns`, named in the order of `fields`.
    ///
    /// - Throws: ``PlotError`` when the counts differ, a name repeats, or the columns differ in length.
    public init(fields: [String], columns: [Column]) throws(PlotError) {
        guard fields.count == columns.count else {
            throw PlotError(path: "data", "\(fields.count) field names for \(columns.count) columns")
        }
        var seen = Set<String>()
        for name in fields where !seen.insert(name).inserted {
            throw PlotError(path: "data", "the field '\(name)' appears twice")
        }
        if let first = columns.first, let bad = zip(fields, columns).first(where: { $0.1.count != first.count }) {
            throw PlotError(
                path: "data.\(bad.0)",
                "the field '\(bad.0)' has \(bad.1.count) values where '\(fields[0])' has \(first.count)")
        }
        self.fields = fields
        self.columns = columns
    }

    /// A table whose fields are distinct and whose columns are of one length by
    /// construction (the builder's, one column per channel of the same rows).
    ///
    /// - Precondition: as many distinct names as columns, all columns of one length.
    init(validFields fields: [String], columns: [Column]) {
        precondition(
            fields.count == columns.count && Set(fields).count == fields.count
                && Set(columns.map(\.count)).count <= 1, "a built table has distinct fields and equal columns")
        self.fields = fields
        self.columns = columns
    }

    /// A table of named columns, in `order` (the remaining names sorted after it).
    public init(_ columns: [String: Column], order: [String] = []) throws(PlotError) {
        let names = order.filter { columns[$0] != nil } + columns.keys.filter { !order.contains($0) }.sorted()
        try self.init(fields: names, columns: names.map { columns[$0] ?? .texts([]) })
    }

    /// A table from rows of cells, each row a dictionary from field to value. Fields are
    /// ordered as they first appear; a field a row lacks is missing there.
    ///
    /// - Complexity: O(rows × fields).
    public init(rows: [[String: FieldValue]], order: [String] = []) {
        var names = order
        var known = Set(order)
        for row in rows { for key in row.keys.sorted() where known.insert(key).inserted { names.append(key) } }
        fields = names
        columns = names.map { name in Column(rows.map { $0[name] ?? .missing }) }
    }

    /// The empty table.
    public static let empty = DataTable(rows: [])

    /// Decodes through the validating initialiser.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            fields: c.decode([String].self, forKey: .fields), columns: c.decode([Column].self, forKey: .columns))
    }

    private enum CodingKeys: String, CodingKey { case fields, columns }

    /// The number of rows.
    public var rowCount: Int { columns.first?.count ?? 0 }

    /// The column named `field`, or nil.
    ///
    /// - Complexity: O(f) in the number of fields.
    public subscript(field: String) -> Column? {
        fields.firstIndex(of: field).map { columns[$0] }
    }

    /// The column named `field`, or a ``PlotError`` naming the fields there are.
    func column(_ field: String, path: String) throws(PlotError) -> Column {
        guard let column = self[field] else {
            let known = fields.isEmpty ? "the data has no fields" : "the fields are " + fields.joined(separator: ", ")
            throw PlotError(path: path, "no field named '\(field)' (\(known))")
        }
        return column
    }

    /// The rows at `indices`, in that order.
    ///
    /// - Complexity: O(k × fields).
    func gathered(_ indices: [Int]) -> DataTable {
        var t = self
        t.columns = columns.map { $0.gathered(indices) }
        return t
    }

    /// The table with `column` added as `field`, replacing a field of that name.
    ///
    /// - Precondition: `column` has ``rowCount`` values, or the table has no fields.
    func adding(_ field: String, _ column: Column) -> DataTable {
        precondition(fields.isEmpty || column.count == rowCount, "a new column needs one value per row")
        var t = self
        if let i = fields.firstIndex(of: field) {
            t.columns[i] = column
        } else {
            t.fields.append(field)
            t.columns.append(column)
        }
        return t
    }
}
