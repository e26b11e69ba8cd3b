import TIPStatistics

extension Plot {
    /// The colour mapping over every layer's colour channel: categories in their sort
    /// order, or a ramp over a quantitative field.
    func colorPlan(_ layers: [PreparedLayer]) throws(PlotError) -> ColorPlan {
        let encodings = layers.compactMap { l in l[.color].map { (l, $0) } }.filter { $0.1.isData }
        guard let first = encodings.first?.1 else { return .none }
        if first.type == .quantitative {
            var lo = Double.infinity, hi = -Double.infinity
            for (layer, e) in encodings {
                for row in 0..<max(1, layer.rowCount) {
                    if let v = e.cell(row)?.number, v.isFinite { lo = min(lo, v); hi = max(hi, v) }
                }
            }
            guard lo <= hi else { return .none }
            let diverging = first.spec.scale?.type == .diverging
            let log = first.spec.scale?.type == .log
            if log, lo <= 0 {
                throw PlotError(
                    path: "encoding.color.scale.type",
                    "a log colour scale needs values above zero, and the smallest is \(plainNumber(lo))")
            }
            return .sequential(
                lower: lo, upper: hi, mid: diverging ? first.spec.scale?.domainMid ?? 0 : nil, title: first.title,
                log: log)
        }
        let cells = encodings.flatMap { layer, e in (0..<layer.rowCount).compactMap { e.cell($0) } }
        return .categorical(
            domain: Plot.orderedCategories(cells, sort: first.spec.sort, scale: first.spec.scale),
            title: first.title, colors: first.spec.scale?.range ?? [])
    }

    /// The categories of `cells` in the channel's order: explicit domain first, else the
    /// sort (ascending by default: numbers as numbers, so years run in time order).
    static func orderedCategories(_ cells: [FieldValue], sort: ChannelSort?, scale: ScaleOptions?) -> [String] {
        var seen = Set<String>()
        var firstSeen: [FieldValue] = []
        for c in cells {
            if case .missing = c { continue }
            if seen.insert(c.label).inserted { firstSeen.append(c) }
        }
        if let domain = scale?.domain {
            return domain.map(\.label) + firstSeen.map(\.label).filter { l in !domain.contains { $0.label == l } }
        }
        switch sort ?? .ascending {
        case .dataOrder: return firstSeen.map(\.label)
        case .ascending, .byChannel: return firstSeen.sorted { compareCells($0, $1) < 0 }.map(\.label)
        case .descending: return firstSeen.sorted { compareCells($0, $1) > 0 }.map(\.label)
        case let .explicit(order):
            let rest = firstSeen.filter { !order.contains($0.label) }.sorted { compareCells($0, $1) < 0 }
            return order.filter(seen.contains) + rest.map(\.label)
        }
    }

    /// A bar or area layer stacked when its colour or detail field splits it (unless its
    /// encoding says `stack: none`, or it is dodged with `xOffset`): each row then reads
    /// its segment's start and end. Normalised stacks are in percent.
    func stackedIfNeeded(_ layer: PreparedLayer, color: ColorPlan) throws(PlotError) -> PreparedLayer {
        guard [.bar, .area].contains(layer.mark.type), layer.isPrimary, layer.partColor == nil else { return layer }
        let value: Channel, group: Channel
        if let x = layer[.x], x.isDiscrete, layer[.y]?.isDiscrete == false {
            (value, group) = (.y, .x)
        } else if let y = layer[.y], y.isDiscrete, layer[.x]?.isDiscrete == false {
            (value, group) = (.x, .y)
        } else if layer.mark.type == .area || layer[.y2] == nil {
            (value, group) = (.y, .x)
        } else {
            return layer
        }
        guard let v = layer[value], case let .column(column) = v.source else { return layer }
        let range: Channel = value == .y ? .y2 : .x2
        // A colour that repeats the band's own field ("a colour per bar") splits nothing.
        let splitBy = [Channel.color, .detail].compactMap { layer[$0] }.filter {
            $0.spec.field != nil && $0.spec.field != layer[group]?.spec.field
        }
        let offset: StackOffset
        switch v.spec.stack {
        case .none?: return layer
        case let .stacked(o)?: offset = o
        case nil:
            guard !splitBy.isEmpty, layer[.xOffset] == nil, layer[.yOffset] == nil, layer[range] == nil else {
                return layer
            }
            offset = .zero
        }
        // Work on a table of the positions only, so that field names cannot clash.
        var columns: [String: Column] = ["value": column]
        // Stacks are per band and per facet panel.
        let g = layer[group].flatMap { $0.isData ? $0 : nil }, panel = layer[.facet]
        if g != nil || panel != nil {
            columns["group"] = Column(
                (0..<layer.rowCount).map { row in
                    .text([g, panel].map { $0?.cell(row)?.label ?? "" }.joined(separator: "\u{1F}"))
                })
        }
        // The order channel ranks segments; without it, the colour legend's order does.
        let ranks = layer.orderRanks()
        let rank: [FieldValue] = (0..<layer.rowCount).map { row in
            if let ranks { return .number(ranks[row]) }
            if let c = layer[.color]?.cell(row), case let .categorical(domain, _, _) = color,
                let i = domain.firstIndex(of: c.label)
            {
                return .number(Double(i))
            }
            return .number(0)
        }
        columns["rank"] = Column(rank)
        let table = try DataTable(columns)
        let out = try Transform.stack(
            field: "value", groupBy: columns["group"] == nil ? [] : ["group"], sortBy: [SortKey("rank")],
            offset: offset, as: "stack"
        ).apply(to: table, path: "encoding.\(value.rawValue).stack")
        guard var start = out["stack"], var end = out["stack_end"] else { return layer }
        if offset == .normalize {
            start = scaled(start, by: 100)
            end = scaled(end, by: 100)
        }
        var stacked = layer
        var valueSpec = v.spec
        if offset == .normalize { valueSpec.format = .percent(decimals: 0) }
        stacked.encoding[value] = ResolvedEncoding(
            source: .column(start), type: .quantitative, spec: valueSpec, title: v.title)
        stacked.encoding[range] = ResolvedEncoding(
            source: .column(end), type: .quantitative, spec: ChannelEncoding(field: "stack_end"), title: nil)
        return stacked
    }

