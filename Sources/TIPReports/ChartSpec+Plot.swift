import TIPScene
import TIPStatistics
import TIPLayout
import TIPData

/// A spec's rows pivoted to one cell per category and series.
struct SpecTable {
    var categories: [String]
    var series: [String]
    /// `cells[series][category]`.
    var cells: [[FieldValue]]

    /// Long rows (category, series, value) for a grammar plot, series by series.
    var rows: [[String: FieldValue]] {
        series.indices.flatMap { s in
            categories.indices.map { c in
                ["category": .text(categories[c]), "series": .text(series[s]), "value": cells[s][c]]
            }
        }
    }
}

extension ChartSpec {
    /// The most bins a histogram spec draws: more are thinner than a pixel at any size we allow.
    static let maximumBins = 2_000

    /// The chart the spec describes, as a grammar plot: the one path that Vega-Lite specs and
    /// the report's recipes take. A bar or line spec is pivoted first, so two rows for one
    /// bar are an error rather than a silent stack.
    ///
    /// - Throws: ``SpecError`` naming the JSON path of the field at fault.
    public func chart() throws -> Plot {
        let rows = try dataRows()
        let text = ChartText(
            title: title, subtitle: subtitle, source: source, xAxisTitle: axes?.x?.title,
            yAxisTitle: axes?.y?.title, description: description)
        switch type {
        case .bar, .line:
            let x = try field("x", in: rows), y = try field("y", in: rows)
            let color = try encoding.color.map { _ in try field("color", in: rows) }
            let format = try valueFormat(axes?.y?.format, path: "$.axes.y.format") ?? .count
            let table = try pivot(rows, x: x, y: y, color: color)
            return type == .line
                ? linePlot(table, x: x, y: y, format: format, text: text)
                : try barPlot(table, x: x, y: y, format: format, text: text)
        case .histogram:
            return try histogramPlot(rows, text: text)
        case .donut:
            let label = try field("color", in: rows), theta = try field("theta", in: rows)
            let values = try labelledNumbers(rows, label: label, as: "slice", number: theta)
            var size = ChannelEncoding.field("value", type: .quantitative, title: axes?.y?.title ?? "")
            size.format = try valueFormat(axes?.y?.format, path: "$.axes.y.format") ?? .count
            var slice = ChannelEncoding.field("slice", type: .nominal, title: label)
            slice.sort = .dataOrder
            return Plot(
                data: DataTable(rows: values, order: ["slice", "value"]),
                layers: [
                    Layer(mark: MarkDefinition(.arc, innerRadiusRatio: 0.56), encoding: [.theta: size, .color: slice])
                ], text: text)
        case .dot:
            let category = try field("y", in: rows), value = try field("x", in: rows)
            let values = try labelledNumbers(rows, label: category, as: "category", number: value)
            var y = ChannelEncoding.field("category", type: .nominal, title: category)
            y.sort = .dataOrder
            var x = ChannelEncoding.field("value", type: .quantitative, title: value)
            x.format = try valueFormat(axes?.x?.format, path: "$.axes.x.format") ?? .count
            return Plot(
                data: DataTable(rows: values, order: ["category", "value"]),
                layers: [Layer(mark: MarkDefinition(.point, size: 4.5), encoding: [.x: x, .y: y])], text: text)
        }
    }

    /// One grammar row per spec row: the text of `label` under `name`, and the number of
    /// `number` under "value" (missing when null or absent; other text is an error naming the cell).
    private func labelledNumbers(
        _ rows: [Row], label: String, as name: String, number field: String
    ) throws
        -> [[String: FieldValue]]
    {
        try rows.map { row in
            [
                name: .text(row.fields[label]?.text ?? ""),
                "value": try number(row, field).map(FieldValue.number) ?? .missing,
            ]
        }
    }

