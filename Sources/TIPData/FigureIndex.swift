import TIPStatistics

/// The figures of a dataset grouped once by place and measure, so that charts and
/// summaries over thousands of series read each series in O(its length) instead of
/// scanning every figure for each one.
///
/// Built in O(n log n) for n figures; lookups are O(1) plus the series' length.
public struct FigureIndex: Sendable {
    /// A place (country or aggregate) and a measure: the identity of one series.
    public struct Key: Hashable, Sendable {
        /// The country or aggregate.
        public let place: String
        /// The metric and unit.
        public let measure: Measure
    }

    /// Numeric measures in order of first appearance (tier placements are not numeric).
    public let measures: [Measure]
    /// Countries, then aggregates, in dataset order.
    public let places: [String]
    private let totalsByKey: [Key: [Figure]]
    private let partsByKey: [Key: [Figure]]
    private let placesByMeasure: [Measure: (countries: [String], aggregates: [String])]
    private let yearRange: [Measure: ClosedRange<Int>]
    /// For measures whose figures cover periods: each first year's period, and the first
    /// years of every total (a file may mix periods and single years).
    private let periodsByMeasure: [Measure: (periods: [Int: YearRange], starts: [Int])]

    /// The index of `dataset`'s figures.
    ///
    /// - Complexity: O(n log n).
    public init(_ dataset: Dataset) {
        var totals: [Key: [Figure]] = [:]
        var parts: [Key: [Figure]] = [:]
        var measures: [Measure] = []
        var seenMeasures = Set<Measure>()
        var placeSets: [Measure: (countries: Set<String>, aggregates: Set<String>)] = [:]
        var years: [Measure: ClosedRange<Int>] = [:]
        var periods: [Measure: [Int: YearRange]] = [:]
        for figure in dataset.figures where figure.value.tier == nil {
            let measure = figure.measure
            if seenMeasures.insert(measure).inserted { measures.append(measure) }
            let key = Key(place: figure.country, measure: measure)
            if figure.breakdown.isTotal {
                totals[key, default: []].append(figure)
                if let period = figure.period { periods[measure, default: [:]][figure.year] = period }
                if figure.isAggregate {
                    placeSets[measure, default: ([], [])].aggregates.insert(figure.country)
                } else {
                    placeSets[measure, default: ([], [])].countries.insert(figure.country)
                }
                let range = years[measure]
                years[measure] =
                    min(
                        range?.lowerBound ?? figure.year, figure.year)...max(
                        range?.upperBound ?? figure.year, figure.year)
            } else {
                parts[key, default: []].append(figure)
            }
        }
        for key in totals.keys { totals[key]?.sort { $0.year < $1.year } }
        let countries = dataset.countries, aggregates = dataset.aggregates
        self.measures = measures
        places = countries + aggregates.filter { !Set(countries).contains($0) }
        totalsByKey = totals
        partsByKey = parts
        placesByMeasure = placeSets.mapValues { sets in
            (countries.filter(sets.countries.contains), aggregates.filter(sets.aggregates.contains))
        }
        yearRange = years
        // Only measures of periods pay for their first years, read from the grouped totals.
        var byMeasure: [Measure: (periods: [Int: YearRange], starts: [Int])] = [:]
        for (measure, byYear) in periods {
            let starts = Set(totals.filter { $0.key.measure == measure }.values.joined().map(\.year))
            byMeasure[measure] = (byYear, starts.sorted())
        }
        periodsByMeasure = byMeasure
    }

    /// The totals of `measure` for `place`, by year.
    public func totals(_ place: String, _ measure: Measure) -> [Figure] {
        totalsByKey[Key(place: place, measure: measure)] ?? []
    }

    /// The breakdown parts of `measure` for `place`, in data order.
    public func parts(_ place: String, _ measure: Measure) -> [Figure] {
        partsByKey[Key(place: place, measure: measure)] ?? []
    }

    /// The countries (or the aggregates) with a total of `measure`, in dataset order.
    public func places(with measure: Measure, aggregates: Bool) -> [String] {
        let found = placesByMeasure[measure]
        return (aggregates ? found?.aggregates : found?.countries) ?? []
    }

    /// Every year from the first to the last total of `measure`, so a missing year is a gap;
    /// for a measure of periods ("2015–2019" in the year column), the first year of each of
    /// its figures instead, each one category. Empty when it has no total.
    public func years(of measure: Measure) -> [Int] {
        periodsByMeasure[measure]?.starts ?? yearRange[measure].map(Array.init) ?? []
    }

    /// The periods of `measure`'s figures by first year; empty for yearly data.
    public func periods(of measure: Measure) -> [Int: YearRange] {
        periodsByMeasure[measure]?.periods ?? [:]
    }

    /// The yearly series of `measure` for `place`; censored and missing values are missing
    /// in it (as ``Dataset/series(country:metric:)``).
    public func series(_ place: String, _ measure: Measure) throws(YearSeriesError) -> YearSeries {
        try YearSeries(totals(place, measure).map { YearPoint(year: $0.year, value: $0.value.exactValue) })
    }
}
