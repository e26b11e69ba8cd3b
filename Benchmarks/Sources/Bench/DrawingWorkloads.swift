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

    struct Cell { var year: Int; var measure: String; var value: Double }
    struct Slice { var form: String; var victims: Double }
    struct Step { var index: Int; var level: Double }
    struct Case { var group: String; var x: Double; var y: Double }
    struct Bin { var from: Double; var to: Double; var count: Int }

    /// W1: 12 years × 3 measures, grouped, with value labels.
    static let groupedBars: any Chart = {
        let names = ["Investigations", "Prosecutions", "Convictions"]
        let cells = names.indices.flatMap { s in
            (0..<12).map {
                Cell(
                    year: 2008 + $0, measure: names[s],
                    value: Double(5 + Int(SplitMix64.uniform(seed: UInt64(s), index: UInt64($0)) * 90)))
            }
        }
        return Plot(cells) {
            BarMark(x: .value("Year", \.year), y: .value("Cases", \.value))
                .foregroundStyle(by: .value("Measure", \.measure)).position(by: .value("Measure", \.measure))
        }
        .title("Law enforcement, 2008–2019").source(source).labellingBars()
    }()

    /// W2: a 30-bin histogram with mean and median lines.
    static let histogram: any Chart = {
        let counts = (0..<30).map { i in Int(1000 * exp(-pow(Double(i) - 12, 2) / 40)) + i % 3 }
        let bins = counts.indices.map { Bin(from: Double($0) * 2, to: Double($0 + 1) * 2, count: counts[$0]) }
        return Plot(bins) {
            BarMark(x: .value("Months", \.from), y: .value("Sentences", \.count), xEnd: .value("To", \.to))
            RuleMark(x: .value("Mean", 24.3)).annotation("Mean 24.3")
            RuleMark(x: .value("Median", 23.0)).annotation("Median 23")
        }
        .title("Sentence lengths").source(source).labellingBars().xScale(domain: 0...60, zero: false)
    }()

    /// W3: a donut of six forms of exploitation.
    static let donut: any Chart = Plot(
        zip(
            ["Sexual", "Labour", "Domestic servitude", "Forced begging", "Organ removal", "Other"],
            [420, 310, 95, 40, 7, 21]
        )
        .map { Slice(form: $0, victims: Double($1)) }
    ) {
        SectorMark(angle: .value("victims", \.victims), innerRadius: .ratio(0.56))
            .foregroundStyle(by: .value("Form", \.form))
    }
    .title("Victims by form of exploitation").source(source)

    /// W4's values: a random walk of a million points.
    static let walk: [Double] = {
        var generator = SplitMix64(seed: 4)
        var level = 0.0
        return (0..<1_000_000).map { _ in
            level += Double(generator.next() % 2001) / 1000 - 1
            return level
        }
    }()

    /// W4: the walk as a line.
    static let longLine: any Chart = Plot(walk.enumerated().map { Step(index: $0.offset, level: $0.element) }) {
        LineMark(x: .value("Step", \.index, type: .quantitative), y: .value("Level", \.level))
    }
    .title("A random walk").source(source).yScale(zero: false)

    /// W5: 100,000 points in two groups.
    static let scatter: any Chart = {
        let cases = (0..<2).flatMap { g -> [Case] in
            let n = g == 0 ? 80_000 : 20_000
            return (0..<UInt64(n)).map { i in
                let x = SplitMix64.uniform(seed: UInt64(10 + g), index: 2 * i) * 200
                let y =
                    30 + Double(g == 0 ? 0.25 : -0.05) * x + 20
                    * SplitMix64.uniform(seed: UInt64(10 + g), index: 2 * i + 1)
                return Case(group: "Group \(g + 1)", x: x, y: y)
            }
        }
        return Plot(cases) {
            PointMark(x: .value("x", \.x), y: .value("y", \.y)).foregroundStyle(by: .value("Group", \.group))
        }
        .title("100,000 points").source(source)
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
            ("W1 grouped bars 800×500, SVG", groupedBars, standard, .svg, "≤ 1.0×"),
            ("W2 histogram, PNG", histogram, standard, .png, "≤ 0.6×"),
            ("W2 histogram, SVG", histogram, standard, .svg, "≤ 1.0×"),
            ("W3 donut, PNG", donut, standard, .png, "≤ 0.6×"),
            ("W3 donut, SVG", donut, standard, .svg, "≤ 1.0×"),
            ("W4 line of 10⁶ points 1600×900, PNG", longLine, large, .png, "≤ 0.15×"),
            ("W4 line of 10⁶ points 1600×900, SVG", longLine, large, .svg, "≤ 250 KB"),
            ("W5 scatter of 10⁵ points, PNG", scatter, standard, .png, "≤ 0.5×"),
        ]
        // BENCH_CASE=W4 runs only the workloads whose names start with it (and not W6).
        let only = ProcessInfo.processInfo.environment["BENCH_CASE"]
        for (name, chart, size, format, target) in cases where only.map(name.hasPrefix) ?? true {
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
        if only.map("W6".hasPrefix) ?? true { rows += try concurrency(renderer: renderer, jobs: 200) }
        return rows
    }

    /// The line's scene with its decimated polyline restored to every point of the walk, as a
    /// plain chart layer would draw it. The decimated line keeps the first and last points
    /// and each column's extremes, so it gives the canvas mapping: x linear in the index
    /// from the first point to the last, y linear in the level from the lowest to the highest.
    static func undecimated(_ chart: any Chart, size: Size, measurer: any TextMeasurer) -> Scene {
        var scene = chart.scene(size: size, measurer: measurer)
        guard let lo = walk.min(), let hi = walk.max(), hi > lo else { return scene }
        func restore(_ item: SceneItem) -> SceneItem {
            switch item {
            case let .group(clip, items): return .group(clip: clip, items: items.map(restore))
            case let .polyline(p, stroke) where p.count > 1:
                let x0 = p.canvasPoint(0).x, x1 = p.canvasPoint(p.count - 1).x
                let ys = (0..<p.count).map { p.canvasPoint($0).y }
                guard let top = ys.min(), let bottom = ys.max() else { return item }
                let perLevel = (top - bottom) / (hi - lo)
                return .polyline(
                    Polyline(
                        xs: walk.indices.map(Double.init), ys: walk, scaleX: (x1 - x0) / Double(walk.count - 1),
                        offsetX: x0, scaleY: perLevel, offsetY: bottom - lo * perLevel), stroke)
            default: return item
            }
        }
        scene.items = scene.items.map(restore)
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
