import CDrawingReference
import Dispatch
import Foundation
import TIPCharts

/// The same marks as a scene, drawn by direct cairo calls from C (no chart layer).
final class DrawingReference {
    let ops: [Double]
    let texts: [UnsafeMutablePointer<CChar>?]
    let size: Size

    init(_ scene: Scene) {
        let flat = SceneOps(scene)
        ops = flat.ops
        texts = flat.texts.map { strdup($0) }
        size = scene.size
    }

    deinit { for text in texts { free(text) } }

    /// Bytes written; cairo's libpng writer for PNG, cairo's SVG surface for SVG.
    @discardableResult
    func render(_ format: OutputFormat) -> Int {
        texts.withUnsafeBufferPointer { strings in
            strings.withMemoryRebound(to: UnsafePointer<CChar>?.self) { c in
                Int(
                    ref_render(
                        ops, ops.count, c.baseAddress, format == .svg ? Int32(REF_SVG) : Int32(REF_PNG), size.width,
                        size.height))
            }
        }
    }

    @discardableResult
    func renderParallel(jobs: Int, threads: Int) -> Int {
        texts.withUnsafeBufferPointer { strings in
            strings.withMemoryRebound(to: UnsafePointer<CChar>?.self) { c in
                Int(
                    ref_render_parallel(
                        ops, ops.count, c.baseAddress, size.width, size.height, Int32(jobs), Int32(threads)))
            }
        }
    }
}

