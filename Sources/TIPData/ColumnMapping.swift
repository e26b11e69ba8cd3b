/// Which input columns hold the tidy fields, so a file with `data_year` works unedited.
public struct ColumnMapping: Sendable, Equatable {
    /// The country column's name ("country").
    public var country = "country"
    /// The year column's name ("year"; "data_year" with --year-column).
    public var year = "year"
    /// The metric column's name in a tidy file.
    public var metric = "metric"
    /// The value column's name in a tidy file.
    public var value = "value"
    /// The report-edition column's name ("edition"; "report_year" with --edition-column).
    public var edition = "edition"
    /// Columns that break a metric down (sex, age group, form of exploitation), beside the
    /// `category` column and any column named `breakdown:NAME`, which are always breakdowns.
    public var breakdowns: [String] = []
    /// Only rows of these countries are read (all when empty); other rows are skipped before
    /// their values are parsed.
    public var onlyCountries: Set<String> = []
    /// Only rows of the member countries of these regions are read, besides ``onlyCountries``
    /// (`--region "Central Asia"`).
    public var onlyRegions: [Regions.Region] = []
    /// Only rows (or, in a wide file, columns) of these metrics are read (all when empty).
    public var onlyMetrics: Set<String> = []
    /// Used for rows of a file without a country column (a wide file of one country).
    public var defaultCountry: String?
    /// What two rows of the same figure (country, year, metric, breakdown, unit, edition)
    /// mean: an error that names both lines (the default), or parts to add up.
    public var duplicates: DuplicateRows = .refuse

    /// Microdata: each row is one record (one victim, one case), and the figures are the
    /// number of rows per country, year and breakdown, under this metric name. Nil reads
    /// figures (a value per row).
    public var countRows: String?
    /// Microdata: 0/1 columns that together make one breakdown dimension, such as
    /// `form` from `sexual_exploitation,forced_labour`; each marked column is a category.
    public var flagDimensions: [FlagDimension] = []
    /// The source of every figure of a file without a `source` column (`--source`).
    public var source: String?
    /// The CSV field delimiter; nil sniffs it from the header (``sniffedDelimiter(_:)``),
    /// and a `.tsv` file is tab-delimited.
    public var delimiter: Unicode.Scalar?
    /// Numbers written with a decimal comma ("12,5"; "1.834,5" or "1 834,5" with grouping),
    /// as semicolon-delimited files from many locales write them.
    public var decimalComma = false

    /// 0/1 columns that make one breakdown dimension of microdata (`--flag-columns
    /// form=sexual_exploitation,forced_labour`).
    public struct FlagDimension: Sendable, Equatable {
        /// The dimension the columns make: "form".
        public var dimension: String
        /// The columns, each a category of the dimension named as the column is.
        public var columns: [String]

        /// The dimension `dimension` made of `columns`.
        public init(dimension: String, columns: [String]) {
            self.dimension = dimension
            self.columns = columns
        }
    }

    /// The unit column's name ("unit"; "Unit of measurement" in UNODC's release).
    public var unit = "unit"
    /// The source column's name ("source").
    public var sourceColumn = "source"
    /// A column of country codes ("Iso3_code"), read when the country cell is empty: an ISO
    /// 3166 code becomes the country's name ("KAZ" → Kazakhstan), any other code (a region's)
    /// is the name as written.
    public var countryCode: String?
    /// Pairs of columns where one names a breakdown dimension and the other the category
    /// ("Dimension" = "by form of exploitation", "Category" = "Sexual exploitation"), as
    /// UNODC's release gives them; see ``CategoryPair``.
    public var categoryPairs: [CategoryPair] = []
    /// A column whose empty cell marks an aggregate row (UNODC's "Region": regional and world
    /// totals have none).
    public var aggregateWhenEmpty: String?

    /// A dimension column and a category column that together make one breakdown part.
    ///
    /// The dimension cell names the dimension, with a leading "by " dropped ("by form of
    /// exploitation" → "form of exploitation"); the category cell is the part's value. A total
    /// category ("Total", empty) adds no part; a category without a dimension is an error.
    public struct CategoryPair: Sendable, Equatable {
        /// The column naming the dimension ("Dimension").
        public var dimension: String
        /// The column holding the category ("Category").
        public var category: String

        /// The pair of `dimension` and `category` columns.
        public init(dimension: String, category: String) {
            self.dimension = dimension
            self.category = category
        }
    }

    /// Codes that stand for tier placements in a tier metric's cells (`--tier-codes
    /// 1=Tier 1,2=Tier 2,3=Tier 2 Watch List,4=Tier 3`): sources number tiers differently,
    /// so the mapping is given, never guessed. Cells of other metrics are not touched.
    public var tierCodes: [String: Tier] = [:]

    /// What the loader does with two rows of the same figure.
    public enum DuplicateRows: Sendable, Equatable {
        /// An error naming both lines, even when their values agree: a repeated row is
        /// most often a copy-and-paste slip, and collapsing it would hide that.
        case refuse
        /// The rows are parts of one figure and are added up (``FigureValue/summed(_:_:)``:
        /// a censored part keeps the sum censored); `--sum-duplicates` on the command line.
        case sum
    }

    /// Which names were set by the user; a flag naming a column the file lacks is an error,
    /// while a missing default column may be fine (a wide file has no metric column).
    public var explicitlyNamed: Set<String> = []

    /// Column names, as the command line's mapping flags set them.
    public init(
        country: String? = nil, year: String? = nil, metric: String? = nil, value: String? = nil,
        edition: String? = nil, breakdowns: [String] = [], defaultCountry: String? = nil,
        onlyCountries: Set<String> = [], onlyMetrics: Set<String> = []
    ) {
        if let country { self.country = country; explicitlyNamed.insert("country") }
        if let year { self.year = year; explicitlyNamed.insert("year") }
        if let metric { self.metric = metric; explicitlyNamed.insert("metric") }
        if let value { self.value = value; explicitlyNamed.insert("value") }
        if let edition { self.edition = edition; explicitlyNamed.insert("edition") }
        self.breakdowns = breakdowns
        self.defaultCountry = defaultCountry
        self.onlyCountries = onlyCountries
        self.onlyMetrics = onlyMetrics
    }

    /// The prefix that marks a breakdown column in any file: `breakdown:sex`.
    public static let breakdownPrefix = "breakdown:"

    /// The flag that sets each field, for messages.
    static let flags = [
        "country": "--country-column", "year": "--year-column", "metric": "--metric-column", "value": "--value-column",
        "edition": "--edition-column",
    ]
}
