import TIPScene
import TIPLayout
import Testing

/// For every chart type with a legend: each legend entry's swatch has the colour of that
/// series' marks. Series carry their own colours here, as the user-data charts give each
/// country one colour across a report; the legend once numbered swatches per chart and
/// named the wrong country whenever a chart lacked a country listed earlier in the file.
struct LegendColorTests {
    static let kazakhstan = Color(hex: 0xD55E00)
    static let kyrgyzstan = Color(hex: 0x009E73)
    static let series: [(name: String, values: [Double], color: Color)] = [
        ("Kazakhstan", [1, 19, 7], kazakhstan), ("Kyrgyzstan", [4, 2, 9], kyrgyzstan),
    ]

    /// Legend entries as (label, swatch colour): a filled square followed by its label.
    static func legend(_ scene: Scene, names: [String]) -> [String: Color] {
        var found: [String: Color] = [:]
        let items = scene.flatItems
        for (index, item) in items.enumerated().dropFirst() {
            guard case let .text(run) = item, names.contains(run.text),
                case let .rect(rect, style) = items[index - 1], abs(rect.width - rect.height) < 0.01,
                let fill = style.fill
            else { continue }
            found[run.text] = fill
        }
        return found
    }

    /// Colours of the marks: line strokes and bar fills.
    static func markColors(_ scene: Scene) -> Set<Color> {
        Set(
            scene.flatItems.compactMap { item -> Color? in
                switch item {
                case let .polyline(_, stroke): stroke.color
                case let .rect(rect, style) where rect.width != rect.height: style.fill
                default: nil
                }
            })
    }

    static func check(_ chart: any Chart) {
        let scene = chart.scene(size: standardSize, measurer: measurer)
        let legend = legend(scene, names: ["Kazakhstan", "Kyrgyzstan"])
        #expect(legend == ["Kazakhstan": kazakhstan, "Kyrgyzstan": kyrgyzstan], "\(type(of: chart))")
        let marks = markColors(scene)
        #expect(marks.contains(kazakhstan) && marks.contains(kyrgyzstan), "\(type(of: chart)) marks: \(marks)")
    }

    /// The series as a plot of `mark`, each country in its own colour (`scale.range`).
    static func plot(_ mark: MarkType) -> Plot {
        var rows: [[String: FieldValue]] = []
        for s in series {
            for (i, year) in ["2005", "2006", "2007"].enumerated() {
                rows.append(["country": .text(s.name), "year": .text(year), "value": .number(s.values[i])])
            }
        }
        var color = ChannelEncoding.field("country", type: .nominal)
        color.scale = ScaleOptions(range: series.map(\.color))
        var encoding: [Channel: ChannelEncoding] = [
            .x: .field("year", type: .ordinal), .y: .field("value"), .color: color,
        ]
        if mark == .bar { encoding[.xOffset] = .field("country", type: .nominal) }
        return Plot(
            data: DataTable(rows: rows), layers: [Layer(mark: MarkDefinition(mark), encoding: encoding)],
            text: ChartText(title: "t"))
    }

    @Test func lines() { Self.check(Self.plot(.line)) }

    @Test func bars() { Self.check(Self.plot(.bar)) }

    /// Panels of a faceted plot share one legend; a panel that lacks Kazakhstan keeps the
    /// other countries' colours (numbering the palette per panel would shift them).
    @Test func facetedPanels() {
        var rows: [[String: FieldValue]] = []
        for (panel, series) in [("Convictions", Self.series), ("Victims", [Self.series[1]])] {
            for s in series {
                for (i, year) in ["2005", "2006", "2007"].enumerated() {
                    rows.append([
                        "panel": .text(panel), "country": .text(s.name), "year": .text(year),
                        "value": .number(s.values[i]),
                    ])
                }
            }
        }
        var color = ChannelEncoding.field("country", type: .nominal)
        color.scale = ScaleOptions(range: [Self.kazakhstan, Self.kyrgyzstan])
        let plot = Plot(
            data: DataTable(rows: rows),
            layers: [
                Layer(
                    mark: MarkDefinition(.line),
                    encoding: [
                        .x: .field("year", type: .ordinal), .y: .field("value"), .color: color,
                        .facet: .field("panel"),
                    ])
            ], text: ChartText(title: "Panels"))
        Self.check(plot)
    }

    /// Donut and flow legends: the n-th swatch is the colour of the n-th slice or link group.
    @Test func donutAndFlowLegendsMatchTheirMarks() {
        struct Slice { var form: String; var n: Int }
        let donut = Plot([Slice(form: "Sexual", n: 87), Slice(form: "Labour", n: 25)]) {
            SectorMark(angle: .value("n", \.n), innerRadius: .ratio(0.5)).foregroundStyle(by: .value("Form", \.form))
        }.title("Victims")
        let scene = donut.scene(size: standardSize, theme: theme, measurer: measurer)
        let key = Self.legend(scene, names: ["Sexual", "Labour"])
        // The slices in data order: Sexual first, then Labour, each in its legend colour.
        let slices = scene.flatItems.compactMap { item -> Color? in
            if case let .path(path, style) = item, case .arc? = path.elements.first { return style.fill }
            return nil
        }
        #expect(key.count == 2)
        #expect(slices == [key["Sexual"], key["Labour"]].compactMap { $0 })

        let flow = FlowDiagram(
            columns: [["A"], ["Hub"], ["B"]],
            links: [FlowLink(from: "A", to: "Hub", group: "in"), FlowLink(from: "Hub", to: "B", group: "out")],
            groups: ["in", "out"], text: ChartText(title: "Routes"))
        let flowItems = flow.scene(size: standardSize, measurer: measurer).flatItems
        let legend = Self.legend(Scene(size: standardSize, items: flowItems), names: ["in", "out"])
        let strokes = flowItems.compactMap { item -> Color? in
            if case let .path(_, style) = item, let stroke = style.stroke, style.fill == nil, stroke.width == 2 {
                return stroke.color.withAlpha(1)
            }
            return nil
        }
        #expect(legend.count == 2)
        #expect(strokes.contains(legend["in"] ?? .white) && strokes.contains(legend["out"] ?? .white))
    }
}
