import TIPScene
import TIPStatistics
import TIPLayout

/// One bar of a recipe's bar chart: its category, value, and optionally its own label and colour group.
struct RecipeBar {
    var category: String
    var value: FieldValue
    /// The label drawn at the bar's end in place of its formatted value ("nearly $35,000").
    var label: String?
}

extension Plot {
    /// Horizontal bars, one per category in the given order from the top, each labelled
    /// with its value. `colorsByCategory` gives each bar its own palette colour (no legend:
    /// the axis names them); else every bar takes the first colour. `categoryTitle` heads
    /// the categories in the data table; the axis names them itself and has no title.
    ///
    /// - Complexity: O(n) in the bars.
    static func horizontalBars(
        _ bars: [RecipeBar], categoryTitle: String, valueTitle: String, format: ValueFormat,
        colorsByCategory: Bool = false,
        text: ChartText
    ) -> Plot {
        var rows: [[String: FieldValue]] = bars.map { ["category": .text($0.category), "value": $0.value] }
        let labelled = bars.contains { $0.label != nil }
        if labelled {
            for i in bars.indices { rows[i]["label"] = bars[i].label.map(FieldValue.text) ?? .missing }
        }
        var y = ChannelEncoding.field("category", type: .nominal, title: categoryTitle)
        y.sort = .explicit(bars.map(\.category))
        var x = ChannelEncoding.field("value", type: .quantitative, title: valueTitle)
        x.format = format
        var encoding: [Channel: ChannelEncoding] = [.x: x, .y: y]
        if labelled { encoding[.text] = .field("label", type: .nominal) }
        if colorsByCategory {
            var color = ChannelEncoding.field("category", type: .nominal)
            color.sort = y.sort
            color.showsGuide = false
            encoding[.color] = color
        }
        var text = text
        text.yAxisTitle = text.yAxisTitle ?? ""
        return Plot(
            data: DataTable(rows: rows, order: ["category", "value"] + (labelled ? ["label"] : [])),
            layers: [Layer(mark: MarkDefinition(.bar), encoding: encoding)], text: text, labelsBars: true)
    }
}
