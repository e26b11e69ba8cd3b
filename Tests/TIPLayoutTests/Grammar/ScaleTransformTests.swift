import Testing
@testable import TIPLayout

struct ScaleTransformTests {
    @Test(arguments: ScaleTransform.allCases)
    func invertUndoesApply(transform: ScaleTransform) {
        for v in [0.001, 0.5, 1, 2, 9, 10, 1234.5, 1e12] + (transform == .log ? [] : [-3, 0, -1e6]) {
            let back = transform.invert(transform.apply(v))
            #expect(abs(back - v) <= 1e-9 * max(1, abs(v)), "\(transform) \(v)")
        }
    }

    @Test func logIsUndefinedAtZeroAndBelow() {
        #expect(ScaleTransform.log.apply(0).isNaN)
        #expect(ScaleTransform.log.apply(-1).isNaN)
        #expect(!ScaleTransform.log.allowsZero)
        #expect(ScaleTransform.symlog.apply(0) == 0)
    }

    @Test func logTicks() {
        #expect(
            ScaleTransform.log.ticks(lower: 1, upper: 100_000, count: 5, integersOnly: true) == [
                1, 10, 100, 1_000, 10_000, 100_000,
            ])
        // Fewer than three decades: 1-2-5 steps.
        #expect(
            ScaleTransform.log.ticks(lower: 1, upper: 100, count: 5, integersOnly: false) == [1, 2, 5, 10, 20, 50, 100])
        #expect(
            ScaleTransform.log.ticks(lower: 0.01, upper: 1, count: 5, integersOnly: false) == [
                0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1,
            ])
        // Twenty decades are thinned, never a label per decade.
        #expect(ScaleTransform.log.ticks(lower: 1, upper: 1e20, count: 5, integersOnly: false).count <= 10)
        #expect(ScaleTransform.log.ticks(lower: 0, upper: 10, count: 5, integersOnly: false).isEmpty)
        #expect(ScaleTransform.log.ticks(lower: .nan, upper: .infinity, count: 5, integersOnly: false).isEmpty)
    }
}
