import Testing
@testable import TIPStatistics

struct SharesTests {
    @Test func victimSharesMatchReference() throws {
        let shares = try Shares([87, 25])
        #expect(close(shares.percentages[0], 77.67857142857143))
        #expect(close(shares.percentages[1], 22.321428571428573))
        #expect(shares.roundedPercentages(decimals: 1).map(\.description) == ["77.7%", "22.3%"])
        #expect(shares.roundedPercentages(decimals: 2).map(\.description) == ["77.68%", "22.32%"])
    }

    /// Cases where rounding each share on its own does not add up to 100.
    @Test(arguments: [
        ([1.0, 1, 1], 0, ["34%", "33%", "33%"]),
        ([1.0, 1, 1], 1, ["33.4%", "33.3%", "33.3%"]),
        ([2.0, 1, 1, 1, 1, 1, 1], 0, ["25%", "13%", "13%", "13%", "12%", "12%", "12%"]),
        ([0.0, 5], 1, ["0.0%", "100.0%"]),
        ([1.0], 0, ["100%"]),
    ])
    func roundedLabelsAlwaysAddUpTo100(_ parts: [Double], _ decimals: Int, _ labels: [String]) throws {
        let rounded = try Shares(parts).roundedPercentages(decimals: decimals)
        #expect(rounded.map(\.description) == labels)
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        #expect(rounded.map(\.units).reduce(0, +) == 100 * scale)
    }

    @Test func undefinedSharesAreErrors() {
        #expect(throws: SharesError.zeroTotal) { try Shares([0, 0]) }
        #expect(throws: SharesError.zeroTotal) { try Shares([]) }
        #expect(throws: SharesError.negativePart(index: 1, value: -1)) { try Shares([1, -1]) }
        #expect(throws: SharesError.nonFinitePart(index: 0)) { try Shares([.nan]) }
        #expect(throws: SharesError.nonFinitePart(index: 0)) { try Shares([.infinity]) }
    }

    /// What parts leave out of their reported total: the rest, 0 within rounding, nil when
    /// they exceed it or a number is not finite.
    @Test(
        arguments: [
            (1020.0, 853.0, Double?.some(167)), (853, 853, 0), (853, 853 + 1e-7, 0), (800, 853, nil),
            (1e308, 1e308, 0), (.infinity, 5, nil), (.nan, 5, nil), (10, .nan, nil), (0, 0, 0), (-3, -5, 2),
        ] as [(Double, Double, Double?)])
    func remainderOfAReportedTotal(_ total: Double, _ sum: Double, _ expected: Double?) {
        #expect(Shares.remainder(ofTotal: total, afterParts: sum) == expected)
    }

}
