import Testing
@testable import TIPStatistics

/// The fast paths give exactly what the plain ones give.
struct BulkPathTests {
    /// A deterministic stream (splitmix64), so failures reproduce.
    static func stream(_ seed: UInt64, count: Int) -> [Double] {
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { _ in Double(generator.next() % 1000) / 7 }  // many ties
    }

    @Test(arguments: QuantileMethod.allCases)
    func quantilesFromOneSelectionMatchEachQuantile(_ method: QuantileMethod) throws {
        let probabilities = [0, 0.01, 0.25, 0.5, 0.5, 0.75, 0.9, 0.999, 1]
        for (seed, count) in [(1, 1), (2, 2), (3, 7), (4, 100), (5, 1001), (6, 20_000)] as [(UInt64, Int)] {
            let sample = try Sample(Self.stream(seed, count: count))
            let together = try #require(sample.quantiles(probabilities, method: method))
            let apart = probabilities.map { sample.quantile($0, method: method) ?? .nan }
            #expect(together == apart, "n = \(count), \(method)")
        }
    }

    @Test func evenBinsAreFoundLikeBinarySearch() {
        let values = Self.stream(7, count: 50_000) + [0, 1000.0 / 7, 999.0 / 7, 1e-300, -0.0]
        for edges in [
            stride(from: 0.0, through: 150, by: 1.5).map { $0 }, (0...100).map { Double($0) * 0.1 + 3 },
            [0, 1, 2, 50, 51, 142.9], [-1, 200],
        ] {
            let locator = BinLocator(edges: edges)
            for value in values {
                #expect(
                    locator.bin(of: value) == Histogram.bin(of: value, edges: edges), "\(value) in \(edges.prefix(3))…")
            }
        }
    }

    @Test func theArrayPathAgreesWithTheSequencePath() throws {
        let clean = Self.stream(9, count: 1000)
        #expect(try Sample(clean) == Sample(clean.lazy.map { $0 }))
        let missing = clean + [.nan, 3]
        #expect(try Sample(missing).missingCount == 1 && Sample(missing).count == 1001)
        #expect(throws: SampleError.infiniteValue(index: 2, value: -.infinity)) { try Sample([1, 2, -.infinity]) }
        #expect(throws: SampleError.infiniteValue(index: 0, value: .infinity)) { try Sample([.infinity, .nan]) }
    }
}
