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
    /// Text categories keep the order in which the rows give them.
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
        var fields: [(name: String, cells: [FieldValue])] = []
        for channel in mark.values.keys.sorted() {
            guard let cells = columns[channel] else { continue }
            var name = mark.values[channel]?.label ?? channel.rawValue
            // The same values under the same label (a bar's category and its colour) are
            // one field, so the grammar sees that the colour repeats the band.
            if let same = fields.first(where: { $0.name == name }) {
                if same.cells == cells {
                    names[channel] = name
                    continue
                }
                name += " (\(channel.rawValue))"
            }
            fields.append((name, cells))
            names[channel] = name
        }
        // One column per distinct field, all read from the same rows.
        let data = DataTable(validFields: fields.map(\.name), columns: fields.map { Column($0.cells) })
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
            // Text categories keep the order of the rows, as in Swift Charts (a JSON spec
            // sorts them ascending, as Vega-Lite does); numbers and years sort as numbers.
            if e.sort == nil, let cells = columns[channel], cells.contains(where: isText),
                cells.allSatisfy({ isText($0) || $0 == .missing })
            {
                e.sort = .dataOrder
            }
            encoding[channel] = e
        }
        for (channel, e) in mark.options where encoding[channel] == nil { encoding[channel] = e }
        return Layer(data: data, mark: mark.mark, encoding: encoding)
    }
}

/// Whether `cell` is text.
private func isText(_ cell: FieldValue) -> Bool { if case .text = cell { true } else { false } }
