import Foundation
import TIPData
import TIPLayout
import TIPReports
import TIPScene
import TIPTestSupport
import Testing

/// The report's logic without Cairo: every chart laid out with the approximate measurer and
/// recorded, in the formats asked for, with the layout checker and the mark rule passing,
/// and the HTML page embedding each chart's SVG.
struct RecordedReportTests {
    @Test func theEmbeddedReportRecordsEveryChartInEveryFormat() throws {
        let recorder = RecordingRenderer()
        var report = try ChartReport()
        report.threads = 1
        let files = try report.files(renderer: recorder)
        let charts = ChartSet(.kazakhstan2008).reportCharts()
        let names = Set(files.map(\.name))
        for chart in charts {
            for format in OutputFormat.allCases {
                #expect(names.contains("\(chart.name).\(format.rawValue)"), "\(chart.name).\(format.rawValue)")
            }
        }
        // Each scene the report drew passes the layout checker.
        #expect(!recorder.scenes.isEmpty)
        for scene in recorder.scenes {
            #expect(scene.layoutProblems().isEmpty, "\(scene.title): \(scene.layoutProblems())")
        }
        // A PNG stand-in is the scene itself: decode it and compare with a fresh layout.
        let first = try #require(charts.first)
        let png = try #require(files.first { $0.name == "\(first.name).png" })
        let decoded = try JSONDecoder().decode(Scene.self, from: Data(png.bytes))
        #expect(decoded == first.chart.scene(size: report.size, theme: .standard, measurer: recorder.textMeasurer))
    }

    @Test func aPlotGoesThroughTheSameReport() throws {
        struct Row { var year: Int; var n: Int }
        let plot = Plot([Row(year: 2006, n: 1), Row(year: 2007, n: 19)]) {
            BarMark(x: .value("Year", \.year), y: .value("Convictions", \.n))
        }.title("Convictions").source("Source: TIP Report 2008")
        let report = ChartReport(entries: [.init(name: "plot", chart: plot)], summaryMarkdown: "", formats: [.svg])
        let recorder = RecordingRenderer()
        let files = try report.files(renderer: recorder)
        let svg = try #require(files.first { $0.name == "plot.svg" })
        let text = String(decoding: svg.bytes, as: UTF8.self)
        #expect(text.contains("<title>Convictions</title>"))
        #expect(text.contains(">19</text>") == false, "no value labels unless asked for")
        #expect(text.contains(">2007</text>"))
        // The plot's own data table, as the HTML report prints it.
        #expect(plot.dataTable.rows == [["2006", "1"], ["2007", "19"]])
    }
}
