import Testing
@testable import TIPStatistics

struct FixedDecimalFormattingTests {
    @Test(arguments: [
        (777, 1, "77.7"), (-5, 2, "-0.05"), (0, 1, "0.0"), (100, 0, "100"), (5, 3, "0.005"),
    ])
    func formatsUnits(_ units: Int, _ decimals: Int, _ expected: String) {
        #expect(formatFixed(units: units, decimals: decimals) == expected)
    }

    @Test(
        arguments: [
            (69.23076923076923, 2, "69.23"), (0.125, 2, "0.13"), (-0.125, 2, "-0.13"), (1800, 0, "1800"),
            (-0.0, 1, "0.0"),
        ] as [(Double, Int, String)])
    func roundsHalfAwayFromZero(_ value: Double, _ decimals: Int, _ expected: String) {
        #expect(formatFixed(value, decimals: decimals) == expected)
    }

    @Test(arguments: [Double.nan, .infinity, -.infinity, .greatestFiniteMagnitude])
    func refusesWhatItCannotFormat(_ value: Double) {
        #expect(formatFixed(value, decimals: 1) == nil)
    }
}