    /// A position axis over every layer: categories when any layer's channel is discrete,
    /// else a continuous range over the channel, its range channel and data.
    func axisPlan(_ channel: Channel, _ layers: [PreparedLayer]) throws(PlotError) -> AxisPlan {
        let range: Channel = channel == .x ? .x2 : .y2
        let main = layers.compactMap { l in l[channel].map { (l, $0) } }.filter { $0.1.isData }
        guard let first = main.first?.1 else { return .none }
        // A plain mark's title names the axis before an error bar's range does.
        let title = (main.filter { $0.0.composite != .errorbar } + main).lazy.compactMap(\.1.title).first
        if main.contains(where: { $0.1.isDiscrete }) {
            let continuous = main.filter { !$0.1.isDiscrete && $0.1.spec.datum == nil }
            if let bad = continuous.first {
                throw PlotError(
                    path: (layers.count > 1 ? "layer[\(bad.0.source)]." : "") + "encoding.\(channel.rawValue)",
                    "the \(channel.rawValue) axis shows categories in one layer and numbers in another; "
                        + "give both the same type")
            }
            let discrete = main.first { $0.1.isDiscrete }?.1 ?? first
            let cells = main.flatMap { layer, e in (0..<max(layer.rowCount, 1)).compactMap { e.cell($0) } }
            return .discrete(
                categories: Plot.orderedCategories(
                    cells, sort: discrete.spec.sort, scale: discrete.spec.scale),
                title: title)
        }
        let scaleSpec = main.lazy.compactMap(\.1.spec.scale).first
        let transform = scaleSpec?.type?.transform ?? .linear
        var lo = Double.infinity, hi = -Double.infinity
        var integers = true
        for (layer, e) in main {
            let encodings = [e] + (layer[range].map { [$0] } ?? [])
            for enc in encodings {
                for row in 0..<max(layer.rowCount, enc.spec.datum != nil ? 1 : 0) {
                    guard let v = enc.cell(row)?.number else { continue }
                    if transform == .log, v <= 0 {
                        throw PlotError(
                            path: (layers.count > 1 ? "layer[\(layer.source)]." : "")
                                + "encoding.\(channel.rawValue).scale",
                            "a log scale cannot show \(plainNumber(v)) (row \(row + 1)); "
                                + "filter out values ≤ 0 or use symlog"
                        )
                    }
                    lo = min(lo, v)
                    hi = max(hi, v)
                    integers = integers && v == v.rounded()
                }
            }
        }
        if let domain = scaleSpec?.domain, domain.count == 2, let a = domain[0].number, let b = domain[1].number {
            (lo, hi) = (min(a, b), max(a, b))
        }
        if lo > hi { (lo, hi) = (0, 1) }
        let binned = main.contains { $0.1.spec.field?.hasPrefix("bin_") == true && $0.0[range] != nil }
        let zero = scaleSpec?.zero ?? (transform.allowsZero && !binned && scaleSpec?.domain == nil)
        let format = main.lazy.compactMap(\.1.spec.format).first ?? (integers ? .count : .number(decimals: 2))
        return .continuous(
            lower: lo, upper: hi, transform: transform, zero: zero, nice: scaleSpec?.nice ?? true, format: format,
            title: title)
    }
}

/// A numeric column with every number multiplied by `factor`.
private func scaled(_ column: Column, by factor: Double) -> Column {
    guard case let .numbers(v, censored) = column else { return column }
    return .numbers(v.map { $0 * factor }, censored: censored)
}
