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

    static func victims(_ rows: [(String, Int, FigureValue)]) -> ChartSet {
        ChartSet(
            Dataset(
                figures: rows.map { Figure(country: $0.0, year: $0.1, metric: Metric("victims"), value: $0.2) },
                origin: "test"))
    }

    /// "By country, 2021" once showed n/a for every country that last reported in 2020: each
    /// country is now compared in its own latest year, which its bar names.
    @Test func countriesAreComparedInTheirOwnLatestYear() {
        let set = Self.victims([
            ("A", 2020, .exact(10)), ("A", 2021, .exact(12)), ("B", 2019, .exact(40)), ("B", 2020, .exact(50)),
            ("C", 2020, .below(5)), ("D", 2018, .missing),
        ])
        let plot = set.countries(Measure(Metric("victims")))
        let rows = plot.dataTable.rows
        #expect(rows.map(\.first) == ["B (2020)", "A (2021)", "C (2020)", "D"])
        #expect(rows.map(\.last) == ["50", "12", "<5", "n/a"])
        #expect(plot.text.title.contains("latest year available (2020–2021)"))
        // When every country has the latest year, names carry no year and the title one year.
        let same = Self.victims([("A", 2021, .exact(3)), ("B", 2021, .exact(4))]).countries(Measure(Metric("victims")))
        #expect(same.dataTable.rows.map(\.first) == ["B", "A"])
        #expect(same.text.title.hasSuffix("2021"))
    }

    @Test(arguments: [1, 2, 3, 10])
    func topKeepsTheLargestCountries(top: Int) {
        var set = Self.victims((1...5).map { ("Country \($0)", 2021, FigureValue.exact(Double($0 * 10))) })
        set.top = top
        let plot = set.countries(Measure(Metric("victims")))
        let kept = min(top, 5)
        #expect(plot.dataTable.rows.map(\.first) == (0..<kept).map { "Country \(5 - $0)" })
        #expect((plot.text.subtitle?.contains("of 5 countries") == true) == (top < 5))
    }

    /// Age bands were sorted by count: they now run from the youngest, with an unknown part
    /// last, unless an explicit order is given.
    @Test func ageBandsRunFromTheYoungest() throws {
        let age = { (value: String) in Breakdown([.init(dimension: "age_group", value: value)]) }
        let figures = [("18-24", 120.0), ("0-17", 60), ("25-39", 150), ("Unknown", 20), ("40+", 50)].map {
            Figure(country: "U", year: 2021, metric: Metric("victims"), breakdown: age($0.0), value: .exact($0.1))
        }
        var set = ChartSet(Dataset(figures: figures, origin: "test"))
        let measure = Measure(Metric("victims"))
        let natural = try set.breakdown(measure, dimension: "age_group", country: "U")
        #expect(natural.dataTable.rows.map(\.last) == ["60", "120", "150", "50", "20"])
        set.categoryOrder["age_group"] = ["40+"]
        let given = try set.breakdown(measure, dimension: "age_group", country: "U")
        #expect(given.dataTable.rows.map(\.last) == ["50", "60", "120", "150", "20"])
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
