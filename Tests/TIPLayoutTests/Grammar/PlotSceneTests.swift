import Testing
import TIPScene
import TIPStatistics
@testable import TIPLayout

/// Scenes of plots: geometry against the data, the layout checker, the mark rule, errors.
struct PlotSceneTests {
    static let sizes = [Size(width: 400, height: 300), Size(width: 800, height: 500), Size(width: 1600, height: 900)]

    @Test(arguments: samplePlots.map(\.0))
    func passesTheLayoutCheckerAndTheMarkRule(name: String) throws {
        let plot = try #require(samplePlots.first { $0.0 == name }?.1)
        #expect(plot.problems.isEmpty, "\(plot.problems)")
        for size in Self.sizes {
            let scene = try plot.checkedScene(size: size, theme: theme, measurer: measurer)
            #expect(scene.layoutProblems().isEmpty, "\(name) at \(size): \(scene.layoutProblems())")
            #expect(!scene.textRuns.contains { $0.text == "Source: test" } == false, "\(name): no source line")
        }
    }

    @Test func barHeightsAreProportionalAndStacksAddUp() throws {
        struct R { var year: Int; var kind: String; var n: Int }
        let rows = [R(year: 2006, kind: "a", n: 10), R(year: 2006, kind: "b", n: 30), R(year: 2007, kind: "a", n: 20)]
        let plot = Plot(rows) {
            BarMark(x: .value("Year", \.year), y: .value("N", \.n)).foregroundStyle(by: .value("Kind", \.kind))
        }.title("t")
        let scene = plot.scene(size: standardSize, theme: theme, measurer: measurer)
        let a = scene.rects(filled: theme.color(0)).filter { $0.width > 20 }
        let b = scene.rects(filled: theme.color(1)).filter { $0.width > 20 }
        #expect(a.count == 2 && b.count == 1)
        // 2006: a (10) at the bottom, b (30) on top of it; 2007: a (20).
        let unit = a[0].height / 10
        #expect(abs(b[0].height - 30 * unit) < 1e-9)
        #expect(abs(a[1].height - 20 * unit) < 1e-9)
        #expect(abs(b[0].maxY - a[0].minY) < 1e-9)
        // Years are categories: two bands, no "2006.5".
        #expect(!scene.textRuns.contains { $0.text.contains(".5") })
        // Counts get integer ticks.
        #expect(
            scene.textRuns.allSatisfy {
                Double($0.text.replacingOccurrences(of: ",", with: "")).map { $0 == $0.rounded() } ?? true
            })
    }

    @Test func normalisedStacksFillTheAxis() throws {
        let plot = try #require(samplePlots.first { $0.0 == "normalised bars" }?.1)
        let compiled = try plot.compile()
        let layer = try #require(compiled.layers.first)
        var tops: [String: Double] = [:]
        for row in 0..<layer.rowCount {
            let year = layer[.x]?.cell(row)?.label ?? ""
            tops[year] = max(tops[year] ?? 0, layer[.y2]?.cell(row)?.number ?? 0)
        }
        for (_, top) in tops { #expect(abs(top - 100) < 1e-9) }
    }

    @Test func keyPathAndPerRowFormsBuildTheSamePlot() {
        let byKeyPath = Plot(countRows) {
            BarMark(x: .value("Year", \.year), y: .value("Victims", \.victims))
                .foregroundStyle(by: .value("Country", \.country))
        }
        let perRow = Plot(countRows) { row in
            BarMark(x: .value("Year", row.year), y: .value("Victims", row.victims))
                .foregroundStyle(by: .value("Country", row.country))
        }
        #expect(byKeyPath == perRow)
    }

    @Test func censoredBarsAreDashedOutlines() {
        let plot = try? #require(samplePlots.first { $0.0 == "stacked bars" }?.1)
        let scene = plot?.scene(size: standardSize, theme: theme, measurer: measurer)
        let dashed = scene?.flatItems.filter {
            if case let .rect(_, style) = $0 { return style.stroke?.dash.isEmpty == false }
            return false
        }
        #expect(dashed?.count == 1)
        // Side by side, the censored bar is labelled "<5" above it.
        let grouped = samplePlots.first { $0.0 == "grouped bars" }?.1
        let groupedScene = grouped?.scene(size: standardSize, theme: theme, measurer: measurer)
        #expect(groupedScene?.textRuns.contains { $0.text == "<5" } == true)
    }

    @Test func logScaleTicksArePowersOfTen() throws {
        let plot = try #require(samplePlots.first { $0.0 == "log line" }?.1)
        let scene = plot.scene(size: standardSize, theme: theme, measurer: measurer)
        let labels = Set(scene.textRuns.map(\.text))
        #expect(labels.isSuperset(of: ["10", "100", "1,000"]))
    }

    @Test func problemsNameTheJSONPath() {
        struct R { var v: Double }
        let log = Plot([R(v: 0), R(v: 3)]) { PointMark(x: .value("V", \.v), y: .value("W", \.v)) }.yScale(.log)
        #expect(
            log.problems.map(\.message) == [
                "encoding.y.scale: a log scale cannot show 0 (row 1); filter out values ≤ 0 or use symlog"
            ])
        let unknown = Plot(
            data: DataTable(rows: [["a": 1]]),
            layers: [Layer(mark: MarkDefinition(.bar), encoding: [.x: .field("a"), .y: .field("b")])])
        #expect(unknown.problems.first?.message == "encoding.y.field: no field named 'b' (the fields are a)")
        #expect(throws: ChartError.self) {
            try unknown.checkedScene(size: standardSize, theme: theme, measurer: measurer)
        }
        let empty = Plot(layers: [])
        #expect(empty.problems.first?.message.contains("at least one mark") == true)
    }

    @Test(arguments: [Double.nan, .infinity, -.infinity, 1e308, -1e308, 5e-324, 0, -0.0])
    func hostileValuesNeverTrap(value: Double) throws {
        struct R { var year: Int; var v: Double }
        let plot = Plot([R(year: 2006, v: value), R(year: 2007, v: 1)]) {
            BarMark(x: .value("Year", \.year), y: .value("V", \.v))
            LineMark(x: .value("Year", \.year), y: .value("V", \.v))
        }.title("Hostile")
        for size in Self.sizes + [Size(width: 0, height: 0), Size(width: 1e308, height: .nan)] {
            let scene = plot.scene(size: size, theme: theme, measurer: measurer)
            #expect(scene.size.width.bitPattern == size.width.bitPattern)
        }
        if plot.problems.isEmpty {
            let scene = try plot.checkedScene(size: standardSize, theme: theme, measurer: measurer)
            #expect(scene.layoutProblems().isEmpty)
        }
    }

    @Test func emptyRowsDrawAnEmptyPlotWithoutTrapping() {
        let plot = Plot([CountRow]()) { BarMark(x: .value("Year", \.year), y: .value("Victims", \.victims)) }.title(
            "None")
        let scene = plot.scene(size: standardSize, theme: theme, measurer: measurer)
        #expect(scene.layoutProblems().isEmpty)
    }
}

