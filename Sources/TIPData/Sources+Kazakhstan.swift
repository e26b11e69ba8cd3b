extension Source {
    /// Reference [2] of the seed article: the country narrative of the 2008 report.
    public static let tipReport2008 = Source(
        title: "Trafficking in Persons Report 2008", publisher: "U.S. Department of State",
        published: "2008-06-04", articleReference: 2)

    /// Reference [1]: the UN Treaty Collection entry for the Palermo Protocol.
    public static let unTreatyCollection = Source(
        title: "United Nations Treaty Collection, Chapter XVIII Penal Matters, Section 12a (retrieved 2024-08-19)",
        publisher: "United Nations", articleReference: 1)

    /// Reference [3]: the tier placements of the 2017 report.
    public static let tipReport2017TierPlacements = Source(
        title: "Trafficking in Persons Report 2017: Tier Placements", publisher: "U.S. Department of State",
        articleReference: 3)

    /// Reference [4]: the 2023 report.
    public static let tipReport2023 = Source(
        title: "Trafficking in Persons Report 2023", publisher: "U.S. Department of State", articleReference: 4)
}
