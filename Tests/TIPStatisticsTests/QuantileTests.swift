import Testing
@testable import TIPStatistics

struct QuantileTests {
    static let probabilities = [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1]

    struct Case: Sendable, CustomStringConvertible {
        let data: String
        let values: [Double]
        let type: Int
        let expected: [Double]
        var description: String { "\(data) type \(type)" }
    }

    /// Reference values: R 4.2 `quantile(x, c(0, .1, .25, .5, .75, .9, 1), type = t)`,
    /// identical to NumPy 2.4 `quantile(x, p, method=…)` to 1e-15.
    static let cases: [Case] = {
        let table: [(String, [Double], [[Double]])] = [
            (
                "sentences", sentenceYears,
                [
                    [3, 3, 5, 7, 10, 10, 12], [3, 3, 5, 7, 10, 10, 12], [3, 3, 5, 7, 7, 10, 12],
                    [3, 3, 5, 6.5, 7.75, 10, 12], [3, 3, 5.25, 7, 9.25, 10, 12], [3, 3, 5, 7, 10, 10, 12],
                    [3, 3, 5.5, 7, 8.5, 10, 12], [3, 3, 5.166666666666667, 7, 9.500000000000002, 10, 12],
                    [3, 3, 5.1875, 7, 9.4375, 10, 12],
                ]
            ),
            (
                "negatives", negatives,
                [
                    [-4.5, -4.5, -3, -1, 2.25, 7, 7], [-4.5, -4.5, -3, -0.5, 2.25, 7, 7],
                    [-4.5, -4.5, -3, -1, 0, 2.25, 7], [-4.5, -4.5, -3.75, -1, 1.125, 4.150000000000002, 7],
                    [-4.5, -4.35, -3, -0.5, 2.25, 6.525000000000002, 7], [-4.5, -4.5, -3.375, -0.5, 3.4375, 7, 7],
                    [-4.5, -3.75, -2.5, -0.5, 1.6875, 4.625, 7], [-4.5, -4.5, -3.125, -0.5, 2.645833333333332, 7, 7],
                    [-4.5, -4.5, -3.09375, -0.5, 2.546875, 7, 7],
                ]
            ),
            (
                "pair", [1, 2],
                [
                    [1, 1, 1, 1, 2, 2, 2], [1, 1, 1, 1.5, 2, 2, 2], [1, 1, 1, 1, 2, 2, 2],
                    [1, 1, 1, 1, 1.5, 1.8, 2], [1, 1, 1, 1.5, 2, 2, 2], [1, 1, 1, 1.5, 2, 2, 2],
                    [1, 1.1, 1.25, 1.5, 1.75, 1.9, 2], [1, 1, 1, 1.5, 2, 2, 2], [1, 1, 1, 1.5, 2, 2, 2],
                ]
            ),
            ("single", [42], Array(repeating: Array(repeating: 42, count: 7), count: 9)),
        ]
        return table.flatMap { name, values, rows in
            rows.enumerated().map { Case(data: name, values: values, type: $0.offset + 1, expected: $0.element) }
        }
    }()

    @Test(arguments: cases)
    func sortedQuantilesMatchR(_ c: Case) throws {
        let method = try #require(QuantileMethod(rawValue: c.type))
        let result = try #require(try Sample(c.values).quantiles(Self.probabilities, method: method))
        for (got, want) in zip(result, c.expected) {
            #expect(close(got, want), "\(c): got \(got), want \(want)")
        }
    }

    @Test(arguments: cases)
    func selectionAgreesWithSorting(_ c: Case) throws {
        let method = try #require(QuantileMethod(rawValue: c.type))
        let sample = try Sample(c.values.reversed())
        for (p, want) in zip(Self.probabilities, c.expected) {
            #expect(close(sample.quantile(p, method: method), want), "\(c) p=\(p)")
        }
    }

    @Test(arguments: QuantileMethod.allCases)
    func emptySampleHasNoQuantile(_ method: QuantileMethod) throws {
        let empty = try Sample([Double.nan])
        #expect(empty.quantile(0.5, method: method) == nil)
        #expect(empty.quantiles([0.5], method: method) == nil)
    }

    @Test func selectionMatchesSortOnManyPermutations() throws {
        var generator = SplitMix64(seed: 7)
        for n in [1, 2, 3, 10, 101, 1000] {
            let values = (0..<n).map { _ in Double(generator.next() % 50) - 25 }
            let sample = try Sample(values)
            let sorted = values.sorted()
            for method in QuantileMethod.allCases {
                for p in [0.0, 0.01, 0.33, 0.5, 0.99, 1] {
                    #expect(sample.quantile(p, method: method) == quantile(ofSorted: sorted, p, method: method))
                }
            }
        }
    }

    @Test func selectionSurvivesAdversarialInput() {
        var values = (0..<10_000).map { Double($0 % 2 == 0 ? $0 : 10_000 - $0) }
        selectInPlace(&values, k: 5_000)
        #expect(values[5_000] == 5_000)
    }

    @Test func namesAreDocumented() {
        #expect(QuantileMethod.default.description == "R type 7 (NumPy linear)")
        #expect(QuantileMethod.type6.numpyName == "weibull")
    }
}
