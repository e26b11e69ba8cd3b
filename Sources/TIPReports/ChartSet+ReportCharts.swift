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
    /// - `MEASURE-by-country`, `MEASURE-map` and `MEASURE-small-multiples`, with several countries;
    /// - `MEASURE-bars` and `MEASURE-donut` (exact counts only) for each breakdown dimension
    ///   (`MEASURE-DIMENSION-bars` for dimensions other than `category`);
    /// - `tier-timeline`, and `tier-steps` for one country, when the data hold tier placements;
    ///   with several countries, `tier-map` (the latest edition, or ``edition``) and
    ///   `tier-map-FIRST` (the first edition, unless ``edition`` is set);
    /// - `sentences` and `routes` for each profile that has them.
    ///
    /// With more than 12 countries, the breakdowns are one
    /// `MEASURE-DIMENSION-by-country-shares` chart each (the largest countries side by side)
    /// instead of a pair per country, and the small multiples are one page per UN M49
    /// sub-region, so a report of the world stays within ``maximumReportCharts``.
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
        // Too many countries for a chart of each: one chart per breakdown compares the largest,
        // and the small multiples are one chart per M49 sub-region.
        let worldScale = countries.count > Self.maximumCountriesCharted
        for measure in index.measures where placesWith(measure, aggregates: false).count > 1 {
            let name = name(measure)
            add("\(name)-by-country", self.countries(measure))
            add("\(name)-map", try? metricMap(measure))
            if worldScale {
                for (suffix, chart) in regionalSmallMultiples(measure) {
                    add("\(name)-small-multiples" + suffix, chart)
                }
            } else if !spreads(measure, placesWith(measure, aggregates: false), years: years(of: measure)) {
                // Magnitudes far apart are already panels in the measure's own chart.
                let pages = smallMultiplesPages(measure)
                for (index, page) in pages.enumerated() {
                    add("\(name)-small-multiples" + (pages.count > 1 ? "-\(index + 1)" : ""), page)
                }
            }
        }
        if worldScale {
            for measure in index.measures {
                let along = countries.flatMap { dimensions($0, measure) }.uniqued()
                for dimension in along {
                    let stem = name(measure) + (dimension == "category" ? "" : "-" + slug(dimension))
                    add(stem + "-by-country-shares", try? breakdownAcrossCountries(measure, dimension: dimension))
                }
            }
        }
        for country in countries where !worldScale {
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
        // A map places several countries; one country's placements read best as its step line.
        // The latest edition's map, and the first edition's beside it to show what moved.
        if histories.count > 1 {
            add("tier-map", try? tierMap(edition: edition))
            let editions = Set(histories.flatMap { $0.placements.map(\.edition) })
            if edition == nil, let first = editions.min(), editions.count > 1 {
                add("tier-map-\(first)", try? tierMap(edition: first))
            }
        }
        for country in countries {
            add("sentences" + suffix(country), try? sentences(country: country))
            add("routes" + suffix(country), try? routes(country: country))
        }
        return charts
    }
}

extension ChartSet {
    /// `places` grouped by UN M49 sub-region (``/TIPData/Regions/subregion(of:)``), in the
    /// order of their first member; places no table knows are one group at the end, with no
    /// region.
    ///
    /// - Complexity: O(p · r) for p places and r regions.
    func regionalGroups(_ places: [String]) -> [(region: String?, places: [String])] {
        var groups: [(region: String?, places: [String])] = []
        var other: [String] = []
        for place in places {
            guard let region = Regions.subregion(of: place)?.name else {
                other.append(place)
                continue
            }
            if let i = groups.firstIndex(where: { $0.region == region }) {
                groups[i].places.append(place)
            } else {
                groups.append((region, [place]))
            }
        }
        if !other.isEmpty { groups.append((nil, other)) }
        return groups
    }

    /// The small multiples of `measure`, one chart per M49 sub-region ("Other countries" for
    /// places no table knows), a region of more than ``maximumPanels`` places split into
    /// parts; named by file-name suffix (`-central-asia`, `-other-countries-2`). When no place
    /// is in a known region, the pages of ``smallMultiplesPages(_:)`` (`-1`, `-2`, …).
    func regionalSmallMultiples(_ measure: Measure) -> [(suffix: String, chart: Plot)] {
        let groups = regionalGroups(placesWith(measure, aggregates: false))
        guard groups.contains(where: { $0.region != nil }) else {
            let pages = smallMultiplesPages(measure)
            return pages.enumerated().map { (pages.count > 1 ? "-\($0.offset + 1)" : "", $0.element) }
        }
        var charts: [(suffix: String, chart: Plot)] = []
        for group in groups {
            let region = group.region.map(n) ?? t("smallMultiples.otherRegion")
            let count = (group.places.count + Self.maximumPanels - 1) / Self.maximumPanels
            for page in 0..<count {
                let end = min(group.places.count, (page + 1) * Self.maximumPanels)
                let places = Array(group.places[(page * Self.maximumPanels)..<end])
                let part = count > 1 ? t("part", ["page": String(page + 1), "count": String(count)]) : ""
                let title = t(
                    "smallMultiples.region",
                    [
                        "metric": label(measure), "region": region + part,
                        "years": span(years(of: measure), periodsByYear(measure)),
                    ])
                let suffix = "-" + slug(group.region ?? "other countries") + (count > 1 ? "-\(page + 1)" : "")
                charts.append((suffix, smallMultiples(measure, places: places, title: title)))
            }
        }
        return charts
    }
}
