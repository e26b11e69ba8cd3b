import Testing
@testable import TIPStatistics

struct NiceTicksTests {
    /// Expected values follow d3-array 3 `ticks(start, stop, count)`.
    @Test(
        arguments: [
            (0.0, 19.0, 5, false, [0.0, 5, 10, 15]),
            (0, 22, 5, false, [0, 5, 10, 15, 20]),
            (0, 1, 5, false, [0, 0.2, 0.4, 0.6, 0.8, 1]),
            (0, 1, 10, false, [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]),
            (-1, 1, 4, false, [-1, -0.5, 0, 0.5, 1]),
            (1, 0, 5, false, [1, 0.8, 0.6, 0.4, 0.2, 0]),  // reversed
            (0, 3, 10, true, [0, 1, 2, 3]),  // counts: no 0.5 ticks
            (0, 3, 10, false, [0, 0.2, 0.4, 0.6, 0.8, 1, 1.2, 1.4, 1.6, 1.8, 2, 2.2, 2.4, 2.6, 2.8, 3]),
            (0, 3, 6, false, [0, 0.5, 1, 1.5, 2, 2.5, 3]),
            (0, 35_000, 5, false, [0, 5_000, 10_000, 15_000, 20_000, 25_000, 30_000, 35_000]),
            (-2e300, 2e300, 4, false, [-2e300, -1e300, 0, 1e300, 2e300]),  // huge span
            // Tiny span: d3's doubles.
            (1e-300, 5e-300, 4, false, [1e-300, 2e-300, 2.9999999999999996e-300, 4e-300, 5e-300]),
            (1.2, 1.8, 1, false, [1.5]),  // count 1 still gives a tick
            (1e-310, 2e-310, 4, false, []),  // no finite step
            (3, 3, 5, false, [3]),
            (2.5, 2.5, 5, true, []),
            (0, 1, 0, false, []),
            (0, .infinity, 5, false, []),
            (.nan, 1, 5, false, []),
        ] as [(Double, Double, Int, Bool, [Double])])
    func ticksAreNice(_ start: Double, _ stop: Double, _ count: Int, _ integers: Bool, _ expected: [Double]) {
        #expect(niceTicks(from: start, to: stop, count: count, integersOnly: integers) == expected)
    }

    @Test func negativeZeroNeverAppearsAsATick() {
        let ticks = niceTicks(from: -0.0, to: 1, count: 2)
        #expect(ticks.first.map { $0.sign == .plus } == true)
    }

    @Test func ticksStayInsideTheInterval() {
        for (a, b) in [(0.1, 0.7), (-13.0, 127.0), (0.001, 0.0013), (1e15, 1e15 + 10)] {
            let ticks = niceTicks(from: a, to: b, count: 7)
            #expect(!ticks.isEmpty)
            #expect(ticks.allSatisfy { $0 >= a && $0 <= b }, "\(a)…\(b): \(ticks)")
        }
    }

    @Test(
        arguments: [
            (0.0, 19.0, 5, false, 0.0, 20.0),
            (0.3, 9.7, 10, false, 0, 10),
            (1, 19, 5, false, 0, 20),
            (-3.2, 7.1, 5, false, -4, 8),
            (0, 0.7, 5, true, 0, 1),
            (20, 0, 5, false, 20, 0),
            (5, 5, 5, false, 5, 5),
        ] as [(Double, Double, Int, Bool, Double, Double)])
    func domainsExtendToNiceValues(_ a: Double, _ b: Double, _ count: Int, _ integers: Bool, _ lo: Double, _ hi: Double)
    {
        let domain = niceDomain(from: a, to: b, count: count, integersOnly: integers)
        #expect(domain == Interval(from: lo, to: hi))
    }

    @Test func stepRoundsOnALogScale() throws {
        #expect(TickStep.nice(from: 0, to: 10, count: 10) == TickStep(multiplier: 1, exponent: 0))
        #expect(TickStep.nice(from: 0, to: 100, count: 10) == TickStep(multiplier: 1, exponent: 1))
        #expect(TickStep.nice(from: 0, to: 0.3, count: 10) == TickStep(multiplier: 2, exponent: -2))
        #expect(TickStep.nice(from: 0, to: 0.4, count: 10) == TickStep(multiplier: 5, exponent: -2))
        #expect(
            TickStep.nice(from: 0, to: 0.3, count: 10, integersOnly: true) == TickStep(multiplier: 1, exponent: 0))
        #expect(TickStep.nice(from: 0, to: 0, count: 10) == nil)
        #expect(TickStep(multiplier: 1, exponent: -1).multiple(3) == 0.3)
        #expect(TickStep.nice(from: 1e-300, to: 3e-300, count: 5) != nil)
    }
}
