import Testing
import TIPScene
@testable import TIPLayout

/// A chart with data draws at least one mark per series: the layout checker's mark rule, and
/// the line chart's isolated points and censored values that once vanished.
struct SeriesMarkTests {
    static let size = Size(width: 800, height: 500)

    /// A line over `values` (nil missing, the `censored` indices bounds) by category.
    static func line(_ values: [Double?], censored: Set<Int> = [], points: Bool = false) -> Plot {
        let rows: [[String: FieldValue]] = values.enumerated().map { i, v in
            let cell: FieldValue = v.map { censored.contains(i) ? .censored($0) : .number($0) } ?? .missing
            return ["category": .text(String(2000 + i)), "value": cell]
        }
        var x = ChannelEncoding.field("category", type: .ordinal)
        x.sort = .dataOrder
        return Plot(
            data: DataTable(rows: rows),
            layers: [
                Layer(
                    mark: MarkDefinition(.line, point: points),
                    encoding: [.x: x, .y: .field("value", type: .quantitative, title: "Isolated")])
            ], text: ChartText(title: "t", source: "Source: t"))
    }

    /// Every other value missing: each point is isolated, so no line segment can show it.
    static func alternating(_ count: Int, points: Bool) -> Plot {
        let values: [Double?] = (0..<count).map { i -> Double? in i % 2 == 0 ? Double(i % 7 + 1) : nil }
        return line(values, points: points)
    }

    static func markers(_ scene: Scene) -> Int {
        scene.flatItems.reduce(0) { count, item in
            switch item {
            case let .path(path, _) where path.elements.contains { if case .arc = $0 { true } else { false } }:
                count + 1
            case let .markers(set): count + set.points.count
            default: count
            }
        }
    }

    @Test(arguments: [10, 199, 201, 400, 5_001])
    func isolatedPointsAreAlwaysDrawn(_ count: Int) throws {
        for showsMarkers in [true, false] {
            let plot = Self.alternating(count, points: showsMarkers)
            let scene = try plot.checkedScene(size: Self.size, theme: .standard, measurer: measurer)
            #expect(Self.markers(scene) >= (count + 1) / 2, "\(count) points, markers \(showsMarkers)")
            #expect(scene.unmarkedSeries(plot.seriesMarkKeys(theme: .standard)).isEmpty)
        }
    }

    @Test func censoredValuesOfALongSeriesAreDrawn() throws {
        let values = (0..<500).map { Double($0 % 9 + 1) }
        let scene = Self.line(values, censored: [250]).scene(size: Self.size, theme: .standard, measurer: measurer)
        #expect(Self.markers(scene) == 1, "the censored value's hollow marker")
        #expect(scene.texts().contains("<" + ValueFormat.count.string(values[250])))
    }

    @Test func theRuleFindsASeriesWithNoMark() {
        let theme = Theme.standard
        let keys = [
            SeriesMarkKey(name: "Drawn", color: theme.color(0), hasData: true),
            SeriesMarkKey(name: "Lost", color: theme.color(1), hasData: true),
            SeriesMarkKey(name: "Empty", color: theme.color(2), hasData: false),
        ]
        // A legend swatch in the lost series' colour does not count as a mark.
        let scene = Scene(
            size: Self.size, background: .white, title: "t", summary: "",
            items: [
                .rect(Rect(x: 10, y: 10, width: 100, height: 50), .filled(theme.color(0))),
                .rect(Rect(x: 10, y: 80, width: 10, height: 10), .filled(theme.color(1))),
                .text(
                    TextRun(
                        "Lost", at: Point(x: 25, y: 90), font: theme.valueLabelFont, color: theme.textColor,
                        metrics: TextMetrics(width: 20, ascent: 8, descent: 2))),
            ])
        #expect(scene.unmarkedSeries(keys) == ["Lost"])
    }

    /// Charts whose scenes drew nothing now fail with a message instead.
    @Test func aChartThatWouldDrawNothingThrows() {
        let huge = seriesBars(["2020"], [("n", [1e308])])
        let error = #expect(throws: ChartError.self) {
            _ = try huge.checkedScene(size: Self.size, theme: .standard, measurer: measurer)
        }
        #expect(error?.problems.map(\.kind) == [.overflow], "\(String(describing: error?.problems))")
        #expect(error?.description.contains("too large to draw") == true)
        let tiny = seriesBars(["a", "b"], [("n", [0, subnormal("1e-310")])])
        #expect(throws: ChartError.self) {
            _ = try tiny.checkedScene(size: Self.size, theme: .standard, measurer: measurer)
        }
    }

    /// Large values of both signs once made the axis −∞…∞ (headroom was multiplied before
    /// dividing): every bar and tick was NaN.
    @Test(arguments: [[2.2e307, -1], [1e307, -1.2e307], [1.1e307, -1.1e307], [2.2e307, 0]] as [[Double]])
    func largeValuesOfBothSignsDraw(_ values: [Double]) throws {
        let chart = seriesBars(values.indices.map(String.init), [("n", values)])
        let scene = try chart.checkedScene(size: Self.size, theme: .standard, measurer: measurer)
        #expect(scene.layoutProblems().isEmpty, "\(scene.layoutProblems())")
        let bars = scene.rects(filled: Theme.standard.color(0))
        #expect(bars.count == values.count)
        #expect(bars.allSatisfy { $0.x.isFinite && $0.y.isFinite && $0.height.isFinite && $0.height >= 0 })
        #expect(bars.map(\.height).max() ?? 0 > 100, "the largest bar is tall")
    }
}

/// A subnormal double from its decimal text, as NumPy parses it (a literal would warn).
private func subnormal(_ text: String) -> Double { Double(text) ?? .nan }
