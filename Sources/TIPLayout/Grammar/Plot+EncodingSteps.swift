import TIPStatistics

extension Plot {
    /// Encoding-level bins: the field is binned (``Transform/bin(field:as:rule:)``), the
    /// channel reads the bin start, and its range channel the bin end.
    func binning(
        _ table: DataTable, _ encoding: [Channel: ChannelEncoding], path: String
    ) throws(PlotError) -> (DataTable, [Channel: ChannelEncoding]) {
        var table = table, encoding = encoding
        for channel in [Channel.x, .y] {
            guard var e = encoding[channel], let bin = e.bin, let field = e.field else { continue }
            let rule: BinningRule
            switch bin {
            case let .rule(r): rule = r
            case let .maxBins(n):
                let column = try table.column(field, path: path + "encoding.\(channel).field")
                let numbers = (0..<table.rowCount).compactMap { column.number($0) }
                guard n >= 1, let lo = numbers.min(), let hi = numbers.max() else {
                    throw PlotError(path: path + "encoding.\(channel).bin", "nothing to bin in '\(field)'")
                }
                let step = TickStep.nice(from: lo, to: hi, count: n)?.value ?? 1
                rule = .fixedWidth(step, origin: 0)
            }
            let name = "bin_\(field)"
            table = try Transform.bin(field: field, as: name, rule: rule).apply(
                to: table, path: path + "encoding.\(channel)")
            e.field = name
            e.bin = nil
            e.type = .quantitative
            e.title = e.title ?? field
            e.scale = e.scale ?? ScaleOptions(zero: false)
            encoding[channel] = e
            encoding[channel == .x ? .x2 : .y2] = ChannelEncoding(field: name + "_end", type: .quantitative)
        }
        return (table, encoding)
    }

    /// Encoding-level aggregates (Vega-Lite's `"aggregate": "sum"` on a channel): rows are
    /// grouped by every other field the layer encodes, and the channel reads the summary.
    func aggregating(
        _ table: DataTable, _ encoding: [Channel: ChannelEncoding], path: String
    ) throws(PlotError) -> (DataTable, [Channel: ChannelEncoding]) {
        let summarised = encoding.filter { $0.value.aggregate != nil }
        guard !summarised.isEmpty else { return (table, encoding) }
        var encoding = encoding
        var groupBy: [String] = []
        for (channel, e) in encoding.sorted(by: { $0.key < $1.key }) where e.aggregate == nil {
            if let f = e.field, !groupBy.contains(f) {
                _ = try table.column(f, path: path + "encoding.\(channel).field")
                groupBy.append(f)
            }
        }
        var fields: [AggregateField] = []
        for (channel, e) in summarised.sorted(by: { $0.key < $1.key }) {
            guard let op = e.aggregate else { continue }
            let f = AggregateField(op, of: e.field)
            if op != .count, e.field == nil {
                throw PlotError(path: path + "encoding.\(channel).aggregate", "'\(op.name)' needs a field")
            }
            fields.append(f)
            var changed = e
            changed.title = e.title ?? (e.field.map { "\(op.name) of \($0)" } ?? "count")
            changed.field = f.name
            changed.aggregate = nil
            changed.type = .quantitative
            encoding[channel] = changed
        }
        let out = try Transform.aggregate(fields, groupBy: groupBy).apply(to: table, path: path + "encoding")
        return (out, encoding)
    }

    /// Each channel's source and type: explicit types as given, others inferred from the values
    /// (``inferredType(name:numbers:)``).
    func resolve(
        _ encoding: [Channel: ChannelEncoding], table: DataTable, path: String
    ) throws(PlotError) -> [Channel: ResolvedEncoding] {
        var out: [Channel: ResolvedEncoding] = [:]
        for (channel, e) in encoding {
            let source: ResolvedEncoding.Source
            var numbers: [Double]?
            if let f = e.field {
                let column = try table.column(f, path: path + "encoding.\(channel.rawValue).field")
                source = .column(column)
                if case let .numbers(v, _) = column { numbers = v }
            } else if let d = e.datum {
                source = .datum(d)
                numbers = d.number.map { [$0] }
            } else {
                source = .value(e.value ?? .missing)
            }
            let name = e.title ?? e.field ?? ""
            var type = e.type ?? inferredType(name: name, numbers: numbers)
            if [.x2, .y2].contains(channel) || channel == .opacity { type = e.type ?? .quantitative }
            if [.detail, .xOffset, .yOffset, .text, .facet, .key].contains(channel), e.type == nil,
                type == .quantitative
            {
                type = channel == .text ? .quantitative : .nominal
            }
            out[channel] = ResolvedEncoding(source: source, type: type, spec: e, title: e.title ?? e.field)
        }
        return out
    }
}
