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
        // Each bar is that country's latest change of a measure, as its own series gives it.
        let table = chart.dataTable
        #expect(table.headers == ["Measure", country])
        #expect(!table.rows.isEmpty)
        for row in table.rows {
            let measure = try #require(Self.set.index.measures.first { Self.set.label($0) == row[0] })
            let series = try Self.set.index.series(country, measure)
            let change = try #require(series.yearOverYearChanges().last { $0.percent.value != nil })
            #expect(row[1] == ValueFormat.signedPercent(decimals: 0).string(change.percent.value ?? .nan))
        }
    }

    /// Every name a chart's data table holds: its headers and its cells.
    static func names(_ chart: any Chart) -> [String] {
        chart.dataTable.headers + chart.dataTable.rows.flatMap { $0 }
    }

    @Test func kindsThatCompareCountriesDrawOnlyTheOneNamed() throws {
        for kind in [ChartKind.metric, .countries, .smallMultiples] {
            let chart = try Self.set.chart(kind, metric: .convictions, country: "Tajikistan")
            let names = Self.names(chart)
            #expect(!names.isEmpty, "\(kind)")
            for other in ["Kazakhstan", "Kyrgyz Republic", "Uzbekistan", "Turkmenistan"] {
                #expect(!names.contains(other), "\(kind) drew \(other): \(names)")
            }
        }
        let changes = try Self.set.chart(.yearOverYear, metric: .convictions, country: "Tajikistan")
        #expect(changes.dataTable.headers == ["Measure", "Tajikistan"])
        #expect(changes.dataTable.rows.map(\.first) == ["Convictions"], "\(changes.dataTable.rows)")
    }

    @Test(arguments: ChartKind.allCases)
    func anUnknownCountryIsAnError(_ kind: ChartKind) {
        #expect(throws: ChartSetError.self) {
            _ = try Self.set.chart(kind, metric: kind.takesMetric ? .convictions : nil, country: "Atlantis")
        }
    }

    /// A restricted chart draws the country in the colour the whole report gives it.
    @Test func aRestrictedChartKeepsTheCountrysColour() throws {
        // The colour the mark rule checks for the country's series (the only one of a one-country chart).
        func colour(_ chart: any Chart, _ country: String) -> Color? {
            let keys = chart.seriesMarkKeys(theme: .standard)
            return keys.first { $0.name == country }?.color ?? (keys.count == 1 ? keys[0].color : nil)
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
