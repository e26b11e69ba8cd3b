import Testing
@testable import TIPStatistics

struct YearOverYearChangeTests {
    /// Reference: pandas `Series([a, b]).pct_change() * 100`.
    @Test(arguments: [
        (13.0, 22.0, 69.23076923076923, 9.0),  // investigations
        (7, 16, 128.57142857142858, 9),  // prosecutions
        (1, 19, 1800, 18),  // convictions
        (10, 5, -50, -5),
        (-4, -2, -50, 2),  // negative base: pandas' sign convention
    ])
    func percentChangeMatchesPandas(_ a: Double, _ b: Double, _ percent: Double, _ absolute: Double) throws {
        let change = try #require(try YearSeries([2006: a, 2007: b]).yearOverYearChanges().first)
        #expect(close(change.percent.value, percent))
        #expect(change.absolute == .value(absolute))
        #expect(close(change.ratio.value, b / a))
    }

    @Test(arguments: [0.0, -0.0])
    func zeroBaseIsNamedNotInfinite(_ zero: Double) throws {
        let change = try #require(try YearSeries([2006: zero, 2007: 5]).yearOverYearChanges().first)
        #expect(change.percent == .undefined(.zeroBase))
        #expect(change.ratio == .undefined(.zeroBase))
        #expect(change.absolute == .value(5))
    }

    @Test func gapsAreReportedNotBridged() throws {
        let series = try YearSeries([YearPoint(year: 2005, value: 4), YearPoint(year: 2007, value: 8)])
        let changes = series.yearOverYearChanges()
        #expect(changes.map(\.fromYear) == [2005, 2006])
        #expect(
            changes.allSatisfy { $0.percent == .undefined(.missingYear) && $0.absolute == .undefined(.missingYear) })
    }

    @Test(arguments: [Double?.none, .some(.nan)])
    func missingValueIsNamed(_ missing: Double?) throws {
        let series = try YearSeries([YearPoint(year: 2006, value: missing), YearPoint(year: 2007, value: 8)])
        let change = try #require(series.yearOverYearChanges().first)
        #expect(change.percent == .undefined(.missingValue) && change.from == nil && change.to == 8)
    }

    @Test func badSeriesAreRejected() {
        #expect(throws: YearSeriesError.duplicateYear(2006)) {
            try YearSeries([YearPoint(year: 2006, value: 1), YearPoint(year: 2006, value: 2)])
        }
        #expect(throws: YearSeriesError.infiniteValue(year: 2007)) { try YearSeries([2007: .infinity]) }
        #expect(throws: YearSeriesError.infiniteValue(year: 2007)) { try YearSeries([2007: -.infinity]) }
    }

    @Test func shortSeriesHaveNoChanges() throws {
        #expect(try YearSeries([2007: 1]).yearOverYearChanges().isEmpty)
        #expect(try YearSeries([YearPoint]()).yearOverYearChanges().isEmpty)
    }

    @Test func compoundGrowth() throws {
        let series = try YearSeries([2000: 100, 2001: 50, 2002: 121, 2003: 0])
        #expect(close(series.compoundAnnualGrowthPercent(from: 2000, to: 2002).value, 10))
        #expect(close(series.compoundAnnualGrowthPercent(from: 2000, to: 2001).value, -50))
        #expect(series.compoundAnnualGrowthPercent(from: 2003, to: 2003) == .undefined(.emptyPeriod))
        #expect(series.compoundAnnualGrowthPercent(from: 2003, to: 2000) == .undefined(.emptyPeriod))
        #expect(series.compoundAnnualGrowthPercent(from: 2002, to: 2003) == .undefined(.nonPositiveValue))
        #expect(series.compoundAnnualGrowthPercent(from: 1999, to: 2002) == .undefined(.missingYear))
        #expect(
            try YearSeries([2000: 0, 2001: 3]).compoundAnnualGrowthPercent(from: 2000, to: 2001)
                == .undefined(.zeroBase))
        // Convictions 1 → 19 in one year: CAGR equals the simple change.
        #expect(
            close(try YearSeries([2006: 1, 2007: 19]).compoundAnnualGrowthPercent(from: 2006, to: 2007).value, 1800))
    }

    @Test func percentagePointsAreDifferences() {
        #expect(percentagePointChange(fromPercent: 20, toPercent: 25) == 5)
        #expect(percentagePointChange(fromPercent: 77.68, toPercent: 22.32) < 0)
    }
}
