import Foundation
import TIPCharts

/// Whole processes: `tipcharts render convictions` against a C program that draws the same
/// marks with direct cairo calls and writes them with libpng (`ReferenceChart`), and
/// `tipcharts report` on the embedded data against one chart of that C program (at most 5×). Both
/// sides shape their text with Pango. Needs the release CLI
/// (`swift build -c release --product tipcharts` in the main package; `make bench` does it).
enum ProcessWorkload {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func run(repetitions: Int) throws -> [Row] {
        let tool = root.appendingPathComponent(".build/release/tipcharts").path
        let reference = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("ReferenceChart").path
        guard FileManager.default.isExecutableFile(atPath: tool),
            FileManager.default.isExecutableFile(atPath: reference)
        else {
            print("Whole-process rows skipped: build \(tool) and ReferenceChart first (make bench does).")
            return []
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tipcharts-process-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        let renderer = try SceneRenderer()
        guard let chart = ChartSet(.kazakhstan2008).chart(named: "convictions") else { return [] }
        let scene = chart.scene(size: Size(width: 800, height: 500), measurer: renderer.textMeasurer)
        let flat = SceneOps(scene)
        let opsPath = folder.appendingPathComponent("ops.bin").path
        let textsPath = folder.appendingPathComponent("texts.bin").path
        try flat.ops.withUnsafeBytes { Data($0) }.write(to: URL(fileURLWithPath: opsPath))
        try Data(flat.texts.flatMap { Array($0.utf8) + [0] }).write(to: URL(fileURLWithPath: textsPath))

        let ours = [tool, "render", "convictions", "--output", folder.appendingPathComponent("ours.png").path]
        let theirs = [
            reference, opsPath, textsPath, DrawingWorkloads.fonts.0, DrawingWorkloads.fonts.1, "800", "500",
            folder.appendingPathComponent("theirs.png").path,
        ]
        let chartRow = try paired(
            "Whole process: one chart from the CLI, PNG", repetitions: repetitions * 2, target: "≤ 1.15×",
            referenceName: "a C program: fonts, direct cairo, libpng", ours: { try launch(ours) },
            reference: { try launch(theirs) })
        let report = [tool, "report", "--out", folder.appendingPathComponent("report").path]
        var times: [Double] = []
        for _ in 0..<repetitions { times.append(try seconds { try launch(report) }) }
        // The report (11 charts × PNG, SVG and PDF, and summary.md) against one chart of the C program.
        return [
            chartRow,
            Row(
                workload: "Whole process: `tipcharts report`, embedded data", ours: median(times),
                reference: chartRow.reference, ratio: median(times) / chartRow.reference,
                referenceName: "the C program's one chart", target: "≤ 5×"),
        ]
    }

    /// Runs a program to completion; throws when it fails.
    static func launch(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSFilePathErrorKey: arguments[0]])
        }
    }
}
