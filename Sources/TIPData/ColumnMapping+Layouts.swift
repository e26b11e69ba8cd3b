extension ColumnMapping {
    /// A published file layout that loads with no options, recognised by its header.
    public enum KnownLayout: String, Sendable, CaseIterable {
        /// UNODC's trafficking data release (the Global Report on Trafficking in Persons data,
        /// one row per country, indicator, dimension, category, sex, age and year):
        /// `Iso3_code, Country, Region, Subregion, Indicator, Dimension, Category, Sex, Age,
        /// Year, Unit of measurement, txtVALUE` and, when present, `Source`.
        case unodcRelease

        /// The columns (in lower case) whose presence identifies the layout.
        var signature: [String] {
            switch self {
            case .unodcRelease:
                [
                    "iso3_code", "country", "region", "indicator", "dimension", "category", "sex", "age", "year",
                    "unit of measurement", "txtvalue",
                ]
            }
        }

        /// The source of a release file without a source column.
        var defaultSource: String {
            switch self {
            case .unodcRelease: "UNODC, Global Report on Trafficking in Persons data"
            }
        }
    }

    /// The known layout of a file with `header`, when this mapping names no column itself
    /// (any column flag means the user is describing the file, and nothing is guessed).
    ///
    /// - Complexity: O(h) for h header columns.
    public func layout(of header: [String]) -> KnownLayout? {
        guard explicitlyNamed.isEmpty, breakdowns.isEmpty, categoryPairs.isEmpty, countryCode == nil,
            countRows == nil
        else { return nil }
        let names = Set(header.map { $0.lowercased() })
        return KnownLayout.allCases.first { $0.signature.allSatisfy(names.contains) }
    }

    /// This mapping with the columns of `header`'s known layout filled in (the UNODC
    /// release: the country from `Iso3_code` when `Country` is empty, an empty `Region` for
    /// aggregates, `Dimension`/`Category` as one breakdown, `Sex` and `Age` as two more,
    /// `txtVALUE` as the value, so "<5" stays censored); unchanged for any other header.
    /// Selections, `--source` and the duplicate rule are kept.
    public func adapted(to header: [String]) -> ColumnMapping {
        guard let layout = layout(of: header) else { return self }
        var byLowercase: [String: String] = [:]
        for name in header { byLowercase[name.lowercased()] = byLowercase[name.lowercased()] ?? name }
        let named = { (lower: String) in byLowercase[lower] ?? lower }
        var m = self
        switch layout {
        case .unodcRelease:
            m.country = named("country")
            m.countryCode = named("iso3_code")
            m.year = named("year")
            m.metric = named("indicator")
            m.value = named("txtvalue")
            m.unit = named("unit of measurement")
            m.aggregateWhenEmpty = named("region")
            m.categoryPairs = [CategoryPair(dimension: named("dimension"), category: named("category"))]
            m.breakdowns = [named("sex"), named("age")]
            if let source = byLowercase["source"] {
                m.sourceColumn = source
            } else if m.source == nil {
                m.source = layout.defaultSource
            }
        }
        return m
    }
}
