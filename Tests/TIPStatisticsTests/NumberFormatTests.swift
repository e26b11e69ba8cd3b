import Testing
@testable import TIPStatistics

struct NumberFormatTests {
    @Test(
        arguments: [
            (NumberFormat.count, 35_000.0, "35,000"),
            (.count, 999, "999"),
            (.count, 1_000, "1,000"),
            (.count, 1_234_567.4, "1,234,567"),
            (.count, -1_834, "-1,834"),
            (.count, -0.4, "0"),
            (.count, -0.0, "0"),
            (NumberFormat(decimals: 2), 69.230769, "69.23"),
            (.percent(decimals: 1), 77.678, "77.7%"),
            (.signedPercent(), 1_800, "+1,800%"),
            (.signedPercent(decimals: 2), 69.23076923076923, "+69.23%"),
            (.signedPercent(), -50, "-50%"),
            (.signedPercent(), 0, "0%"),
            (.currency("$"), 12_500, "$12,500"),
            (NumberFormat(style: .signed), 9, "+9"),
            (NumberFormat(style: .signed), -1_500, "-1,500"),
            (.currency("$"), -35_000, "-$35,000"),
            (NumberFormat(minusSign: "\u{2212}"), -5, "\u{2212}5"),
            (NumberFormat(grouping: false), 35_000, "35000"),
            (.count, .nan, "n/a"),
            (.count, .infinity, "n/a"),
            (.count, -.infinity, "n/a"),
            (.count, .greatestFiniteMagnitude, "1.798e308"),  // exponent form, not "n/a"
        ] as [(NumberFormat, Double, String)])
    func formats(_ format: NumberFormat, _ value: Double, _ expected: String) {
        #expect(format.string(value) == expected)
    }
}