/// Small multiples: a panel per value, shared or free y axes.
struct FacetTests {
    @Test func onePanelPerValueWithASharedAxis() throws {
        let plot = try #require(samplePlots.first { $0.0 == "facets" }?.1)
        let scene = plot.scene(size: standardSize, theme: theme, measurer: measurer)
        let texts = scene.textRuns.map(\.text)
        for country in ["Kazakhstan", "Kyrgyzstan"] { #expect(texts.filter { $0 == country }.count >= 1) }
        // The shared axis: every panel is labelled up to the largest value of any panel.
        #expect(texts.filter { $0 == "2,000" }.count == 3)
    }

    @Test func freeAxesFitEachPanel() throws {
        let plot = try #require(samplePlots.first { $0.0 == "facets with free y" }?.1)
        let texts = plot.scene(size: standardSize, theme: theme, measurer: measurer).textRuns.map(\.text)
        #expect(texts.filter { $0 == "2,000" }.count == 1, "only Bosnia's panel reaches 2,000")
    }
}

/// The mark rule sees a reference rule in the colour it is drawn in.
struct RuleMarkKeyTests {
    @Test func aLoneRuleOverGreenBarsIsFoundByTheMarkRule() throws {
        struct R { var year: Int; var n: Int }
        let plot = Plot([R(year: 2006, n: 1), R(year: 2007, n: 19)]) {
            BarMark(x: .value("Year", \.year), y: .value("N", \.n)).foregroundStyle(theme.color(2))
            RuleMark(y: .value("Mean", 10))
        }.title("t")
        let scene = try plot.checkedScene(size: standardSize, theme: theme, measurer: measurer)
        #expect(scene.unmarkedSeries(plot.seriesMarkKeys(theme: theme)).isEmpty)
        #expect(plot.seriesMarkKeys(theme: theme).map(\.color).contains(theme.mutedTextColor))
    }
}

/// Options the layout does not carry out are refused with their path.
struct UnsupportedOptionTests {
    @Test func reversedScalesAndSortingByAnotherChannelAreRefused() {
        let data = DataTable(rows: [["a": "x", "b": 1]])
        var reversed = ChannelEncoding.field("b")
        reversed.scale = ScaleOptions(reverse: true)
        let r = Plot(
            data: data, layers: [Layer(mark: MarkDefinition(.bar), encoding: [.x: .field("a"), .y: reversed])])
        #expect(r.problems.first?.message == "encoding.y.scale.reverse: reversed scales are not supported yet")
        var sorted = ChannelEncoding.field("a")
        sorted.sort = .byChannel(.y, descending: true)
        let s = Plot(data: data, layers: [Layer(mark: MarkDefinition(.bar), encoding: [.x: sorted, .y: .field("b")])])
        #expect(s.problems.first?.message.hasPrefix("encoding.x.sort: sorting by another channel") == true)
    }
}
