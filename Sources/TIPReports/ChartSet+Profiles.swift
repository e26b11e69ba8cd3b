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
            markers.append(ReferenceLine(value: mean, label: "Mean \(years.string(mean)) years"))
        }
        if let median = sample.median {
            markers.append(ReferenceLine(value: median, label: "Median \(years.string(median)) years"))
        }
        let year = profile.sentences.first?.provenance.dataYear.map { " in \($0)" } ?? ""
        return HistogramChart(
            edges: histogram.edges, counts: histogram.counts, markers: markers,
            text: ChartText(
                title: "\(country): prison sentences of the \(distribution.terms.count) traffickers convicted\(year)",
                subtitle: "Number of offenders by length of sentence",
                source: sourceNote([], profile.sentences.map(\.provenance)),
                xAxisTitle: "Sentence (years of imprisonment)", yAxisTitle: "Offenders"))
    }

    func routes(country: String) throws(ChartSetError) -> FlowDiagram {
        guard let profile = dataset.profile(of: country), !profile.routes.isEmpty else {
            throw ChartSetError("the data name no trafficking routes for \(country)")
        }
        let legs = profile.routes
        let origins = legs.filter { $0.role == .inbound }.map(\.from).uniqued()
        let destinations = legs.filter { $0.role == .onward || $0.role == .outbound }.map(\.to).uniqued()
        let groups: [(RouteRole, String)] = [
            (.inbound, "Trafficked into \(country)"), (.onward, "Moved on from \(country) (transit)"),
            (.outbound, "\(country)'s nationals trafficked abroad"),
        ]
        let links = legs.filter { $0.role != .internal }.map { leg in
            FlowLink(from: leg.from, to: leg.to, group: groups.first { $0.0 == leg.role }?.1 ?? leg.role.rawValue)
        }
        let forms = Set(legs.flatMap(\.forms))
        let formText = ExploitationForm.allCases.filter(forms.contains).map(\.displayName.lowercasedFirst)
            .joined(separator: " and ")
        let everyLeg = legs.allSatisfy { Set($0.forms) == forms }
        let sectors = legs.flatMap(\.sectors).uniqued()
        var subtitle = (everyLeg ? "Every route is reported for " : "Routes are reported for ") + formText
        if !sectors.isEmpty {
            subtitle +=
                "; \(sectors.joined(separator: " and ")) are named for forced labour on routes through \(country)"
        }
        subtitle += ". The source gives no numbers, so all lines have the same width."
        let year = profile.rolesYear ?? legs.compactMap(\.provenance.dataYear).max()
        return FlowDiagram(
            columns: [origins, [country], destinations], links: links, groups: groups.map(\.1),
            centerNote: legs.contains { $0.role == .internal } ? "Also trafficking within \(country)." : nil,
            text: ChartText(
                title: "\(country): trafficking routes" + (year.map { " reported in \($0)" } ?? ""),
                subtitle: subtitle, source: sourceNote([], legs.map(\.provenance))))
    }
}
