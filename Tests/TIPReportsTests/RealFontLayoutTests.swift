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

    struct Bar { var category: String; var series: String; var value: Double }
    struct YearValue { var year: Int; var series: String; var value: Double }

    static let counts: [Bar] = longNames.indices.map { i in
        Bar(category: longNames[i], series: "n", value: Double((i + 1) * 137))
    }
    static let stages: [Bar] = kazakh.indices.flatMap { i -> [Bar] in
        [
            Bar(category: kazakh[i], series: "2006", value: [13.0, 7, 1][i]),
            Bar(category: kazakh[i], series: "2007", value: [22.0, 16, 19][i]),
        ]
    }
    static let years: [YearValue] = (0..<36).flatMap { i -> [YearValue] in
        [
            YearValue(year: 1990 + i, series: "Convictions", value: Double((i * 7) % 23)),
            YearValue(year: 1990 + i, series: "Prosecutions", value: Double((i * 5) % 31)),
        ]
    }

    static let charts: [(String, any Chart)] = [
        (
            "long-vertical",
            Plot(counts) { BarMark(x: .value("Form", \.category), y: .value("n", \.value)) }
                .title("Forms of exploitation with long names").source("Source: test data").labellingBars()
        ),
        (
            "long-horizontal",
            Plot(counts) { BarMark(x: .value("n", \.value), y: .value("Form", \.category)) }
                .title("Forms of exploitation").source("Source: test data").labellingBars()
        ),
        (
            "cyrillic",
            Plot(stages) {
                BarMark(x: .value("Этап", \.category), y: .value("Саны", \.value))
                    .foregroundStyle(by: .value("Год", \.series)).position(by: .value("Год", \.series))
            }
            .title("Қазақстан: адам саудасына қарсы құқық қорғау")
            .subtitle("Расследования, преследования и приговоры")
            .source("Дереккөз: АҚШ Мемлекеттік департаменті").labellingBars()
        ),
        (
            "many-years",
            Plot(years) {
                LineMark(x: .value("Year", \.year), y: .value("Cases", \.value), points: true)
                    .foregroundStyle(by: .value("Series", \.series))
            }
            .title("Thirty-six years as categories").source("Source: test data")
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
