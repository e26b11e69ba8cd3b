import Testing
import TIPScene
import TIPStatistics
@testable import TIPLayout

/// Value labels of bars: a text channel's label in place of the number, "n/a" at the
/// baseline for a missing value, signs kept, a colour per bar that does not stack.
struct BarLabelTests {
    static func bars(_ rows: [[String: FieldValue]], color: Bool = false) -> Plot {
        var encoding: [Channel: ChannelEncoding] = [
            .y: .field("place", type: .nominal), .x: .field("value", type: .quantitative),
        ]
        if rows.contains(where: { $0["label"] != nil }) { encoding[.text] = .field("label", type: .nominal) }
        if color { encoding[.color] = .field("place", type: .nominal) }
        return Plot(
            data: DataTable(rows: rows), layers: [Layer(mark: MarkDefinition(.bar), encoding: encoding)],
            text: ChartText(title: "t", source: "Source: test"), labelsBars: true)
    }

    @Test func aTextChannelLabelsTheBarAndAMissingValueSaysSo() throws {
        let plot = Self.bars([
            ["place": "A", "value": 35_000, "label": "nearly $35,000"],
            ["place": "B", "value": 12_500],
            ["place": "C", "value": .missing, "label": "n/a"],
        ])
        let scene = try plot.checkedScene(size: standardSize, theme: theme, measurer: measurer)
        let texts = scene.textRuns.map(\.text)
        #expect(texts.contains("nearly $35,000") && texts.contains("12,500") && texts.contains("n/a"))
        #expect(texts.filter { $0 == "35,000" }.count == 1, "the given label replaces the number (a tick remains)")
        #expect(scene.rects(filled: theme.color(0)).count == 2, "no bar for the missing value")
        // "n/a" starts at the baseline, where C's bar would start.
        let na = try #require(scene.textRuns.first { $0.text == "n/a" })
        let a = try #require(scene.rects(filled: theme.color(0)).first)
        #expect(abs(na.bounds.minX - (a.minX + 4)) < 1)
    }

    @Test(arguments: [-30.0, -0.5, 12.0])
    func negativeValuesKeepTheirSign(value: Double) throws {
        var plot = Self.bars([["place": "A", "value": .number(value)], ["place": "B", "value": 40]])
        plot.layers[0].encoding[.x]?.format = .signedPercent(decimals: 1)
        let scene = plot.scene(size: standardSize, theme: theme, measurer: measurer)
        let expected = ValueFormat.signedPercent(decimals: 1).string(value)
        #expect(scene.textRuns.contains { $0.text == expected }, "\(scene.textRuns.map(\.text))")
    }

    @Test func aColourPerBarDoesNotStackAndLabelsSitOutside() throws {
        let plot = Self.bars([["place": "A", "value": 160], ["place": "B", "value": 57]], color: true)
        let compiled = try plot.compile()
        #expect(compiled.layers[0][.x2] == nil, "one bar per band is not a stack")
        let scene = plot.scene(size: standardSize, theme: theme, measurer: measurer)
        let bar = try #require(scene.rects(filled: theme.color(0)).first)
        // The value label, not the axis's tick "160": level with the bar.
        let label = try #require(
            scene.textRuns.first { $0.text == "160" && (bar.minY...bar.maxY).contains($0.position.y) })
        #expect(label.bounds.minX > bar.maxX, "beyond the bar's end, not inside it")
        #expect(!scene.rects(filled: theme.color(1)).isEmpty, "B keeps its own colour")
    }

    @Test func aScaleRangeGivesTheColoursInDomainOrder() throws {
        var plot = Self.bars([["place": "A", "value": 1], ["place": "B", "value": 2]], color: true)
        let red = Color(hex: 0xD55E00), blue = Color(hex: 0x56B4E9)
        plot.layers[0].encoding[.color]?.scale = ScaleOptions(range: [red, blue])
        let scene = plot.scene(size: standardSize, theme: theme, measurer: measurer)
        // Each bar, and no legend: the axis names every colour.
        #expect(scene.rects(filled: red).count == 1 && scene.rects(filled: blue).count == 1)
        #expect(plot.seriesMarkKeys(theme: theme).map(\.color) == [red, blue])
    }

    @Test func anEmptyAxisTitleIsNoTitle() throws {
        var plot = Self.bars([["place": "A", "value": 1]])
        plot.layers[0].encoding[.y]?.title = ""
        let scene = plot.scene(size: standardSize, theme: theme, measurer: measurer)
        #expect(!scene.textRuns.contains { $0.text == "place" })
        #expect(scene.textRuns.contains { $0.text == "value" })
    }
}

/// A composite coloured by its own band field (Swift Charts' habit of colouring each
/// category) once trapped on a duplicate dictionary key; it draws one box or bar per band.
struct CompositeColourTests {
    struct Sentence { var country: String; var years: Double }

    @Test func aBoxPlotAndAnErrorBarColouredByTheirBandFieldDraw() throws {
        let rows = [("A", 1.0), ("A", 3), ("A", 7), ("B", 2), ("B", 4), ("B", 9)].map(Sentence.init)
        let box = Plot(rows) {
            BoxPlotMark(x: .value("Country", \.country), y: .value("Years", \.years))
                .foregroundStyle(by: .value("Country", \.country))
        }.title("t").source("Source: test")
        let error = Plot(rows) {
            ErrorBarMark(x: .value("Country", \.country), y: .value("Years", \.years))
                .foregroundStyle(by: .value("Country", \.country))
        }.title("t").source("Source: test")
        for plot in [box, error] {
            let scene = try plot.checkedScene(size: standardSize, theme: theme, measurer: measurer)
            #expect(scene.layoutProblems().isEmpty, "\(scene.layoutProblems())")
            #expect(plot.dataTable.rows.count == 2, "one row per country: \(plot.dataTable.rows)")
        }
    }
}