enum DrawingWorkloads {
    static let fonts: (String, String) = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("Sources/TIPCairo/Fonts")
        return (
            folder.appendingPathComponent("DejaVuSans.ttf").path,
            folder.appendingPathComponent("DejaVuSans-Bold.ttf").path
        )
    }()

    static let source = "Source: benchmark data (SplitMix64)"

    /// W1: 12 years × 3 measures, grouped, with value labels.
    static let groupedBars: any Chart = {
        let names = ["Investigations", "Prosecutions", "Convictions"]
        let series = names.indices.map { s in
            Series(
                name: names[s],
                values: (0..<12).map { Double(5 + Int(SplitMix64.uniform(seed: UInt64(s), index: UInt64($0)) * 90)) })
        }
        return BarChart(
            categories: (2008..<2020).map(String.init), series: series,
            text: ChartText(title: "Law enforcement, 2008–2019", source: source, yAxisTitle: "Cases"))
    }()

    /// W2: a 30-bin histogram with mean and median lines.
    static let histogram: any Chart = {
        let counts = (0..<30).map { i in Int(1000 * exp(-pow(Double(i) - 12, 2) / 40)) + i % 3 }
        return HistogramChart(
            edges: (0...30).map { Double($0) * 2 }, counts: counts,
            markers: [ReferenceLine(value: 24.3, label: "Mean 24.3"), ReferenceLine(value: 23, label: "Median 23")],
            text: ChartText(title: "Sentence lengths", source: source, xAxisTitle: "Months", yAxisTitle: "Sentences"))
    }()

    /// W3: a donut of six forms of exploitation.
    static let donut: any Chart = DonutChart(
        slices: ["Sexual", "Labour", "Domestic servitude", "Forced begging", "Organ removal", "Other"].enumerated().map
        {
            DonutSlice(label: $1, value: Double([420, 310, 95, 40, 7, 21][$0]))
        },
        centerLabel: "victims", text: ChartText(title: "Victims by form of exploitation", source: source))

    /// W4: a random walk of a million points.
    static let longLine: any Chart = {
        var generator = SplitMix64(seed: 4)
        var level = 0.0
        let ys = (0..<1_000_000).map { _ in
            level += Double(generator.next() % 2001) / 1000 - 1
            return level
        }
        return LineChart(
            x: .values(ys.indices.map(Double.init), format: .count), series: [Series(name: "Walk", values: ys)],
            showsMarkers: false, includesZero: false, text: ChartText(title: "A random walk", source: source))
    }()

    /// W5: 100,000 points in two groups.
    static let scatter: any Chart = {
        let groups = (0..<2).map { g in
            let n = g == 0 ? 80_000 : 20_000
            let xs = (0..<UInt64(n)).map { SplitMix64.uniform(seed: UInt64(10 + g), index: 2 * $0) * 200 }
            let ys = (0..<UInt64(n)).map { i in
                30 + Double(g == 0 ? 0.25 : -0.05) * xs[Int(i)] + 20
                    * SplitMix64.uniform(seed: UInt64(10 + g), index: 2 * i + 1)
            }
            return ScatterChart.Group(name: "Group \(g + 1)", xs: xs, ys: ys)
        }
        return ScatterChart(groups: groups, text: ChartText(title: "100,000 points", source: source))
    }()

    static func run(repetitions: Int) throws -> [Row] {
        guard ref_load_fonts(fonts.0, fonts.1) == 0 else {
            print("The C reference cannot load \(fonts.0)")
            return []
        }
        let renderer = try SceneRenderer()
        let measurer = renderer.textMeasurer
        var rows: [Row] = []
        let standard = Size(width: 800, height: 500), large = Size(width: 1600, height: 900)
        let cases: [(String, any Chart, Size, OutputFormat, String)] = [
            ("W1 grouped bars 800×500, PNG", groupedBars, standard, .png, "≤ 0.6×"),
            ("W1 grouped bars 800×500, SVG", groupedBars, standard, .svg, "≤ 1.3×"),
            ("W2 histogram, PNG", histogram, standard, .png, "≤ 0.6×"),
            ("W2 histogram, SVG", histogram, standard, .svg, "≤ 1.3×"),
            ("W3 donut, PNG", donut, standard, .png, "≤ 0.6×"),
            ("W3 donut, SVG", donut, standard, .svg, "≤ 1.3×"),
            ("W4 line of 10⁶ points 1600×900, PNG", longLine, large, .png, "≤ 0.15×"),
            ("W4 line of 10⁶ points 1600×900, SVG", longLine, large, .svg, "≤ 250 KB"),
            ("W5 scatter of 10⁵ points, PNG", scatter, standard, .png, "≤ 0.5×"),
        ]
        for (name, chart, size, format, target) in cases {
            let scene = chart.scene(size: size, measurer: measurer)
            // The reference draws every mark the chart would draw without decimation: for W4,
            // the full stroke of all 10⁶ points.
            let full = name.hasPrefix("W4") ? undecimated(chart, size: size, measurer: measurer) : scene
            let reference = DrawingReference(full)
            var bytes = 0, referenceBytes = 0
            var row = try paired(
                name, repetitions: name.hasPrefix("W4") || name.hasPrefix("W5") ? max(3, repetitions / 4) : repetitions,
                target: target, referenceName: "direct cairo from C" + (format == .png ? " + libpng" : ""),
                ours: { bytes = try renderer.render(chart.scene(size: size, measurer: measurer), as: format).count },
                reference: { referenceBytes = reference.render(format) })
            row.note = "\(kilobytes(bytes)) vs \(kilobytes(referenceBytes))"
            rows.append(row)
        }
        rows += try concurrency(renderer: renderer, jobs: 200)
        return rows
    }

    /// The line chart's scene with its polylines restored to every point, as a plain chart
    /// layer would draw them.
    static func undecimated(_ chart: any Chart, size: Size, measurer: any TextMeasurer) -> Scene {
        guard let line = chart as? LineChart, case let .values(xs, _) = line.x else {
            return chart.scene(size: size, measurer: measurer)
        }
        var scene = chart.scene(size: size, measurer: measurer)
        scene.items = scene.items.map { item in
            guard case let .polyline(p, stroke) = item else { return item }
            return .polyline(
                Polyline(
                    xs: xs, ys: line.series[0].values, scaleX: p.scaleX, offsetX: p.offsetX, scaleY: p.scaleY,
                    offsetY: p.offsetY), stroke)
        }
        return scene
    }

    /// W6: `jobs` renders of W1 as PNG, serially and on every core, ours and C's.
    static func concurrency(renderer: SceneRenderer, jobs: Int) throws -> [Row] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let measurer = renderer.textMeasurer
        let size = Size(width: 800, height: 500)
        let reference = DrawingReference(groupedBars.scene(size: size, measurer: measurer))
        let one: @Sendable () throws -> Void = {
            _ = try renderer.render(groupedBars.scene(size: size, measurer: measurer), as: .png)
        }
        let serial = try seconds { for _ in 0..<jobs { try one() } }
        let parallel = seconds {
            DispatchQueue.concurrentPerform(iterations: cores) { t in
                for _ in stride(from: t, to: jobs, by: cores) { try? one() }
            }
        }
        let cSerial = seconds { reference.renderParallel(jobs: jobs, threads: 1) }
        let cParallel = seconds { reference.renderParallel(jobs: jobs, threads: cores) }
        return [
            Row(
                workload: "W6 \(jobs) × W1 PNG, serial", ours: serial, reference: cSerial, ratio: serial / cSerial,
                referenceName: "direct cairo from C, serial", target: "–"),
            Row(
                workload: "W6 \(jobs) × W1 PNG, \(cores) threads", ours: parallel, reference: cParallel,
                ratio: parallel / cParallel, referenceName: "direct cairo from C, \(cores) threads", target: "–",
                note: String(format: "speed-up %.2f× (C %.2f×)", serial / parallel, cSerial / cParallel)),
        ]
    }

    static func kilobytes(_ bytes: Int) -> String { String(format: "%.0f KB", Double(bytes) / 1000) }
}
