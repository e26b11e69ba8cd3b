import TIPScene
import TIPStatistics
import TIPLayout
import TIPData

extension ChartSet {
    func sentences() -> HistogramChart {
        let distribution = report.sentenceDistribution
        let sample = distribution.sampleInYears
        let histogram = (try? Histogram(sample, binning: .unitIntegers))
        var markers: [ReferenceLine] = []
        if let mean = sample.mean {
            markers.append(
                ReferenceLine(value: mean, label: "Mean \(ValueFormat.number(decimals: 1).string(mean)) years"))
        }
        if let median = sample.median {
            markers.append(
                ReferenceLine(value: median, label: "Median \(ValueFormat.number(decimals: 1).string(median)) years"))
        }
        let year = report.sentences.first?.provenance.dataYear.map(String.init) ?? ""
        return HistogramChart(
            edges: histogram?.edges ?? [], counts: histogram?.counts ?? [], markers: markers,
            text: ChartText(
                title:
                    "\(report.country): prison sentences of the \(distribution.terms.count) traffickers convicted "
                    + "in \(year)",
                subtitle: "Number of offenders by length of sentence",
                source: sourceNote(report.sentences.map(\.provenance)),
                xAxisTitle: "Sentence (years of imprisonment)", yAxisTitle: "Offenders"))
    }

    func victimsDonut() -> DonutChart {
        let victims = report.observations(of: .victimsIdentified).sorted { $0.value > $1.value }
        let year = victims.first.map { String($0.year) } ?? ""
        return DonutChart(
            slices: victims.map { DonutSlice(label: ($0.category ?? "unspecified").capitalizedFirst, value: $0.value) },
            centerLabel: "victims",
            text: ChartText(
                title: "\(report.country): victims identified in \(year)",
                subtitle: "By form of exploitation; shares of all victims identified",
                source: sourceNote(victims.map(\.provenance))))
    }

    func routes() -> FlowDiagram {
        let legs = report.routes
        let origins = legs.filter { $0.role == .inbound }.map(\.from)
        var destinations: [String] = []
        for leg in legs where (leg.role == .onward || leg.role == .outbound) && !destinations.contains(leg.to) {
            destinations.append(leg.to)
        }
        let groups: [(RouteRole, String)] = [
            (.inbound, "Trafficked into \(report.country)"), (.onward, "Moved on from \(report.country) (transit)"),
            (.outbound, "\(report.country)'s nationals trafficked abroad"),
        ]
        let links = legs.filter { $0.role != .internal }.map { leg in
            FlowLink(from: leg.from, to: leg.to, group: groups.first { $0.0 == leg.role }?.1 ?? leg.role.rawValue)
        }
        let forms = Set(legs.flatMap(\.forms))
        let formText = ExploitationForm.allCases.filter(forms.contains).map(\.displayName.localizedLowercaseFirst)
            .joined(separator: " and ")
        let internalNote = legs.contains { $0.role == .internal } ? "Also trafficking within \(report.country)." : nil
        return FlowDiagram(
            columns: [origins, [report.country], destinations], links: links, groups: groups.map(\.1),
            centerNote: internalNote,
            text: ChartText(
                title: "\(report.country): trafficking routes reported in \(report.rolesYear)",
                subtitle:
                    "Every route is reported for \(formText); construction and agriculture are named for forced labour "
                    + "on routes through \(report.country). The source gives no numbers, so all lines have the "
                    + "same width.",
                source: sourceNote(legs.map(\.provenance))))
    }
}

extension String {
    var localizedLowercaseFirst: String { prefix(1).lowercased() + dropFirst() }
}
