import TIPCairo
import TIPLayout
import TIPScene
import Testing
@testable import TIPData
@testable import TIPReports

/// The layout checker's mark rule over every report chart of the embedded data and of the
/// compilation fixture, at three sizes, with the real fonts: each series with values draws
/// at least one mark.
struct ReportMarksTests {
    @Test(arguments: ["embedded", "compilation"])
    func everySeriesWithValuesHasAMark(_ which: String) throws {
        let dataset = which == "embedded" ? Dataset.kazakhstan2008 : CompilationFixtureTests.dataset
        let measurer = try SceneRenderer().textMeasurer
        let charts = ChartSet(dataset).reportCharts()
        #expect(charts.count > 5)
        var keyed = 0
        for entry in charts {
            let keys = entry.chart.seriesMarkKeys(theme: .standard)
            if !keys.isEmpty { keyed += 1 }
            for size in CompilationFixtureTests.sizes {
                let scene = try entry.chart.checkedScene(size: size, theme: .standard, measurer: measurer)
                #expect(scene.unmarkedSeries(keys).isEmpty, "\(entry.name) at \(size)")
            }
        }
        #expect(keyed > charts.count / 2, "most report charts have series the rule checks")
    }
}
