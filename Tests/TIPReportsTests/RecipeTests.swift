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

    /// A donut's hole once showed 853 where the source reports 1,020 (the victims of unknown
    /// sex left out, unsaid): the shortfall is now a slice of its own.
    @Test func aDonutShowsThePartOfTheTotalThatIsNotBrokenDown() throws {
        let sex = { (value: String) in Breakdown([.init(dimension: "sex", value: value)]) }
        let victims = Metric("victims")
        let figures = [
            Figure(country: "Ukraine", year: 2021, metric: victims, value: .exact(1020)),
            Figure(country: "Ukraine", year: 2021, metric: victims, breakdown: sex("Female"), value: .exact(600)),
            Figure(country: "Ukraine", year: 2021, metric: victims, breakdown: sex("Male"), value: .exact(253)),
        ]
        let plot = try ChartSet(Dataset(figures: figures, origin: "test")).shares(
            Measure(Metric("victims"), unit: nil), dimension: "sex", country: "Ukraine")
        #expect(plot.dataTable.rows.map(\.last) == ["600", "253", "167"])
        #expect(plot.dataTable.rows.last?.first == "Not broken down: 167 (16.4%)")
    }

    /// Parts that add up to more than the total (a victim exploited in two forms is in both)
    /// are no shares of it: the donut is refused, and the bars still draw.
    @Test func partsAboveTheTotalAreNoShares() throws {
        let form = { (value: String) in Breakdown([.init(dimension: "form", value: value)]) }
        let figures = [
            Figure(country: "K", year: 2021, metric: Metric("victims"), value: .exact(10)),
            Figure(country: "K", year: 2021, metric: Metric("victims"), breakdown: form("sexual"), value: .exact(7)),
            Figure(country: "K", year: 2021, metric: Metric("victims"), breakdown: form("labour"), value: .exact(5)),
        ]
        let set = ChartSet(Dataset(figures: figures, origin: "test"))
        #expect {
            try set.shares(Measure(Metric("victims"), unit: nil), dimension: "form", country: "K")
        } throws: { error in
            (error as? ChartSetError)?.message.contains("more than the reported total of 10") == true
        }
        #expect(throws: Never.self) { try set.chart(.breakdown, metric: Metric("victims")) }
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
