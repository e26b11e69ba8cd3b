import TIPScene
import TIPStatistics
import TIPLayout

/// One named series of a recipe: a value per category (or year), and its colour when the
/// chart set keeps one colour per country across charts.
struct RecipeSeries {
    var name: String
    var values: [FieldValue]
    var color: Color?
}

extension Plot {
    /// Vertical bars: a band per category in the given order, a bar per series side by
    /// side within it, each labelled with its value. Several series get a legend in their
    /// order; one series takes its colour without a legend.
    ///
    /// - Complexity: O(categories × series).
    static func groupedBars(
        categories: [String], series: [RecipeSeries], categoryTitle: String, valueTitle: String,
        seriesTitle: String, format: ValueFormat, text: ChartText
    ) -> Plot {
        var rows: [[String: FieldValue]] = []
        for s in series {
            for (i, category) in categories.enumerated() {
                rows.append(["category": .text(category), "series": .text(s.name), "value": s.values[i]])
            }
        }
        var x = ChannelEncoding.field("category", type: .ordinal, title: categoryTitle)
        x.sort = .explicit(categories)
        var encoding: [Channel: ChannelEncoding] = [.x: x, .y: valueEncoding(valueTitle, format)]
        var mark = MarkDefinition(.bar)
        if series.count > 1 {
            encoding[.color] = seriesEncoding(series, title: seriesTitle)
            var offset = ChannelEncoding.field("series", type: .nominal, title: seriesTitle)
            offset.sort = .explicit(series.map(\.name))
            encoding[.xOffset] = offset
        } else {
            mark.color = series.first?.color
        }
        var text = text
        text.xAxisTitle = text.xAxisTitle ?? ""
        return Plot(
            data: DataTable(rows: rows, order: ["category", "series", "value"]),
            layers: [Layer(mark: mark, encoding: encoding)], text: text, labelsBars: true)
    }

    /// Lines with a dot at each value, one per series, over every year from the first to
    /// the last as categories: a missing value is a gap, a censored one a hollow dot.
    /// Several series are named at their lines' ends instead of in a legend.
    ///
    /// - Complexity: O(years × series).
    static func yearLines(
        years: [Int], series: [RecipeSeries], yearTitle: String, valueTitle: String, seriesTitle: String,
        format: ValueFormat,
        text: ChartText, periods: [Int: YearRange] = [:]
    ) -> Plot {
        var rows: [[String: FieldValue]] = []
        // Periods ("2015–2019") are ordered categories; years are a time axis.
        let labels = periods.mapValues(\.description)
        let names = years.map { labels[$0] ?? String($0) }
        for s in series {
            for (i, year) in years.enumerated() {
                let x: FieldValue = labels.isEmpty ? .number(Double(year)) : .text(names[i])
                rows.append(["year": x, "series": .text(s.name), "value": s.values[i]])
            }
        }
        var x = ChannelEncoding.field("year", type: labels.isEmpty ? .temporal : .ordinal, title: yearTitle)
        x.sort = .explicit(names)
        var encoding: [Channel: ChannelEncoding] = [.x: x, .y: valueEncoding(valueTitle, format)]
        var mark = MarkDefinition(.line, point: true)
        if series.count > 1 {
            encoding[.color] = seriesEncoding(series, title: seriesTitle)
        } else {
            mark.color = series.first?.color
            encoding[.detail] = .field("series", type: .nominal, title: seriesTitle)
        }
        var plot = Plot(
            data: DataTable(rows: rows, order: ["year", "series", "value"]),
            layers: [Layer(mark: mark, encoding: encoding)], text: text)
        // Several lines carry their names at their ends: no legend to look up.
        plot.labelsLineEnds = series.count > 1
        return plot
    }

    /// The value channel of a recipe, printed in `format`.
    private static func valueEncoding(_ title: String, _ format: ValueFormat) -> ChannelEncoding {
        var y = ChannelEncoding.field("value", type: .quantitative, title: title)
        y.format = format
        return y
    }

    /// The colour of each series in its order: the chart set's colours when every series
    /// has one, else the palette in order.
    private static func seriesEncoding(_ series: [RecipeSeries], title: String) -> ChannelEncoding {
        var color = ChannelEncoding.field("series", type: .nominal, title: title)
        color.sort = .explicit(series.map(\.name))
        let colors = series.compactMap(\.color)
        if colors.count == series.count { color.scale = ScaleOptions(range: colors) }
        return color
    }
}
