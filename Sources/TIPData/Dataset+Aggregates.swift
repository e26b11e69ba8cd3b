extension Dataset {
    /// Names that are aggregates, not countries, when a file has no `aggregate` column:
    /// World, UNODC GLOTIP's regions and subregions, and the TIP Report's regions.
    /// Compared ignoring case.
    public static let knownAggregates: Set<String> = [
        "world", "global", "total",
        // UNODC Global Report on Trafficking in Persons regions and subregions.
        "africa", "americas", "asia", "europe", "oceania", "north america", "central america and the caribbean",
        "south america", "western and southern europe", "central and south-eastern europe",
        "eastern europe and central asia", "north africa and the middle east", "sub-saharan africa", "south asia",
        "east asia and the pacific", "central asia", "eastern europe",
        // U.S. State Department TIP Report regions.
        "east asia and pacific", "near east", "south and central asia", "western hemisphere",
    ]

    /// True when `name` is in ``knownAggregates``.
    public static func isKnownAggregate(_ name: String) -> Bool { knownAggregates.contains(name.lowercased()) }
}
