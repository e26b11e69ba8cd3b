import Testing
import TIPScene
@testable import TIPData
@testable import TIPLayout
@testable import TIPReports

/// `ChartSet.chart(_:metric:unit:country:)` draws the country it is given, for every kind,
/// or says why it cannot; it never returns another country's chart.
struct ChartSetCountryTests {
    static let set = ChartSet(CompilationFixtureTests.dataset)

    /// Once returned Kazakhstan's chart for any country.
    @Test(arguments: ["Kazakhstan", "Kyrgyz Republic", "Tajikistan", "Uzbekistan"])
    func yearOverYearDrawsTheCountryAsked(_ country: String) throws {
        let chart = try Self.set.chart(.yearOverYear, country: country)
        #expect(chart.text.title.hasPrefix(country), "\(chart.text.title)")
        let bars = try #require(chart as? BarChart)
        #expect(bars.series.map(\.name) == [country])
    }

    @Test func kindsThatCompareCountriesDrawOnlyTheOneNamed() throws {
        for kind in [ChartKind.metric, .countries, .smallMultiples] {
            let chart = try Self.set.chart(kind, metric: .convictions, country: "Tajikistan")
            let names: [String] =
                switch chart {
                case let c as BarChart: c.series.map(\.name) + c.categories
                case let c as LineChart: c.series.map(\.name)
                case let c as SmallMultiplesChart: c.panels.map(\.title)
                case let c as DotChart: c.categories
                default: []
                }
            #expect(!names.isEmpty, "\(kind)")
            for other in ["Kazakhstan", "Kyrgyz Republic", "Uzbekistan", "Turkmenistan"] {
                #expect(!names.contains(other), "\(kind) drew \(other): \(names)")
            }
        }
        let changes = try #require(
            try Self.set.chart(.yearOverYear, metric: .convictions, country: "Tajikistan") as? BarChart)
        #expect(changes.series.map(\.name) == ["Tajikistan"])
        #expect(changes.categories.count == 1, "\(changes.categories)")
    }

    @Test(arguments: ChartKind.allCases)
    func anUnknownCountryIsAnError(_ kind: ChartKind) {
        #expect(throws: ChartSetError.self) {
            _ = try Self.set.chart(kind, metric: kind.takesMetric ? .convictions : nil, country: "Atlantis")
        }
    }

    /// A restricted chart draws the country in the colour the whole report gives it.
    @Test func aRestrictedChartKeepsTheCountrysColour() throws {
        func colour(_ chart: any Chart, _ country: String) -> Color? {
            switch chart {
            case let c as LineChart: c.series.first { $0.name == country }?.color
            case let c as BarChart: c.series.first { $0.name == country }?.color
            case let c as SmallMultiplesChart: c.panels.first { $0.title == country }?.series.first?.color
            default: nil
            }
        }
        let data = try Dataset.parse(
            "country,year,metric,value\nA,2019,convictions,4\nA,2020,convictions,6\nA,2021,convictions,5\n"
                + "B,2019,convictions,3\nB,2020,convictions,7\nB,2021,convictions,8\n", file: "two.csv")
        let set = ChartSet(data)
        let whole = try set.chart(.metric, metric: .convictions)
        let one = try set.chart(.metric, metric: .convictions, country: "B")
        let expected = try #require(colour(whole, "B"))
        #expect(expected != colour(whole, "A"))
        #expect(colour(one, "B") == expected)
    }
}
