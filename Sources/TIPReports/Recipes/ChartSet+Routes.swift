import TIPScene
import TIPStatistics
import TIPLayout
import TIPData

/// The chart of a country's trafficking routes.
extension ChartSet {
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
