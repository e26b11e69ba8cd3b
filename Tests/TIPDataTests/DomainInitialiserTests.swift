import Foundation
import Testing
import TIPData
import TIPStatistics

/// Users build reports for other countries with the same public initialisers.
struct DomainInitialiserTests {
    static let provenance = Provenance(
        source: Source(title: "TIP Report 2024", publisher: "U.S. Department of State", articleReference: 1),
        reportYear: 2024, dataYear: 2023, excerpt: "…")

    @Test func aReportForAnotherCountryIsBuiltInCode() throws {
        let report = CountryReport(
            country: "Kyrgyzstan",
            observations: [
                Observation(
                    country: "Kyrgyzstan", year: 2022, metric: .convictions, value: 4, unit: .persons,
                    provenance: Self.provenance),
                Observation(
                    country: "Kyrgyzstan", year: 2023, metric: .convictions, value: 6, unit: .persons,
                    provenance: Self.provenance),
            ],
            sentences: [SentenceGroup(term: SentenceTerm(years: 8), count: 2, provenance: Self.provenance)],
            tierPlacements: [
                TierPlacement(year: 2024, tier: "Tier 2 Watch List", statement: "…", provenance: Self.provenance)
            ],
            routes: [
                RouteLeg(
                    from: "Kyrgyzstan", to: "Russia", role: .outbound, forms: [.forcedLabour],
                    provenance: Self.provenance)
            ])
        #expect(try report.series(of: .convictions).yearOverYearChanges().first?.percent == .value(50))
        #expect(report.penalCode == nil)
        #expect(report.sentenceDistribution.terms.count == 2)
        #expect(report.sources.count == 1)
    }

    @Test func decodingChecksWhatTheInitialisersRequire() {
        let source = #"{"title": "T", "publisher": "P", "articleReference": 1}"#
        let provenance = #"{"source": \#(source), "reportYear": 2024, "excerpt": "x"}"#
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(
                SentenceGroup.self,
                from: Data(#"{"term": {"months": 12}, "count": -1, "provenance": \#(provenance)}"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(
                TreatyEvent.self,
                from: Data(
                    #"{"treaty": "T", "event": "e", "year": 2008, "month": 13, "provenance": \#(provenance)}"#.utf8))
        }
    }
}
