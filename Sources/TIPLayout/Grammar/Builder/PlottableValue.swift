import TIPScene

/// A value a mark plots, named for its axis or legend: a key path into your rows, or a
/// constant. It reads like Swift Charts' `.value(_:_:)`.
///
/// ```swift
/// BarMark(x: .value("Year", \.year), y: .value("Convictions", \.count))
/// RuleMark(y: .value("Mean", 12.5))
/// ```
public struct PlottableValue<Row> {
    enum Source {
        case keyPath((Row) -> FieldValue)
        case constant(FieldValue)
    }

    /// The label: the axis or legend title, and the column's name.
    public var label: String
    var source: Source
    /// The field's type, when given (`.value("Year", \.year, type: .ordinal)`).
    public var type: FieldType?

    /// The values at `keyPath` in each row, titled `label`.
    public static func value<V: Plottable>(
        _ label: String, _ keyPath: KeyPath<Row, V>, type: FieldType? = nil
    )
        -> PlottableValue
    {
        PlottableValue(label: label, source: .keyPath { $0[keyPath: keyPath].fieldValue }, type: type)
    }

    /// One value for every row (a reference line's level), titled `label`. Inside the
    /// per-row form, `Plot(rows) { row in … }`, it is that row's value.
    public static func value<V: Plottable>(_ label: String, _ constant: V, type: FieldType? = nil) -> PlottableValue {
        PlottableValue(label: label, source: .constant(constant.fieldValue), type: type)
    }

    /// The cell for `row`.
    func cell(_ row: Row) -> FieldValue {
        switch source {
        case let .keyPath(read): read(row)
        case let .constant(v): v
        }
    }

    var isConstant: Bool { constant != nil }

    /// The constant's value, or nil for a key path.
    var constant: FieldValue? { if case let .constant(v) = source { v } else { nil } }
}

/// One mark of the declarative API before it meets the rows: its mark, the values of
/// each channel and the options of their encodings.
public struct MarkLayer<Row> {
    var mark: MarkDefinition
    var values: [Channel: PlottableValue<Row>] = [:]
    var options: [Channel: ChannelEncoding] = [:]

    init(_ type: MarkType, _ values: [Channel: PlottableValue<Row>?]) {
        mark = MarkDefinition(type)
        self.values = values.compactMapValues { $0 }
    }
}
