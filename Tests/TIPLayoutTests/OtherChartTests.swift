import TIPScene
import Foundation
import Testing
@testable import TIPLayout

struct OtherChartTests {
    @Test func lineBreaksAtMissingValues() {
        let chart = LineChart(
            x: .categories(["2004", "2005", "2006", "2007", "2008"]),
            series: [Series(name: "a", values: [1, 2, .nan, 4, 5])], text: ChartText(title: "t"))
        let lines = chart.scene(size: standardSize, measurer: measurer).flatItems.compactMap {
            if case let .polyline(line, _) = $0 { return line }
            return nil
        }
        #expect(lines.map(\.count) == [2, 2])
        // Category i sits at the centre of its band; consecutive categories are one step apart.
        #expect(abs((lines[1].canvasPoint(0).x - lines[0].canvasPoint(0).x) - 3 * lines[0].scaleX) < 1e-9)
    }

    /// A label from a file may hold control characters; no font draws them, so they are left out.
    @Test func controlCharactersAreNotDrawn() {
        let chart = BarChart(
            categories: ["C\u{1}\u{7F}<b>", "B"], series: [Series(name: "v\u{0}", values: [1, 2])],
            text: ChartText(title: "T\u{1B}itle", source: "S\u{7}"))
        let texts = chart.scene(size: standardSize, measurer: measurer).textRuns.map(\.text)
        #expect(texts.contains("C<b>") && texts.contains("Title") && texts.contains("S"))
        #expect(!texts.contains { $0.unicodeScalars.contains { $0.properties.generalCategory == .control } })
    }

    @Test func aMillionPointsAreDecimatedToTheCanvasWithoutMarkers() {
        let n = 1_000_000
        let xs = (0..<n).map(Double.init)
        let ys = xs.map { ($0.truncatingRemainder(dividingBy: 1000)) }
        let chart = LineChart(
            x: .values(xs, format: .count), series: [Series(name: "a", values: ys)], text: ChartText(title: "t"))
        let scene = chart.scene(size: standardSize, measurer: measurer)
        let lines = scene.flatItems.compactMap { item -> Polyline? in
            if case let .polyline(line, _) = item { return line }
            return nil
        }
        // M4: at most four points per half-point column, keeping the ends and the extremes.
        #expect(lines.count == 1 && lines[0].count <= 4 * (2 * Int(standardSize.width) + 2))
        #expect(lines[0].xs.first == 0 && lines[0].xs.last == Double(n - 1))
        #expect(lines[0].ys.min() == 0 && lines[0].ys.max() == 999)
        let circles = scene.flatItems.filter { if case .path = $0 { return true } else { return false } }
        #expect(circles.count < 50, "no per-point markers")
        let first = lines[0].canvasPoint(0), last = lines[0].canvasPoint(lines[0].count - 1)
        #expect(first.x < last.x)
    }

    @Test func histogramBarsAreAdjacentAndMarkersDoNotCollide() {
        let chart = HistogramChart(
            edges: [2.5, 3.5, 4.5, 5.5, 6.5, 7.5], counts: [3, 0, 2, 4, 5],
            markers: [ReferenceLine(value: 5.9, label: "Mean 5.9"), ReferenceLine(value: 6, label: "Median 6")],
            text: ChartText(title: "Sentences"))
        let scene = chart.scene(size: standardSize, measurer: measurer)
        let bars = scene.rects(filled: theme.color(0))
        #expect(bars.count == 4)
        #expect(scene.layoutProblems().isEmpty, "\(scene.layoutProblems())")
        let xLabels = scene.textRuns.filter {
            $0.anchor == .middle && Int($0.text) != nil && $0.position.y > bars[0].maxY
        }.map(\.text)
        #expect(xLabels.allSatisfy { Int($0).map { (3...7).contains($0) } ?? false }, "\(xLabels)")
    }

