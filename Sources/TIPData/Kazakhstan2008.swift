import TIPStatistics

extension Dataset {
    /// Every figure of the seed article *Human trafficking in Kazakhstan*, which quotes the
    /// U.S. State Department's Trafficking in Persons Report 2008 (published 4 June 2008,
    /// describing 2007) and cites later reports for tier placements.
    ///
    /// Nothing is invented: qualifiers such as "nearly" and "at least" are kept, a year for
    /// which the source gives no tier has `tier == nil`, and routes carry no counts.
    ///
    /// The dataset holds the 13 figures, each with its ``Provenance``, and Kazakhstan's
    /// ``CountryProfile``: the 19 prison terms, the penal code, the treaty, the tier placements
    /// and the routes.
    public static let kazakhstan2008 = Dataset(
        figures: KazakhstanSeed.figures, origin: "embedded: Kazakhstan, TIP Report 2008",
        profiles: [KazakhstanSeed.profile])
}

/// The seed article's figures, kept apart from the public API.
private enum KazakhstanSeed {
    static let country = "Kazakhstan"

    static func tip2008(_ dataYear: Int?, _ excerpt: String) -> Provenance {
        Provenance(source: .tipReport2008, reportYear: 2008, dataYear: dataYear, excerpt: excerpt)
    }

    static let lawEnforcementExcerpt =
        "Police conducted 22 trafficking investigations and initiated 16 prosecution "
        + "cases in 2007, compared to 13 investigations and seven prosecutions in 2006. Courts convicted 19 "
        + "trafficking offenders in 2007, a significant improvement from one conviction in 2006."
    static let sentencesExcerpt =
        "Of the 19 convicted trafficking offenders, one was sentenced to 12 years’ "
        + "imprisonment, four were sentenced to 10 years’ imprisonment, five were sentenced to seven years’ "
        + "imprisonment, four were sentenced to six years’ imprisonment, two were sentenced to five years’ "
        + "imprisonment, and three were sentenced to three years’ imprisonment."
    static let complicityExcerpt =
        "The government prosecuted three corrupt police officials, including the former "
        + "head of the Anti-Trafficking in Persons Unit in Almaty. One officer was sentenced to six years and six "
        + "months’ imprisonment and two officers fled authorities and remained in hiding at the time of this report."
    static let victimsExcerpt =
        "In 2007, the police formally identified 87 victims of labor trafficking and 25 "
        + "victims of commercial sexual exploitation."
    static let assistanceExcerpt = "Kazakhstan allocated nearly $35,000 for victim assistance during 2007."
    static let awarenessExcerpt =
        "The government provided at least $12,500 for anti-trafficking NGOs to conduct "
        + "awareness campaigns during the reporting period."
    static let bookletsExcerpt =
        "In 2007, the government funded the production of approximately 3,000 booklets "
        + "that were distributed by NGOs among groups vulnerable to trafficking, including people in rural areas "
        + "and school children."
    static let penalCodeExcerpt =
        "Kazakhstan prohibits trafficking in persons for both labor and sexual exploitation "
        + "through Articles 128, 133, 125(3)(b), 126(3)(b), and 270 of its penal code, which prescribe penalties of "
        + "up to 15 years’ imprisonment"
    static let inboundExcerpt =
        "In 2008, Kazakhstan was a source, transit, and destination country for men, women, "
        + "and children trafficked from Uzbekistan, Kyrgyzstan, Tajikistan, and Afghanistan to Kazakhstan and on to "
        + "Russia and the United Arab Emirates (U.A.E.) for purposes of sex slavery and forced labor in the "
        + "construction and agricultural industries."
    static let outboundExcerpt =
        "Kazakhstani men and women were trafficked internally and to the U.A.E., Azerbaijan, "
        + "Turkey, Israel, Greece, Russia, and Germany and the United States for purposes of forced labor and "
        + "sexual exploitation."

    static func figure(
        _ year: Int, _ metric: Metric, _ value: Double, _ unit: MeasureUnit,
        category: String? = nil, qualifier: Qualifier = .exact, excerpt: String
    ) -> Figure {
        let provenance = tip2008(year, excerpt)
        return Figure(
            country: country, year: year, metric: metric, category: category, value: .exact(value),
            unit: unit.rawValue, qualifier: qualifier == .exact ? nil : qualifier,
            source: provenance.source.citation, provenance: provenance)
    }

