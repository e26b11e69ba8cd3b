import TIPScene
import TIPStatistics
import TIPLayout
import TIPData

/// Charts of a country's profile: its prison sentences and its routes.
extension ChartSet {
    func sentences(country: String) throws(ChartSetError) -> HistogramChart {
        guard let profile = dataset.profile(of: country), !profile.sentences.isEmpty else {
            throw ChartSetError("the data list no prison sentences for \(country)")
        }
        let distribution = profile.sentenceDistribution
        let sample = distribution.sampleInYears
        let histogram: Histogram
        do { histogram = try Histogram(sample, binning: .unitIntegers) } catch {
            throw ChartSetError("the sentences of \(country) cannot be binned by whole years: \(error)")
        }
        var markers: [ReferenceLine] = []
        let years = ValueFormat.number(decimals: 1)
        if let mean = sample.mean {
            markers.append(
                ReferenceLine(
                    value: mean, label: t("sentences.mean", ["years": years.string(mean, locale: numberLocale)])))
        }
        if let median = sample.median {
            markers.append(
                ReferenceLine(
                    value: median, label: t("sentences.median", ["years": years.string(median, locale: numberLocale)])))
        }
        let count = String(distribution.terms.count)
        let title =
            profile.sentences.first?.provenance.dataYear.map {
                t("sentences.title.year", ["country": country, "count": count, "year": String($0)])
            } ?? t("sentences.title", ["country": country, "count": count])
        return HistogramChart(
            edges: histogram.edges, counts: histogram.counts, markers: markers,
            text: ChartText(
                title: title, subtitle: t("sentences.subtitle"),
                source: sourceNote([], profile.sentences.map(\.provenance)),
                xAxisTitle: t("sentences.xAxis"), yAxisTitle: t("sentences.yAxis")))
    }

    func routes(country: String) throws(ChartSetError) -> FlowDiagram {
        guard let profile = dataset.profile(of: country), !profile.routes.isEmpty else {
            throw ChartSetError("the data name no trafficking routes for \(country)")
        }
        let legs = profile.routes
        let origins = legs.filter { $0.role == .inbound }.map(\.from).uniqued()
        let destinations = legs.filter { $0.role == .onward || $0.role == .outbound }.map(\.to).uniqued()
        let place = ["country": country]
        let groups: [(RouteRole, String)] = [
            (.inbound, t("routes.inbound", place)), (.onward, t("routes.onward", place)),
            (.outbound, t("routes.outbound", place)),
        ]
        let links = legs.filter { $0.role != .internal }.map { leg in
            FlowLink(from: n(leg.from), to: n(leg.to), group: groups.first { $0.0 == leg.role }?.1 ?? leg.role.rawValue)
        }
        let forms = Set(legs.flatMap(\.forms))
        let formText = ExploitationForm.allCases.filter(forms.contains).map { n($0.displayName).lowercasedFirst }
            .joined(separator: t("list.and"))
        let everyLeg = legs.allSatisfy { Set($0.forms) == forms }
        let sectors = legs.flatMap(\.sectors).uniqued().map(n)
        var subtitle = t(everyLeg ? "routes.every" : "routes.some", ["forms": formText])
        if !sectors.isEmpty {
            subtitle += t("routes.sectors", ["sectors": sectors.joined(separator: t("list.and")), "country": country])
        }
        subtitle += t("routes.noNumbers")
        let year = profile.rolesYear ?? legs.compactMap(\.provenance.dataYear).max()
        return FlowDiagram(
            columns: [origins.map(n), [n(country)], destinations.map(n)], links: links, groups: groups.map(\.1),
            centerNote: legs.contains { $0.role == .internal } ? t("routes.internal", place) : nil,
            text: ChartText(
                title: year.map { t("routes.title.year", ["country": country, "year": String($0)]) }
                    ?? t("routes.title", ["country": country]),
                subtitle: subtitle, source: sourceNote([], legs.map(\.provenance))))
    }
}
