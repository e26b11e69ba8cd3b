import Testing
@testable import TIPData

/// Sums of reported values: a censored part keeps the sum censored, an unreported one makes
/// it unknown, tiers are never summed, and the sum does not depend on the order.
struct FigureValueSumTests {
    @Test(arguments: [
        (FigureValue.exact(1), FigureValue.exact(2), FigureValue?.some(.exact(3))),
        (.below(5), .exact(1e308), .below(1e308)),
        (.missing, .below(5), .missing),
        (.tier(.tier1), .exact(1), nil),
        (.exact(-2), .exact(2), .exact(0)),
    ])
    func figureValuesSum(a: FigureValue, b: FigureValue, sum: FigureValue?) {
        #expect(FigureValue.summed(a, b) == sum)
        #expect(FigureValue.summed(b, a) == sum, "the sum is symmetric")
    }
}
