import TIPScene
import TIPStatistics
import TIPLayout
import TIPData

/// The charts of the Kazakhstan set, by the name `tipcharts render` takes.
public enum ChartID: String, CaseIterable, Sendable, Codable {
    /// Investigations, prosecutions and convictions, 2006 vs 2007.
    case lawEnforcement = "law-enforcement"
    /// Convictions with the change annotated.
    case convictions
    /// The percent change of each measure.
    case yearOverYear = "year-over-year"
    /// The histogram of prison terms.
    case sentences
    /// Victims by form of exploitation, as a donut.
    case victimsDonut = "victims-donut"
    /// The same, as horizontal bars.
    case victimsBars = "victims-bars"
    /// Funding, with the source's qualifiers.
    case funding
    /// The trafficking routes.
    case routes

    /// A one-line description for help text and the report.
    public var summary: String {
        switch self {
        case .lawEnforcement: "Investigations, prosecutions and convictions, 2006 vs 2007 (grouped bars)"
        case .convictions: "Convictions 2006-2007 with the year-over-year change"
        case .yearOverYear: "Year-over-year percent change per measure"
        case .sentences: "Histogram of the 19 prison sentences with mean and median"
        case .victimsDonut: "Victims identified by form of exploitation (donut)"
        case .victimsBars: "Victims identified by form of exploitation (horizontal bars)"
        case .funding: "Government anti-trafficking funding (currency)"
        case .routes: "Trafficking routes: origins, Kazakhstan, destinations"
        }
    }
}

/// Builds the chart specifications of a ``CountryReport``. Pure data: no rendering here.
public struct ChartSet: Sendable {
    /// The report the charts are drawn from.
    public let report: CountryReport

    /// The chart set of `report`.
    public init(_ report: CountryReport) {
        self.report = report
    }

    /// The source note for charts of figures from `observations`.
    func sourceNote(_ provenances: [Provenance]) -> String {
        let citations = provenances.map(\.source.citation).uniqued()
        return "Source: " + (citations.isEmpty ? "unknown" : citations.joined(separator: "; ")) + "."
    }

    /// The chart `id` as a specification.
    public func chart(_ id: ChartID) -> any Chart {
        switch id {
        case .lawEnforcement: lawEnforcement()
        case .convictions: convictions()
        case .yearOverYear: yearOverYear()
        case .sentences: sentences()
        case .victimsDonut: victimsDonut()
        case .victimsBars: victimsBars()
        case .funding: funding()
        case .routes: routes()
        }
    }

    static let pipeline: [Metric] = [.investigations, .prosecutions, .convictions]

    func lawEnforcement() -> BarChart {
        let years = Set(Self.pipeline.flatMap { report.observations(of: $0).map(\.year) }).sorted()
        let series = years.map { year in
            Series(
                name: String(year),
                values: Self.pipeline.map { metric in
                    report.observations(of: metric).first { $0.year == year }?.value ?? .nan
                })
        }
        let provenances = Self.pipeline.flatMap { report.observations(of: $0).map(\.provenance) }
        return BarChart(
            categories: Self.pipeline.map(\.displayName), series: series,
            text: ChartText(
                title:
                    "\(report.country): anti-trafficking law enforcement, "
                    + "\(years.map(String.init).joined(separator: " vs "))",
                subtitle: "Trafficking investigations, prosecutions initiated and offenders convicted",
                source: sourceNote(provenances), yAxisTitle: "Number"))
    }

    func convictions() -> BarChart {
        let observations = report.observations(of: .convictions)
        return BarChart(
            categories: observations.map { String($0.year) },
            series: [Series(name: "Convictions", values: observations.map(\.value))],
            annotatesChange: true,
            text: ChartText(
                title: "\(report.country): trafficking offenders convicted",
                subtitle: "Convictions by year, with the year-over-year change",
                source: sourceNote(observations.map(\.provenance)), yAxisTitle: "Offenders convicted"))
    }

    func yearOverYear() -> BarChart {
        var names: [String] = []
        var values: [Double] = []
        var provenances: [Provenance] = []
        var span = ""
        for metric in Self.pipeline {
            guard let series = try? report.series(of: metric), let change = series.yearOverYearChanges().last,
                let percent = change.percent.value
            else { continue }
            names.append(metric.displayName)
            values.append(percent)
            span = "\(change.fromYear) to \(change.toYear)"
            provenances += report.observations(of: metric).map(\.provenance)
        }
        return BarChart(
            categories: names, series: [Series(name: "Change", values: values)], orientation: .horizontal,
            valueFormat: .signedPercent(decimals: 0),
            text: ChartText(
                title: "\(report.country): year-over-year change, \(span)",
                subtitle: "Percent change of each measure from the previous year",
                source: sourceNote(provenances), xAxisTitle: "Change from previous year"))
    }

    func victimsBars() -> BarChart {
        let victims = report.observations(of: .victimsIdentified).sorted { $0.value > $1.value }
        let year = victims.first.map { String($0.year) } ?? ""
        return BarChart(
            categories: victims.map { ($0.category ?? "unspecified").capitalizedFirst },
            series: [Series(name: "Victims", values: victims.map(\.value))],
            orientation: .horizontal, colorsByCategory: true,
            text: ChartText(
                title: "\(report.country): victims identified in \(year)",
                subtitle: "Victims formally identified by the police, by form of exploitation",
                source: sourceNote(victims.map(\.provenance)), xAxisTitle: "Victims identified"))
    }

    func funding() -> BarChart {
        let funding = report.observations(of: .funding).sorted { $0.value > $1.value }
        let year = funding.first.map { String($0.year) } ?? ""
        return BarChart(
            categories: funding.map { ($0.category ?? "funding").capitalizedFirst },
            series: [Series(name: "Funding", values: funding.map(\.value))], orientation: .horizontal,
            valueFormat: .currency(symbol: "$"), colorsByCategory: true,
            valueLabels: [
                funding.map {
                    [$0.qualifier.phrase, ValueFormat.currency(symbol: "$").string($0.value)].filter { !$0.isEmpty }
                        .joined(separator: " ")
                }
            ],
            text: ChartText(
                title: "\(report.country): government anti-trafficking funding, \(year)",
                subtitle: "U.S. dollars, as the source qualifies them (\"nearly\", \"at least\")",
                source: sourceNote(funding.map(\.provenance)), xAxisTitle: "U.S. dollars"))
    }
}

extension String {
    /// "labour trafficking" → "Labour trafficking".
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