    static let figures: [Figure] = [
        figure(2006, .investigations, 13, .cases, excerpt: lawEnforcementExcerpt),
        figure(2007, .investigations, 22, .cases, excerpt: lawEnforcementExcerpt),
        figure(2006, .prosecutions, 7, .cases, excerpt: lawEnforcementExcerpt),
        figure(2007, .prosecutions, 16, .cases, excerpt: lawEnforcementExcerpt),
        figure(2006, .convictions, 1, .persons, excerpt: lawEnforcementExcerpt),
        figure(2007, .convictions, 19, .persons, excerpt: lawEnforcementExcerpt),
        figure(2007, .victimsIdentified, 87, .persons, category: "labour trafficking", excerpt: victimsExcerpt),
        figure(
            2007, .victimsIdentified, 25, .persons, category: "commercial sexual exploitation",
            excerpt: victimsExcerpt),
        figure(
            2007, .funding, 35_000, .usDollars, category: "victim assistance", qualifier: .nearly,
            excerpt: assistanceExcerpt),
        figure(
            2007, .funding, 12_500, .usDollars, category: "NGO awareness campaigns", qualifier: .atLeast,
            excerpt: awarenessExcerpt),
        figure(2007, .awarenessBooklets, 3_000, .copies, qualifier: .approximately, excerpt: bookletsExcerpt),
        figure(2007, .officialsProsecutedForComplicity, 3, .persons, excerpt: complicityExcerpt),
        figure(2007, .officialsAtLarge, 2, .persons, excerpt: complicityExcerpt),
    ]

    static let sentences: [SentenceGroup] = [(12, 1), (10, 4), (7, 5), (6, 4), (5, 2), (3, 3)].map {
        SentenceGroup(term: SentenceTerm(years: $0.0), count: $0.1, provenance: tip2008(2007, sentencesExcerpt))
    }

    static let complicitySentences = [
        SentenceGroup(term: SentenceTerm(years: 6, months: 6), count: 1, provenance: tip2008(2007, complicityExcerpt))
    ]

    static let penalCode = PenalCode(
        articles: ["128", "133", "125(3)(b)", "126(3)(b)", "270"],
        maximumPenalty: SentenceTerm(years: 15),
        provenance: tip2008(nil, penalCodeExcerpt))

    static let treatyEvents = [
        TreatyEvent(
            treaty: "2000 UN TIP Protocol", event: "ratified", year: 2008, month: 7,
            provenance: Provenance(
                source: .unTreatyCollection, reportYear: 2024, dataYear: 2008,
                excerpt: "Kazakhstan ratified the 2000 UN TIP Protocol in July 2008."))
    ]

    static let tierPlacements = [
        TierPlacement(
            year: 2008, tier: nil,
            statement: "The Government of Kazakhstan did not fully comply with the minimum standards for "
                + "the elimination of trafficking; however, it made significant efforts to do so.",
            provenance: tip2008(
                2007,
                "In 2008 the Government of Kazakhstan did not fully comply with the "
                    + "minimum standards for the elimination of trafficking; however, it made significant "
                    + "efforts to do so.")),
        TierPlacement(
            year: 2017, tier: .tier2, statement: "placed the country in \"Tier 2\" in 2017",
            provenance: Provenance(
                source: .tipReport2017TierPlacements, reportYear: 2017, dataYear: nil,
                excerpt: "placed the country in \"Tier 2\" in 2017")),
        TierPlacement(
            year: 2023, tier: .tier2, statement: "placed the country in \"Tier 2\" in … 2023",
            provenance: Provenance(
                source: .tipReport2023, reportYear: 2023, dataYear: nil,
                excerpt: "placed the country in \"Tier 2\" in 2017 and 2023")),
    ]

    static let routes: [RouteLeg] = {
        let inbound = ["Uzbekistan", "Kyrgyzstan", "Tajikistan", "Afghanistan"].map {
            RouteLeg(
                from: $0, to: country, role: .inbound, forms: [.sexualExploitation, .forcedLabour],
                sectors: ["construction", "agriculture"], provenance: tip2008(2008, inboundExcerpt))
        }
        let onward = ["Russia", "United Arab Emirates"].map {
            RouteLeg(
                from: country, to: $0, role: .onward, forms: [.sexualExploitation, .forcedLabour],
                sectors: ["construction", "agriculture"], provenance: tip2008(2008, inboundExcerpt))
        }
        let outbound = [
            "United Arab Emirates", "Azerbaijan", "Turkey", "Israel", "Greece", "Russia", "Germany",
            "United States",
        ].map {
            RouteLeg(
                from: country, to: $0, role: .outbound, forms: [.forcedLabour, .sexualExploitation],
                sectors: [], provenance: tip2008(2008, outboundExcerpt))
        }
        let domestic = RouteLeg(
            from: country, to: country, role: .internal, forms: [.forcedLabour, .sexualExploitation],
            sectors: [], provenance: tip2008(2008, outboundExcerpt))
        return inbound + onward + outbound + [domestic]
    }()

    static let profile = CountryProfile(
        country: country, roles: [.source, .transit, .destination], rolesYear: 2008, sentences: sentences,
        complicitySentences: complicitySentences,
        penalCode: penalCode, treatyEvents: treatyEvents, tierPlacements: tierPlacements, routes: routes)
}
