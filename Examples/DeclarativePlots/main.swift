import Foundation
import TIPCharts

// Charts of your own rows with the declarative API: a Plot of marks over an array of
// structs, written as PNG, SVG and PDF. Run: swift run DeclarativePlots [output-folder]
//
// The sentences of Kazakhstan are the TIP Report 2008's own 19 (one of 12 years, four of
// 10, five of 7, four of 6, two of 5, three of 3). Every other figure here is
// illustrative, and each chart says so in its source line.

struct Sentence {
    var country: String
    var years: Double
}

struct Count {
    var year: Int
    var country: String
    var victims: Int
}

struct Estimate {
    var year: Int
    var low: Double
    var central: Double
    var high: Double
}

let folder = CommandLine.arguments.dropFirst().first ?? "declarative-plots"
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)

let kazakhstan = [(12.0, 1), (10, 4), (7, 5), (6, 4), (5, 2), (3, 3)].flatMap { years, count in
    Array(repeating: Sentence(country: "Kazakhstan", years: years), count: count)
}
let sentences =
    kazakhstan
    + [2, 3, 3, 4, 4, 4, 5, 5, 6, 8, 15].map { Sentence(country: "Country B", years: $0) }
    + [1, 1, 2, 2, 2, 3, 3, 4, 5].map { Sentence(country: "Country C", years: $0) }

let counts = [
    Count(year: 2005, country: "Kazakhstan", victims: 221), Count(year: 2005, country: "Country B", victims: 90),
    Count(year: 2006, country: "Kazakhstan", victims: 124), Count(year: 2006, country: "Country B", victims: 140),
    Count(year: 2007, country: "Kazakhstan", victims: 80), Count(year: 2007, country: "Country B", victims: 185),
]

let estimates = [
    Estimate(year: 2004, low: 40, central: 55, high: 80), Estimate(year: 2005, low: 60, central: 90, high: 130),
    Estimate(year: 2006, low: 110, central: 160, high: 240), Estimate(year: 2007, low: 300, central: 420, high: 600),
]

struct Office {
    var region: String
    var prosecutions: Double
    var convictions: Double
    var victims: Double
}

let offices = [
    ("North", 118.0, 94.0, 512.0), ("North", 41, 25, 180), ("North", 33, 21, 96), ("North", 211, 160, 1_340),
    ("Capital", 164, 98, 230), ("Capital", 95, 52, 310), ("Capital", 72, 60, 140), ("South", 24, 19, 31),
    ("South", 12, 7, 18), ("South", 47, 39, 88), ("South", 58, 31, 77),
].map { Office(region: $0.0, prosecutions: $0.1, convictions: $0.2, victims: $0.3) }

let growth = [(2000, 3), (2001, 9), (2002, 40), (2003, 120), (2004, 610), (2005, 2_400), (2006, 11_000)]

let illustrative = "Illustrative figures, not from a report."
let tip2008 =
    "Kazakhstan: U.S. Department of State, Trafficking in Persons Report 2008. Countries B and C are illustrative."

let plots: [(String, Plot)] = [
    (
        "stacked-bar",
        Plot(counts) {
            BarMark(x: .value("Year", \.year), y: .value("Victims identified", \.victims))
                .foregroundStyle(by: .value("Country", \.country))
        }
        .title("Victims identified, by country and year").source(illustrative).labellingBars()
    ),
    (
        "line-with-points",
        Plot(counts) {
            LineMark(x: .value("Year", \.year), y: .value("Victims identified", \.victims), points: true)
                .foregroundStyle(by: .value("Country", \.country))
        }
        .title("Victims identified, 2005–2007").source(illustrative)
    ),
    (
        "box-plot",
        Plot(sentences) {
            BoxPlotMark(x: .value("Country", \.country), y: .value("Sentence (years)", \.years))
                .foregroundStyle(by: .value("Country", \.country))
        }
        .title("Prison sentences of convicted traffickers")
        .subtitle("Box from Q1 to Q3 with the median (R type 7); whiskers to 1.5 × IQR (Tukey)")
        .source(tip2008)
    ),
    (
        "error-bars",
        Plot(estimates) {
            ErrorBarMark(x: .value("Year", \.year), yStart: .value("Low", \.low), yEnd: .value("High", \.high))
            PointMark(x: .value("Year", \.year), y: .value("Estimated victims", \.central))
        }
        .title("Estimated victims, with the range of estimates").source(illustrative)
    ),
    (
        "log-line",
        Plot(growth.map { Count(year: $0.0, country: "All", victims: $0.1) }) {
            LineMark(x: .value("Year", \.year), y: .value("Reports", \.victims), points: true)
        }
        .yScale(.log)
        .title("Reports received, on a log scale").source(illustrative)
    ),
    (
        "bubbles-with-notes",
        Plot(offices) {
            PointMark(x: .value("Prosecutions", \.prosecutions), y: .value("Convictions", \.convictions))
                .foregroundStyle(by: .value("Region", \.region))
                .symbol(by: .value("Region", \.region))
                .symbolSize(by: .value("Victims identified", \.victims))
        }
        .annotation(.note(x: 211, y: 160, text: "Largest office: 1,340 victims"))
        .annotation(.note(x: 12, y: 7, text: "Opened in the last year"))
        .title("Prosecutions and convictions by regional office")
        .subtitle("Each point's area shows the victims the office identified")
        .source(illustrative)
    ),
]

for (name, plot) in plots {
    for format in ["png", "svg", "pdf"] {
        let path = "\(folder)/\(name).\(format)"
        try plot.write(to: path)
        print(path)
    }
}
