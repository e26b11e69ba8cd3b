import Foundation

/// The lines of `Fixtures/<name>` beside the tests.
func fixtureLines(_ name: String, file: String = #filePath) throws -> [Substring] {
    let url = URL(fileURLWithPath: file).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/" + name)
    return try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
}

import TIPLayout

/// A bar plot of named series over categories, as the old chart types took them: one row
/// per category and series, the series side by side (`grouped`), stacked, or stacked to
/// 100 %; horizontal bars put the categories down the side.
func seriesBars(
    _ categories: [String], _ series: [(String, [Double])], stack: StackMode? = .none, horizontal: Bool = false,
    format: ValueFormat? = nil, title: String = "t"
) -> Plot {
    var rows: [[String: FieldValue]] = []
    for (name, values) in series {
        for (i, c) in categories.enumerated() {
            rows.append(["category": .text(c), "series": .text(name), "value": .number(values[i])])
        }
    }
    var band = ChannelEncoding.field("category", type: .ordinal, title: "")
    band.sort = .explicit(categories)
    var value = ChannelEncoding.field("value", type: .quantitative, title: "n")
    value.format = format
    var encoding: [Channel: ChannelEncoding] = horizontal ? [.y: band, .x: value] : [.x: band, .y: value]
    if series.count > 1 {
        var color = ChannelEncoding.field("series", type: .nominal, title: "")
        color.sort = .explicit(series.map(\.0))
        encoding[.color] = color
        if stack == StackMode.none {
            encoding[horizontal ? .yOffset : .xOffset] = color
        } else {
            encoding[horizontal ? .x : .y]?.stack = stack
        }
    }
    return Plot(
        data: DataTable(rows: rows), layers: [Layer(mark: MarkDefinition(.bar), encoding: encoding)],
        text: ChartText(title: title, source: "Source: test"), labelsBars: true)
}
