import Foundation
import TIPCairo
import TIPLayout
import TIPScene
import Testing
@testable import TIPData
@testable import TIPReports

/// `report` renders its charts on every core; the files are the bytes a serial run writes,
/// errors are the ones a serial run meets first, and progress counts every step once.
struct ConcurrentReportTests {
    @Test(arguments: [ChartReport.Output.files, .all])
    func concurrentFilesEqualSerialFiles(_ output: ChartReport.Output) throws {
        var report = try ChartReport(dataset: CompilationFixtureTests.dataset)
        report.output = output
        let renderer = try SceneRenderer()
        report.threads = 1
        let serial = try report.files(renderer: renderer)
        report.threads = 4
        let concurrent = try report.files(renderer: renderer)
        #expect(serial.count == concurrent.count && serial.count > 100)
        #expect(serial.map(\.name) == concurrent.map(\.name))
        for (a, b) in zip(serial, concurrent) where a.bytes != b.bytes {
            Issue.record("\(a.name) differs between a serial and a concurrent run")
        }
    }

    @Test func progressCountsEveryStepOnceInOrder() throws {
        var report = try ChartReport()
        report.output = .all
        report.threads = 3
        nonisolated(unsafe) var calls: [(Int, Int, String)] = []
        _ = try report.files(renderer: SceneRenderer()) { calls.append(($0, $1, $2)) }
        let steps = report.entries.count + 2
        #expect(calls.map(\.0) == Array(1...steps))
        #expect(calls.allSatisfy { $0.1 == steps })
        #expect(Set(calls.dropLast(2).map(\.2)) == Set(report.entries.map(\.name)))
        #expect(calls.suffix(2).map(\.2) == ["summary.md", "report.html"])
    }

    @Test func theFirstFailingChartInEntryOrderIsReported() throws {
        struct Bar { var name: String; var value: Double }
        func plot(_ value: Double, _ title: String) -> Plot {
            Plot([Bar(name: "a", value: value)]) { BarMark(x: .value("Name", \.name), y: .value("s", \.value)) }
                .title(title).source("Source: test")
        }
        let good = plot(1, "good")
        // 1e308 passes the largest axis a nice scale can reach: the chart cannot be drawn.
        func bad(_ title: String) -> Plot { plot(1e308, title) }
        let entries = (0..<12).map { i in
            ChartReport.Entry(name: "c\(i)", chart: i == 7 ? bad("seventh") : i == 10 ? bad("tenth") : good)
        }
        for threads in [1, 2, 5] {
            var report = ChartReport(entries: entries, summaryMarkdown: "")
            report.threads = threads
            #expect(throws: ChartError.self) {
                do { _ = try report.files(renderer: SceneRenderer()) } catch let error as ChartError {
                    #expect(error.title == "seventh", "with \(threads) threads")
                    throw error
                }
            }
        }
    }
}
