import TIPScene
import TIPStatistics
import TIPLayout
import TIPData

/// Which charts a report of the data draws, and their file names.
extension ChartSet {
    /// The charts a report draws, named for their files:
    /// - `law-enforcement`: one country with at least two pipeline stages;
    /// - `MEASURE`: each measure of the countries with several years or countries, and
    ///   `MEASURE-aggregates` for World and regional totals;
    /// - `year-over-year` (one country) or `year-over-year-MEASURE` (several);
    /// - `MEASURE-by-country` and `MEASURE-small-multiples`, with several countries;
    /// - `MEASURE-bars` and `MEASURE-donut` (exact counts only) for each breakdown dimension
    ///   (`MEASURE-DIMENSION-bars` for dimensions other than `category`);
    /// - `tier-timeline`, and `tier-steps` for one country, when the data hold tier placements;
    /// - `sentences` and `routes` for each profile that has them.
    ///
    /// Charts of one country of several carry the country in their name.
    ///
    /// - Complexity: O(c · m · n) for c countries, m measures and n figures.
    public func reportCharts() -> [ChartReport.Entry] {
        var charts: [ChartReport.Entry] = []
        // Only charts that can be drawn: values beyond what an axis holds leave a chart out,
        // and `render` of that kind says why.
        func add(_ name: String, _ chart: (any Chart)?) {
            if let chart, chart.problems.isEmpty { charts.append(ChartReport.Entry(name: name, chart: chart)) }
        }
        let countries = dataset.countries
        let several = countries.count > 1
        func suffix(_ country: String) -> String { several ? "-" + slug(country) : "" }
        if countries.count == 1, let chart = try? lawEnforcement(country: countries[0]) {
            add("law-enforcement", chart)
        }
        for measure in index.measures {
            let name = name(measure)
            let places = placesWith(measure, aggregates: false)
            if years(of: measure).count > 1 || places.count > 1, !places.isEmpty {
                add(name, self.measure(measure, aggregates: false))
            }
            let aggregates = placesWith(measure, aggregates: true)
            if !aggregates.isEmpty, years(of: measure).count > 1 || aggregates.count > 1 {
                add(name + "-aggregates", self.measure(measure, aggregates: true))
            }
        }
        if several {
            for measure in index.measures {
                add("year-over-year-" + name(measure), try? changes(of: measure))
            }
        } else {
            add("year-over-year", try? yearOverYear())
        }
        for measure in index.measures where placesWith(measure, aggregates: false).count > 1 {
            let name = name(measure)
            add("\(name)-by-country", self.countries(measure))
            // Magnitudes far apart are already panels in the measure's own chart.
            if !spreads(measure, placesWith(measure, aggregates: false), years: years(of: measure)) {
                let pages = smallMultiplesPages(measure)
                for (index, page) in pages.enumerated() {
                    add("\(name)-small-multiples" + (pages.count > 1 ? "-\(index + 1)" : ""), page)
                }
            }
        }
        for country in countries {
            for measure in index.measures {
                for dimension in dimensions(country, measure) where parts(country, measure, dimension).figures.count > 1
                {
                    let stem = name(measure) + (dimension == "category" ? "" : "-" + slug(dimension))
                    add(
                        stem + "-bars" + suffix(country),
                        try? breakdown(measure, dimension: dimension, country: country))
                    add(stem + "-donut" + suffix(country), try? shares(measure, dimension: dimension, country: country))
                }
            }
        }
        let histories = dataset.tierHistories
        // Several countries read best as a grid; one as a step line.
        if histories.count > 1, let pages = try? tierTimelinePages() {
            for (index, page) in pages.enumerated() {
                add("tier-timeline" + (pages.count > 1 ? "-\(index + 1)" : ""), page)
            }
        }
        if histories.count == 1 { add("tier-timeline", try? tierSteps(country: histories[0].country)) }
        for country in countries {
            add("sentences" + suffix(country), try? sentences(country: country))
            add("routes" + suffix(country), try? routes(country: country))
        }
        return charts
    }
}