    /// Bars of each category, a colour per series: side by side, stacked, or stacked to
    /// 100 %; horizontal bars swap the axes (and their titles). Stacks whose total passes
    /// the largest double are refused.
    private func barPlot(_ table: SpecTable, x: String, y: String, format: ValueFormat, text: ChartText) throws -> Plot
    {
        let horizontal = orientation == .horizontal
        let mode = mode ?? .grouped
        if mode != .grouped, table.series.count > 1 {
            for c in table.categories.indices {
                let total = compensatedSum(table.series.indices.compactMap { table.cells[$0][c].number.map(abs) })
                if !total.isFinite {
                    throw SpecError(
                        file: origin, path: "$.data",
                        reason: "the stacked values add up to more than the largest double-precision number at "
                            + "\(x) = \(table.categories[c])")
                }
            }
        }
        var band = ChannelEncoding.field("category", type: .ordinal, title: x)
        band.sort = .explicit(table.categories)
        var value = ChannelEncoding.field("value", type: .quantitative, title: y)
        value.format = mode == .stackedPercent ? .percent(decimals: 0) : format
        value.stack = mode == .stackedPercent ? .stacked(.normalize) : nil
        var encoding: [Channel: ChannelEncoding] = horizontal ? [.y: band, .x: value] : [.x: band, .y: value]
        if table.series.count > 1 {
            var color = ChannelEncoding.field("series", type: .nominal, title: "")
            color.sort = .explicit(table.series)
            encoding[.color] = color
            if mode == .grouped {
                var offset = ChannelEncoding.field("series", type: .nominal, title: "")
                offset.sort = .explicit(table.series)
                encoding[horizontal ? .yOffset : .xOffset] = offset
            }
        }
        // The category axis is titled only when the spec titles it, as the format always did.
        var words = text
        words.xAxisTitle = text.xAxisTitle ?? ""
        if horizontal { (words.xAxisTitle, words.yAxisTitle) = (text.yAxisTitle, text.xAxisTitle ?? "") }
        return Plot(
            data: DataTable(rows: table.rows, order: ["category", "series", "value"]),
            layers: [Layer(mark: MarkDefinition(.bar), encoding: encoding)], text: words, labelsBars: true)
    }

    /// A line with dots per series over the categories in order; a missing value is a gap
    /// and a censored one a hollow dot.
    private func linePlot(_ table: SpecTable, x: String, y: String, format: ValueFormat, text: ChartText) -> Plot {
        var along = ChannelEncoding.field("category", type: .ordinal, title: x)
        along.sort = .explicit(table.categories)
        var value = ChannelEncoding.field("value", type: .quantitative, title: y)
        value.format = format
        var encoding: [Channel: ChannelEncoding] = [.x: along, .y: value]
        if table.series.count > 1 {
            var color = ChannelEncoding.field("series", type: .nominal, title: "")
            color.sort = .explicit(table.series)
            encoding[.color] = color
        }
        return Plot(
            data: DataTable(rows: table.rows, order: ["category", "series", "value"]),
            layers: [Layer(mark: MarkDefinition(.line, point: true), encoding: encoding)], text: text)
    }

    /// The histogram of the `x` field by the spec's binning rule (Sturges by default), each
    /// bar labelled with its count.
    private func histogramPlot(_ rows: [Row], text: ChartText) throws -> Plot {
        let x = try field("x", in: rows)
        let values = try rows.compactMap { row in try number(row, x) }
        let sample: Sample
        do { sample = try Sample(values) } catch {
            throw SpecError(file: origin, path: "$.data", reason: "\(error)")
        }
        let histogram: Histogram
        do { histogram = try Histogram(sample, binning: try binning()) } catch {
            throw SpecError(file: origin, path: bins == nil ? "$.data" : "$.bins", reason: "\(error)")
        }
        guard histogram.counts.count <= Self.maximumBins else {
            throw SpecError(
                file: origin, path: bins == nil ? "$.data" : "$.bins",
                reason: "\(histogram.counts.count) bins are too many to draw (at most \(Self.maximumBins)); "
                    + "choose wider bins")
        }
        var words = text
        words.xAxisTitle = text.xAxisTitle ?? x
        words.yAxisTitle = text.yAxisTitle ?? "Count"
        var plot = Plot.histogram(
            edges: histogram.edges, counts: histogram.counts, markers: [], text: words, binEndTitle: "To")
        let format = try valueFormat(axes?.x?.format, path: "$.axes.x.format") ?? .number(decimals: 0)
        plot.layers[0].encoding[.x]?.format = format
        return plot
    }
}
