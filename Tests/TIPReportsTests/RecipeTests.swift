import Foundation
import TIPLayout
import TIPScene
import Testing
@testable import TIPData
@testable import TIPReports

/// The recipes (Sources/TIPReports/Recipes): each chart of a dataset is a grammar plot
/// whose data table holds exactly the figures it draws.
struct RecipeTests {
    static let compilation = ChartSet(CompilationFixtureTests.dataset)

    @Test func smallMultiplesAreOnePanelPerCountryInOrderWithOwnScalesWhenFarApart() throws {
        let plot = Self.compilation.smallMultiples(Measure(Metric("victims_detected"), unit: "persons"))
        let table = plot.dataTable
        #expect(table.headers == ["Year", "Country", "Victims detected"])
        let countries = table.rows.map { $0[1] }.uniqued()
        #expect(countries == CompilationFixtureTests.dataset.countries)
        // Uzbekistan's peak is more than ten times Turkmenistan's.
        #expect(plot.facet?.independentY == true)
        #expect(plot.text.subtitle?.contains("10-fold") == true)
    }

    @Test func donutSharesAddUpTo100AndTheLegendGivesEachPart() throws {
        let set = ChartSet(.kazakhstan2008)
        let plot = try #require(set.chart(named: "victims-identified-donut"))
        #expect(plot.dataTable.rows.map(\.last) == ["87", "25"])
        let legend = plot.dataTable.rows.map(\.first)
        #expect(legend == ["Labour trafficking: 87 (77.7%)", "Commercial sexual exploitation: 25 (22.3%)"])
    }

    @Test func theTierGridHasACellPerCountryAndEditionAndNamesTheGaps() throws {
        let plot = try Self.compilation.tierTimeline()
        let rows = plot.dataTable.rows
        #expect(rows.count == 5 * 20, "5 countries × 20 editions")
        #expect(rows.filter { $0.contains("No placement given") }.count == 2, "Tajikistan 2014, Turkmenistan 2019")
        #expect(plot.maximumBandStep == 32)
    }

    @Test func oneCountrysStepsCoverEveryTierAndBreakAtGaps() throws {
        let plot = try Self.compilation.tierSteps(country: "Tajikistan")
        #expect(plot.layers.contains { $0.mark.interpolate == .step })
        #expect(!plot.dataTable.rows.contains { $0.first == "2014" }, "no placement in 2014: no row, a gap")
        let domain = plot.layers[1].encoding[.y]?.scale?.domain?.map(\.label)
        #expect(domain == Tier.allCases.map(\.description), "every tier is a row of the axis, best first")
    }

    @Test func sentenceMarkersAreTheMeanAndTheMedian() throws {
        let plot = try ChartSet(.kazakhstan2008).sentences(country: "Kazakhstan")
        let labels = plot.scene(size: Size(width: 800, height: 500), measurer: ApproximateTextMeasurer())
            .textRuns.map(\.text)
        #expect(labels.contains("Mean 6.8 years") && labels.contains("Median 7.0 years"))
        #expect(plot.dataTable.headers == ["Sentence (years of imprisonment)", "Up to", "Offenders"])
        #expect(plot.dataTable.rows.map(\.last) == ["3", "0", "2", "4", "5", "0", "0", "4", "0", "1"])
    }
}
