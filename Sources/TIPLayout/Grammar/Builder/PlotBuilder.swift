/// Collects the marks of a ``Plot`` written as a block, as Swift Charts' `ChartContentBuilder`
/// does: marks, `if`, `if`/`else` and `for` loops.
@resultBuilder
public enum PlotBuilder<Row> {
    /// A mark.
    public static func buildExpression<M: MarkContent>(_ mark: M) -> [MarkLayer<Row>] where M.Row == Row {
        [mark.layer]
    }
    /// Marks in order.
    public static func buildBlock(_ parts: [MarkLayer<Row>]...) -> [MarkLayer<Row>] { parts.flatMap { $0 } }
    /// An `if` without `else`.
    public static func buildOptional(_ part: [MarkLayer<Row>]?) -> [MarkLayer<Row>] { part ?? [] }
    /// The `if` branch.
    public static func buildEither(first: [MarkLayer<Row>]) -> [MarkLayer<Row>] { first }
    /// The `else` branch.
    public static func buildEither(second: [MarkLayer<Row>]) -> [MarkLayer<Row>] { second }
    /// A `for` loop.
    public static func buildArray(_ parts: [[MarkLayer<Row>]]) -> [MarkLayer<Row>] { parts.flatMap { $0 } }
}

extension Plot {
    /// A plot of your rows: each mark reads them through key paths.
    ///
    /// ```swift
    /// Plot(convictions) {
    ///     BarMark(x: .value("Year", \.year), y: .value("Convictions", \.count))
    ///         .foregroundStyle(by: .value("Country", \.country))
    ///     RuleMark(y: .value("Mean", 12))
    /// }
    /// ```
    ///
    /// Each mark becomes a layer holding one typed column per channel, named by its label.
    ///
    /// - Complexity: O(rows × channels).
    public init<Data: Sequence>(_ rows: Data, @PlotBuilder<Data.Element> content: () -> [MarkLayer<Data.Element>]) {
        let rows = Array(rows)
        self.init(layers: content().map { Self.layer($0, rows: rows) })
    }

    /// A plot of your rows written as Swift Charts writes it: the block runs once per row
    /// and each mark it returns plots that row's values.
    ///
    /// ```swift
    /// Plot(convictions) { row in
    ///     BarMark(x: .value("Year", row.year), y: .value("Convictions", row.count))
    /// }
    /// ```
    ///
    /// The i-th mark of every row makes up layer i.
    ///
    /// - Complexity: O(rows × marks × channels).
    public init<Data: Sequence>(
        _ rows: Data, @PlotBuilder<Data.Element> content: (Data.Element) -> [MarkLayer<Data.Element>]
    ) {
        var perLayer: [(template: MarkLayer<Data.Element>, cells: [[Channel: FieldValue]])] = []
        for row in rows {
            for (i, mark) in content(row).enumerated() {
                let cells = mark.values.mapValues { $0.cell(row) }
                if i < perLayer.count { perLayer[i].cells.append(cells) } else { perLayer.append((mark, [cells])) }
            }
        }
        self.init(
            layers: perLayer.map { template, cells in
                var columns: [Channel: [FieldValue]] = [:]
                for c in template.values.keys { columns[c] = cells.map { $0[c] ?? .missing } }
                return Self.layer(template, columns: columns)
            })
    }

    /// A layer of `mark` over `rows`: a column per channel whose value is a key path, a
    /// datum per constant.
    static func layer<Row>(_ mark: MarkLayer<Row>, rows: [Row]) -> Layer {
        var columns: [Channel: [FieldValue]] = [:]
        var data = mark
        for (channel, value) in mark.values {
            if value.isConstant { continue }
            columns[channel] = rows.map(value.cell)
        }
        data.values = mark.values
        return layer(data, columns: columns)
    }

    /// A layer whose channels in `columns` read fields, the others constants.
    static func layer<Row>(_ mark: MarkLayer<Row>, columns: [Channel: [FieldValue]]) -> Layer {
        var names: [Channel: String] = [:]
        var used = Set<String>()
        for channel in mark.values.keys.sorted() where columns[channel] != nil {
            var name = mark.values[channel]?.label ?? channel.rawValue
            if used.contains(name) { name += " (\(channel.rawValue))" }
            used.insert(name)
            names[channel] = name
        }
        let order = names.sorted { $0.key < $1.key }
        // One column per channel, all read from the same rows, under distinct names.
        let data = DataTable(
            validFields: order.map(\.value), columns: order.map { Column(columns[$0.key] ?? []) })
        var encoding: [Channel: ChannelEncoding] = [:]
        for (channel, value) in mark.values {
            var e = mark.options[channel] ?? ChannelEncoding()
            if let name = names[channel] {
                e.field = name
            } else if let constant = value.constant {
                e.datum = constant
            }
            e.type = e.type ?? value.type
            e.title = e.title ?? value.label
            encoding[channel] = e
        }
        for (channel, e) in mark.options where encoding[channel] == nil { encoding[channel] = e }
        return Layer(data: data, mark: mark.mark, encoding: encoding)
    }
}
