import Foundation
import Testing
@testable import TIPStatistics

/// Period sums and means, and changes between periods, against pandas on 200 random series
/// with absent years, NaN, zeros and magnitudes from 1e-3 to 1e9
/// (Fixtures/generate_period_reference.py), and on hostile values.
struct PeriodValueTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func csvLines(_ name: String) throws -> [[String]] {
        try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
            .split(separator: "\n").dropFirst().map {
                $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            }
    }

    @Test func sumsMeansAndChangesMatchPandasOnRandomSeries() throws {
        var points: [Int: [YearPoint]] = [:]
        for cells in try Self.csvLines("period-series.csv") {
            let value = Double(cells[2]).flatMap { $0.isNaN ? nil : $0 }
            points[Int(cells[0]) ?? -1, default: []].append(YearPoint(year: Int(cells[1]) ?? 0, value: value))
        }
        let series = try points.mapValues { try YearSeries($0) }
        let consecutive = [(2000, 2004), (2005, 2009), (2010, 2014), (2015, 2019), (2020, 2022)]
        var checked = 0
        for cells in try Self.csvLines("period-reference.csv") {
            let s = try #require(series[Int(cells[0]) ?? -1])
            let period = try #require(YearRange(Int(cells[1]) ?? 0, Int(cells[2]) ?? 0))
            let statistic = try #require(PeriodStatistic(rawValue: cells[3]))
            let ours = PeriodValue(s, over: period, statistic)
            if cells[4] == "nan" {
                #expect(ours.value.value == nil, "\(cells)")
                #expect(!ours.yearsWithoutValue.isEmpty)
            } else {
                #expect(close(ours.value.value, Double(cells[4]), tolerance: 1e-12), "\(cells): \(ours.value)")
            }
            #expect(ours.yearsWithValue + ours.yearsWithoutValue.count == period.count)
            if let i = consecutive.firstIndex(where: { $0 == (period.first, period.last) }), i + 1 < consecutive.count {
                let next = try #require(YearRange(consecutive[i + 1].0, consecutive[i + 1].1))
                let change = PeriodChange(s, from: period, to: next, statistic)
                switch cells[5] {
                case "nan": #expect(change.percent.value == nil && change.percent.undefinedReason != .zeroBase)
                case "zero": #expect(change.percent == .undefined(.zeroBase))
                default: #expect(close(change.percent.value, Double(cells[5]), tolerance: 1e-9), "\(cells)")
                }
                checked += 1
            }
        }
        #expect(checked == 200 * 4 * 2)
    }

    @Test func aSumNamesTheYearsItLacks() throws {
        let s = try YearSeries([
            YearPoint(year: 2015, value: 4), YearPoint(year: 2016, value: nil),
            YearPoint(year: 2018, value: 6),
        ])
        let period = try #require(YearRange(2015, 2019))
        let sum = PeriodValue(s, over: period, .sum)
        #expect(sum.value == .undefined(.missingYear))
        #expect(sum.yearsWithoutValue == [2016, 2017, 2019])
        #expect(sum.yearsWithValue == 2)
        #expect(PeriodValue(s, over: period, .mean).value == .value(5))
        let onlyMissing = try YearSeries([YearPoint(year: 2016, value: nil)])
        #expect(PeriodValue(onlyMissing, over: YearRange(year: 2016), .sum).value == .undefined(.missingValue))
        #expect(PeriodValue(onlyMissing, over: YearRange(year: 2016), .mean).value == .undefined(.missingValue))
        #expect(PeriodValue(try YearSeries([]), over: period, .mean).value == .undefined(.missingYear))
    }

    @Test func aChangeBetweenTwoYearsIsTheYearOverYearChange() throws {
        let s = try YearSeries([2006: 13, 2007: 22, 2010: 0, 2011: 5])
        let years = PeriodChange(s, from: YearRange(year: 2006), to: YearRange(year: 2007), .sum)
        let yoy = YearOverYearChange(fromYear: 2006, toYear: 2007, series: s)
        #expect(years.percent == yoy.percent && years.absolute == yoy.absolute && years.ratio == yoy.ratio)
        let zero = PeriodChange(s, from: YearRange(year: 2010), to: YearRange(year: 2011), .sum)
        #expect(zero.percent == .undefined(.zeroBase) && zero.absolute == .value(5))
        let gap = PeriodChange(s, from: YearRange(year: 2007), to: YearRange(year: 2008), .sum)
        #expect(gap.percent == .undefined(.missingYear) && gap.absolute == .undefined(.missingYear))
    }

    @Test(arguments: [1e308, -1e308, 1.7e308])
    func hugeValuesOverflowByName(_ huge: Double) throws {
        let s = try YearSeries([2015: huge, 2016: huge, 2017: 1e-300])
        let sum = PeriodValue(s, over: try #require(YearRange(2015, 2016)), .sum)
        #expect(sum.value == .undefined(.overflow), "\(sum.value)")
        let mean = PeriodValue(s, over: YearRange(year: 2015), .mean)
        #expect(mean.value == .value(huge))
        let change = PeriodChange(s, from: YearRange(year: 2017), to: YearRange(year: 2015), .sum)
        #expect(change.percent == .undefined(.overflow))
    }

    @Test(arguments: [
        ("2015-2019", "2015–2019"), ("2015–2019", "2015–2019"), ("2015 - 2019", "2015–2019"),
        ("2015:2019", "2015–2019"), ("2015", "2015"), ("2019-2019", "2019"),
    ])
    func periodsReadAsWrittenAndWriteWithAnEnDash(_ text: String, _ label: String) throws {
        #expect(try #require(YearRange(parsing: text)).description == label)
    }

    @Test(arguments: ["", "2019-2015", "15-19", "2015-", "-2015", "2015-2019-2020", "２０１５", "2015x", "a-b"])
    func notAPeriodIsNil(_ text: String) {
        #expect(YearRange(parsing: text) == nil)
    }

    @Test func periodsOrderAndOverlap() throws {
        let a = try #require(YearRange(parsing: "2010-2014")), b = try #require(YearRange(parsing: "2015-2019"))
        #expect(a < b && !a.overlaps(b) && a.count == 5 && a.contains(2014) && !a.contains(2015))
        #expect(try #require(YearRange(parsing: "2012-2016")).overlaps(b))
    }
}
