import Testing
@testable import TIPStatistics

struct SampleTests {
    @Test func nanIsCountedAsMissing() throws {
        let sample = try Sample([1, .nan, 3, -.nan])
        #expect(sample.values == [1, 3])
        #expect(sample.missingCount == 2)
    }

    @Test(arguments: [Double.infinity, -Double.infinity])
    func infinityIsRejectedWithItsPosition(_ bad: Double) {
        #expect(throws: SampleError.infiniteValue(index: 2, value: bad)) { try Sample([1, 2, bad]) }
    }

    @Test func errorReadsWell() {
        #expect(
            SampleError.infiniteValue(index: 0, value: -.infinity).description
                == "observation 1 is -infinity; statistics need finite values")
    }

    struct MomentCase: Sendable, CustomStringConvertible {
        let name: String
        let values: [Double]
        let mean: Double?, sampleSD: Double?, populationSD: Double?, sum: Double
        var description: String { name }
    }

    /// Reference values: NumPy 2.4 (`mean`, `std(ddof=1)`, `std(ddof=0)`, `sum`).
    static let momentCases: [MomentCase] = [
        .init(
            name: "sentences", values: sentenceYears, mean: 6.842105263157895,
            sampleSD: 2.587644958789466, populationSD: 2.518628655580084, sum: 130),
        .init(
            name: "negatives", values: negatives, mean: 0.125,
            sampleSD: 4.104113789845501, populationSD: 3.7465261687773292, sum: 0.75),
        .init(name: "single", values: [42], mean: 42, sampleSD: nil, populationSD: 0, sum: 42),
        .init(name: "empty", values: [], mean: nil, sampleSD: nil, populationSD: nil, sum: 0),
        .init(name: "signed zeros", values: [-0.0, 0.0], mean: 0, sampleSD: 0, populationSD: 0, sum: 0),
        .init(
            name: "largest finite", values: [.greatestFiniteMagnitude, .greatestFiniteMagnitude],
            mean: .greatestFiniteMagnitude, sampleSD: 0, populationSD: 0, sum: .infinity),
    ]

    @Test(arguments: momentCases)
    func momentsMatchNumPy(_ c: MomentCase) throws {
        let sample = try Sample(c.values)
        #expect(close(sample.mean, c.mean))
        #expect(close(sample.sampleStandardDeviation, c.sampleSD))
        #expect(close(sample.populationStandardDeviation, c.populationSD))
        #expect(sample.sum == c.sum || close(sample.sum, c.sum))
    }

    @Test func compensatedSumKeepsSmallTerms() {
        // Naive left-to-right summation returns 0 here.
        #expect(compensatedSum([1e100, 1, -1e100]) == 1)
    }

    @Test(arguments: [
        ([3.0, 1, 3, 2, 2], [2.0, 3]),
        ([5.0], []),  // one value: nothing repeats, no mode
        ([], []),
        ([1.0, 2, 3], []),  // all distinct: no mode, not every value
        ([-0.0, 0.0, 1], [-0.0]),
    ])
    func modesAreEveryMostFrequentValue(_ values: [Double], _ expected: [Double]) throws {
        #expect(try Sample(values).modes == expected)
    }

    @Test func orderStatisticsOfEmptyAreNil() throws {
        let empty = try Sample([Double]())
        #expect(empty.minimum == nil && empty.maximum == nil && empty.range == nil && empty.median == nil)
        #expect(SummaryStatistics(of: empty) == nil)
    }

    @Test func summaryOfSentencesMatchesReference() throws {
        let summary = try #require(SummaryStatistics(of: Sample(sentenceYears)))
        #expect(summary.count == 19 && summary.sum == 130)
        #expect(close(summary.mean, 6.842105263157895))
        #expect(summary.median == 7 && summary.modes == [7])
        #expect(summary.minimum == 3 && summary.maximum == 12 && summary.range == 9)
        #expect(close(summary.sampleVariance, 6.695906432748538))
        #expect(close(summary.populationVariance, 6.3434903047091415))
        #expect(summary.interquartileRange == 3)  // 8.5 − 5.5, R type 7
    }

    @Test func summaryOfOneValueHasNoSampleVariance() throws {
        let summary = try #require(SummaryStatistics(of: Sample([-2])))
        #expect(summary.sampleVariance == nil && summary.populationVariance == 0 && summary.mean == -2)
    }
}
