import TIPStatistics
import Foundation
import Testing
@testable import TIPData

struct KazakhstanDatasetTests {
    static let data = Dataset.kazakhstan2008
    static let report: CountryProfile = {
        // The embedded dataset must have Kazakhstan's profile; a missing one fails every test here.
        guard let profile = data.profile(of: "Kazakhstan") else { fatalError("no Kazakhstan profile") }
        return profile
    }()
    /// A verbatim copy of the seed article (`shared/seed/000_c1871f22510823ff.txt`).
    static let seedText: String? = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/seed-article.txt")
        return try? String(contentsOf: url, encoding: .utf8)
    }()

    @Test(
        arguments: [
            (Metric.investigations, 2006, nil, 13.0), (.investigations, 2007, nil, 22),
            (.prosecutions, 2006, nil, 7), (.prosecutions, 2007, nil, 16),
            (.convictions, 2006, nil, 1), (.convictions, 2007, nil, 19),
            (.victimsIdentified, 2007, "labour trafficking", 87),
            (.victimsIdentified, 2007, "commercial sexual exploitation", 25),
            (.funding, 2007, "victim assistance", 35_000), (.funding, 2007, "NGO awareness campaigns", 12_500),
            (.awarenessBooklets, 2007, nil, 3_000),
            (.officialsProsecutedForComplicity, 2007, nil, 3), (.officialsAtLarge, 2007, nil, 2),
        ] as [(Metric, Int, String?, Double)])
    func everySeedFigureIsPresentWithProvenance(
        _ metric: Metric, _ year: Int, _ category: String?, _ value: Double
    ) throws {
        let matches = Self.data.figures.filter {
            $0.metric == metric && $0.year == year && $0.category == category
        }
        let figure = try #require(matches.count == 1 ? matches.first : nil)
        #expect(figure.value == .exact(value))
        let provenance = try #require(figure.provenance)
        #expect(provenance.source == .tipReport2008)
        #expect(provenance.source.citation == "U.S. Department of State, Trafficking in Persons Report 2008")
        #expect(figure.citation == provenance.source.citation)
        #expect(provenance.source.articleReference == 2)
        #expect(provenance.reportYear == 2008)
        #expect(provenance.dataYear == year)
    }

    @Test func everyObservationIsAccountedFor() {
        #expect(Self.data.figures.count == 13)
        #expect(Set(Self.data.figures.map(\.key)).count == 13)
        #expect(Self.data.profiles.map(\.country) == ["Kazakhstan"] && Self.data.countries == ["Kazakhstan"])
    }

    @Test func excerptsAreVerbatimFromTheArticle() throws {
        let text = try #require(Self.seedText, "the fixture copy of the seed article is missing")
        let r = Self.report
        var provenances: [Provenance] = Self.data.figures.compactMap(\.provenance)
        #expect(provenances.count == Self.data.figures.count, "every embedded figure has a provenance")
        provenances += r.sentences.map(\.provenance) + r.complicitySentences.map(\.provenance)
        provenances += r.routes.map(\.provenance) + r.treatyEvents.map(\.provenance)
        provenances += (r.penalCode.map { [$0.provenance] } ?? []) + [r.tierPlacements[0].provenance]
        for p in provenances {
            #expect(text.contains(p.excerpt), "not in the article: \(p.excerpt)")
        }
    }

    @Test func qualifiersAreKept() throws {
        let funding = Self.data.figures(country: "Kazakhstan", metric: .funding, categorised: true)
        #expect(funding.first { $0.category == "victim assistance" }?.qualifier == .nearly)
        #expect(funding.first { $0.category == "NGO awareness campaigns" }?.qualifier == .atLeast)
        #expect(Self.data.figures(country: "Kazakhstan", metric: .awarenessBooklets).first?.qualifier == .approximately)
        #expect(funding.allSatisfy { $0.unit == MeasureUnit.usDollars.rawValue })
        #expect(Self.data.figures(country: "Kazakhstan", metric: .convictions).allSatisfy { $0.qualifier == nil })
    }

    @Test func sentencesMatchTheArticle() {
        let groups = Self.report.sentences.map { ($0.term.months / 12, $0.count) }
        #expect(groups.map(\.0) == [12, 10, 7, 6, 5, 3])
        #expect(groups.map(\.1) == [1, 4, 5, 4, 2, 3])
        #expect(Self.report.sentenceDistribution.terms.count == 19)
        #expect(Self.report.complicitySentences.map(\.term.months) == [78])
    }

    @Test func legalFrameworkTreatiesAndTiers() {
        let r = Self.report
        #expect(r.penalCode?.articles == ["128", "133", "125(3)(b)", "126(3)(b)", "270"])
        #expect(r.penalCode?.maximumPenalty == SentenceTerm(years: 15))
        #expect(r.treatyEvents.map { "\($0.year)-\($0.month ?? 0)" } == ["2008-7"])
        #expect(r.treatyEvents[0].provenance.source.articleReference == 1)
        #expect(r.tierPlacements.map(\.year) == [2008, 2017, 2023])
        #expect(r.tierPlacements.map(\.tier) == [nil, .tier2, .tier2])
        #expect(r.tierPlacements.map(\.provenance.source.articleReference) == [2, 3, 4])
    }

    @Test func routesNameEveryCountryAndNoCounts() {
        let r = Self.report
        #expect(r.roles == [.source, .transit, .destination])
        let inbound = r.routes.filter { $0.role == .inbound }.map(\.from)
        #expect(inbound == ["Uzbekistan", "Kyrgyzstan", "Tajikistan", "Afghanistan"])
        #expect(r.routes.filter { $0.role == .onward }.map(\.to) == ["Russia", "United Arab Emirates"])
        #expect(
            Set(r.routes.filter { $0.role == .outbound }.map(\.to)) == [
                "United Arab Emirates", "Azerbaijan", "Turkey", "Israel", "Greece", "Russia", "Germany",
                "United States",
            ])
        #expect(r.routes.contains { $0.role == .internal && $0.from == "Kazakhstan" && $0.to == "Kazakhstan" })
        #expect(r.routes.filter { $0.role == .inbound }.allSatisfy { $0.sectors == ["construction", "agriculture"] })
    }

    @Test func sourcesAreListedOnce() {
        #expect(Self.data.sources.map(\.articleReference) == [1, 2, 3, 4])
        #expect(Self.data.citations.count == 4)
    }

    @Test func seriesAreYearly() throws {
        let convictions = try Self.data.series(country: "Kazakhstan", metric: .convictions)
        #expect(convictions.points == [YearPoint(year: 2006, value: 1), YearPoint(year: 2007, value: 19)])
    }
}
