import Foundation
import Testing
import TIPData
import TIPStatistics

/// Users build reports for other countries with the same public initialisers.
struct DomainInitialiserTests {
    static let provenance = Provenance(
        source: Source(title: "TIP Report 2024", publisher: "U.S. Department of State", articleReference: 1),
        reportYear: 2024, dataYear: 2023, excerpt: "…")

    @Test func aDatasetForAnotherCountryIsBuiltInCode() throws {
        let figures = [(2022, 4.0), (2023, 6)].map {
            Figure(
                country: "Kyrgyzstan", year: $0.0, metric: .convictions, value: .exact($0.1), unit: "persons",
                provenance: Self.provenance)
        }
        let profile = CountryProfile(
            country: "Kyrgyzstan",
            sentences: [SentenceGroup(term: SentenceTerm(years: 8), count: 2, provenance: Self.provenance)],
            tierPlacements: [
                TierPlacement(year: 2024, tier: .tier2WatchList, statement: "…", provenance: Self.provenance)
            ],
            routes: [
                RouteLeg(
                    from: "Kyrgyzstan", to: "Russia", role: .outbound, forms: [.forcedLabour],
                    provenance: Self.provenance)
            ])
        let data = Dataset(figures: figures, origin: "built in code", profiles: [profile])
        #expect(
            try data.series(country: "Kyrgyzstan", metric: .convictions).yearOverYearChanges().first?.percent
                == .value(50))
        #expect(data.profile(of: "Kyrgyzstan")?.penalCode == nil)
        #expect(data.profile(of: "Kyrgyzstan")?.sentenceDistribution.terms.count == 2)
        #expect(data.sources.count == 1 && data.citations == ["U.S. Department of State, TIP Report 2024"])
        // Two sentences listed against six convictions in 2023 is worth a warning.
        #expect(data.consistencyNotes.contains { $0.check == "sentences_match_convictions" && $0.severity == .warning })
        #expect(data.filtered(countries: ["Kazakhstan"]).profiles.isEmpty)
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