    @Test func donutSharesAddUpAndTotalIsShown() {
        let chart = DonutChart(
            slices: [DonutSlice(label: "Labour", value: 87), DonutSlice(label: "Sexual exploitation", value: 25)],
            centerLabel: "victims", text: ChartText(title: "Victims"))
        let scene = chart.scene(size: standardSize, measurer: measurer)
        let texts = scene.texts()
        #expect(texts.contains("77.7%") && texts.contains("22.3%") && texts.contains("112"))
        #expect(texts.contains("Labour: 87 (77.7%)"))
        var sweep = 0.0
        for item in scene.flatItems {
            if case let .path(path, _) = item, case let .arc(_, _, start, end) = path.elements.first {
                sweep += end - start
            }
        }
        #expect(abs(sweep - 2 * .pi) < 1e-9)
        #expect(scene.layoutProblems().isEmpty)
    }

    @Test func dotChartPlacesDotsOnTheScale() {
        let chart = DotChart(categories: ["a", "b", "c"], values: [5, 10, 0], text: ChartText(title: "t"))
        let scene = chart.scene(size: standardSize, measurer: measurer)
        let centers = scene.flatItems.compactMap { item -> Double? in
            if case let .path(path, _) = item, case let .arc(center, 5, _, _) = path.elements.first { return center.x }
            return nil
        }
        #expect(centers.count == 3)
        #expect(abs((centers[1] - centers[2]) - 2 * (centers[0] - centers[2])) < 1e-9)
        #expect(scene.layoutProblems().isEmpty)
    }

    @Test func flowDiagramDrawsEveryLinkOnce() {
        let chart = FlowDiagram(
            columns: [["A", "B"], ["Hub"], ["X", "Y"]],
            links: [
                FlowLink(from: "A", to: "Hub", group: "in"), FlowLink(from: "B", to: "Hub", group: "in"),
                FlowLink(from: "Hub", to: "X", group: "out"), FlowLink(from: "Hub", to: "X", group: "onward"),
                FlowLink(from: "Nowhere", to: "Hub", group: "in"),
            ],
            groups: ["in", "onward", "out"], text: ChartText(title: "Routes"))
        let scene = chart.scene(size: standardSize, measurer: measurer)
        let curves = scene.flatItems.filter {
            if case let .path(path, _) = $0,
                path.elements.contains(where: { if case .curve = $0 { true } else { false } })
            {
                return true
            }
            return false
        }
        #expect(curves.count == 4, "the link to an unknown node is skipped")
        #expect(scene.layoutProblems().isEmpty)
        #expect(scene.summary.contains("in: A to Hub, B to Hub"))
    }
}

struct MalformedChartTests {
    /// Decoding runs the initialisers' checks: a mismatched chart is a DecodingError. A value
    /// made invalid by mutating its public fields still draws its problem instead of trapping.
    @Test func decodedChartsWithMismatchedLengthsDrawTheirProblem() throws {
        let bar =
            #"{"categories":["a","b"],"series":[{"name":"s","values":[1]}],"orientation":"vertical","mode":"grouped","#
            + #""valueFormat":{"count":{}},"showsValueLabels":true,"colorsByCategory":false,"annotatesChange":false,"#
            + #""text":{"title":"t"}}"#
        let error = #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(BarChart.self, from: Data(bar.utf8))
        }
        #expect("\(error.map { "\($0)" } ?? "")".contains("series 's' has 1 values for 2 categories"))
        var chart = BarChart(categories: ["a"], series: [Series(name: "s", values: [1])], text: ChartText(title: "t"))
        chart.categories.append("b")
        #expect(chart.problems == [ChartProblem(.mismatchedLengths, "series 's' has 1 values for 2 categories")])
        let scene = chart.scene(size: standardSize, measurer: measurer)
        #expect(scene.texts().joined(separator: " ").contains("This chart cannot be drawn"))
        let histogram = HistogramChart(edges: [], counts: [], text: ChartText(title: "empty"))
        #expect(histogram.problems.isEmpty)
        var bad = histogram
        bad.edges = [0, 1]
        #expect(bad.problems.count == 1)
        #expect(!bad.scene(size: standardSize, measurer: measurer).textRuns.isEmpty)
    }
}
