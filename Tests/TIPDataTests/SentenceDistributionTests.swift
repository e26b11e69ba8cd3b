import Testing
import TIPStatistics
@testable import TIPData

private func close(_ a: Double?, _ b: Double?, tolerance: Double = 1e-12) -> Bool {
    guard let a, let b else { return a == nil && b == nil }
    return abs(a - b) <= tolerance * max(1, abs(b))
}

struct SentenceDistributionTests {
    static let distribution = SentenceDistribution(counts: [
        SentenceTerm(years: 12): 1, SentenceTerm(years: 10): 4, SentenceTerm(years: 7): 5,
        SentenceTerm(years: 6): 4, SentenceTerm(years: 5): 2, SentenceTerm(years: 3): 3,
    ])

    @Test func termsAreExactMonths() {
        #expect(SentenceTerm(years: 6, months: 6).months == 78)
        #expect(SentenceTerm(years: 6, months: 6).years == 6.5)
        #expect(SentenceTerm(years: 6, months: 6).description == "6 years 6 months")
        #expect(SentenceTerm(years: 1).description == "1 year")
        #expect(SentenceTerm(months: 1).description == "1 month")
    }

    @Test func referenceValues() throws {
        let d = Self.distribution
        #expect(d.terms.count == 19)
        #expect(d.totalPrisonYears == 130)
        #expect(close(d.share(atLeast: .init(years: 10)), 5.0 / 19))
        let summary = try #require(d.summary())
        #expect(close(summary.mean, 6.842105263157895))
        #expect(close(summary.sampleStandardDeviation, 2.587644958789466))
        #expect(close(summary.populationStandardDeviation, 2.518628655580084))
        #expect(summary.median == 7 && summary.modes == [7])
        #expect(d.sampleInYears.quantiles([0.25, 0.5, 0.75, 0.9], method: .type7) == [5.5, 7, 8.5, 10])
        #expect(d.sampleInYears.quantiles([0.25, 0.5, 0.75, 0.9], method: .type6) == [5, 7, 10, 10])
        #expect(d.sampleInYears.quantiles([0.25, 0.5, 0.75, 0.9], method: .type1) == [5, 7, 10, 10])
    }

    @Test func emptyDistributionHasNoAnswers() {
        let empty = SentenceDistribution(terms: [])
        #expect(empty.share(atLeast: .init(years: 1)) == nil)
        #expect(empty.summary() == nil)
        #expect(empty.totalPrisonYears == 0)
    }

    @Test func halfYearsAreKept() throws {
        let d = SentenceDistribution(terms: [.init(years: 6, months: 6), .init(years: 3)])
        #expect(d.totalPrisonYears == 9.5)
        #expect(try #require(d.summary()).mean == 4.75)
    }
}
