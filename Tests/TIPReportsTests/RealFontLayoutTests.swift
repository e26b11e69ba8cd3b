import TIPScene
import TIPCairo
import TIPLayout
import Foundation
import Testing

/// Hard label cases laid out with the real bundled font. Set TIPCHARTS_ARTIFACTS=DIR to
/// also write the PNGs there for a person to look at.
struct RealFontLayoutTests {
    static let longNames = [
        "Commercial sexual exploitation of children", "Forced labour in construction", "Forced labour in agriculture",
        "Domestic servitude", "Forced begging", "Organ removal", "Forced marriage and bride kidnapping",
        "Debt bondage in brick kilns", "Child soldiers", "Forced criminality",
    ]
    static let kazakh = ["Тергеу", "Қылмыстық қудалау", "Сотталғандар"]

    static let charts: [(String, any Chart)] = [
        (
            "long-vertical",
            BarChart(
                categories: longNames, series: [Series(name: "n", values: (1...10).map { Double($0 * 137) })],
                text: ChartText(title: "Forms of exploitation with long names", source: "Source: test data"))
        ),
        (
            "long-horizontal",
            BarChart(
                categories: longNames, series: [Series(name: "n", values: (1...10).map { Double($0 * 137) })],
                orientation: .horizontal, text: ChartText(title: "Forms of exploitation", source: "Source: test data"))
        ),
        (
            "cyrillic",
            BarChart(
                categories: kazakh,
                series: [Series(name: "2006", values: [13, 7, 1]), Series(name: "2007", values: [22, 16, 19])],
                text: ChartText(
                    title: "Қазақстан: адам саудасына қарсы құқық қорғау",
                    subtitle: "Расследования, преследования и приговоры",
                    source: "Дереккөз: АҚШ Мемлекеттік департаменті", yAxisTitle: "Саны"))
        ),
        (
            "many-years",
            LineChart(
                x: .categories((1990...2025).map(String.init)),
                series: [
                    Series(name: "Convictions", values: (0..<36).map { Double(($0 * 7) % 23) }),
                    Series(name: "Prosecutions", values: (0..<36).map { Double(($0 * 5) % 31) }),
                ],
                text: ChartText(title: "Thirty-six years as categories", source: "Source: test data"))
        ),
    ]

    @Test(arguments: [Size(width: 400, height: 300), Size(width: 800, height: 500), Size(width: 1600, height: 900)])
    func hardLabelsFitWithTheRealFont(_ size: Size) throws {
        let measurer = try CairoTextMeasurer()
        let artifacts = ProcessInfo.processInfo.environment["TIPCHARTS_ARTIFACTS"]
        for (name, chart) in Self.charts {
            let scene = chart.scene(size: size, measurer: measurer)
            for problem in layoutProblems(scene, "\(name) \(size)") { Issue.record(Comment(rawValue: problem)) }
            if let artifacts {
                try SceneRenderer().write(scene, to: "\(artifacts)/\(name)-\(Int(size.width)).png")
            }
        }
    }
}
