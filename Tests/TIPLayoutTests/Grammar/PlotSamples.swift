import TIPLayout
import TIPScene

/// Rows shaped as analysts' tables are: several countries, a missing year, mixed magnitudes,
/// long names, a censored count.
struct CountRow {
    var year: Int
    var country: String
    var victims: FieldValue
}

let countRows: [CountRow] = [
    CountRow(year: 2005, country: "Kazakhstan", victims: 221),
    CountRow(year: 2005, country: "Kyrgyzstan", victims: 90),
    CountRow(year: 2005, country: "Bosnia and Herzegovina (Federation and Republika Srpska)", victims: 12),
    CountRow(year: 2006, country: "Kazakhstan", victims: 124),
    CountRow(year: 2006, country: "Kyrgyzstan", victims: .censored(5)),
    CountRow(year: 2007, country: "Kazakhstan", victims: 80),
    CountRow(year: 2007, country: "Kyrgyzstan", victims: 185),
    CountRow(year: 2007, country: "Bosnia and Herzegovina (Federation and Republika Srpska)", victims: 1_900),
]

struct SentenceRow {
    var country: String
    var years: Double
}

let sentenceRows: [SentenceRow] =
    [3, 3, 3, 5, 5, 6, 6, 6, 6, 7, 7, 7, 7, 7, 10, 10, 10, 10, 12].map { SentenceRow(country: "Kazakhstan", years: $0) }
    + [2, 3, 3, 4, 4, 4, 5, 5, 6, 8, 15].map { SentenceRow(country: "Country B", years: $0) }

/// Every kind of plot the grammar draws, for the layout checker and the mark rule.
let samplePlots: [(String, Plot)] = [
    (
        "stacked bars",
        Plot(countRows) {
            BarMark(x: .value("Year", \.year), y: .value("Victims", \.victims))
                .foregroundStyle(by: .value("Country", \.country))
        }.title("Victims by country").source("Source: test").labellingBars()
    ),
    (
        "grouped bars",
        Plot(countRows) {
            BarMark(x: .value("Year", \.year), y: .value("Victims", \.victims))
                .foregroundStyle(by: .value("Country", \.country))
                .position(by: .value("Country", \.country))
        }.title("Victims by country, side by side").source("Source: test").labellingBars()
    ),
    (
        "normalised bars",
        Plot(countRows) {
            BarMark(x: .value("Year", \.year), y: .value("Victims", \.victims))
                .foregroundStyle(by: .value("Country", \.country))
                .stacking(.stacked(.normalize))
        }.title("Shares of victims").source("Source: test")
    ),
    (
        "horizontal bars",
        Plot(countRows.filter { $0.year == 2007 }) {
            BarMark(x: .value("Victims", \.victims), y: .value("Country", \.country))
        }.title("Victims in 2007").source("Source: test").labellingBars()
    ),
    (
        "lines",
        Plot(countRows) {
            LineMark(x: .value("Year", \.year), y: .value("Victims", \.victims), points: true)
                .foregroundStyle(by: .value("Country", \.country))
            RuleMark(y: .value("Target", 100))
        }.title("Victims over time").source("Source: test")
    ),
    (
        "log line",
        Plot(countRows) {
            LineMark(x: .value("Year", \.year), y: .value("Victims", \.victims))
                .foregroundStyle(by: .value("Country", \.country))
        }.yScale(.log).title("Victims, log scale").source("Source: test")
    ),
    (
        "box plot",
        Plot(sentenceRows) {
            BoxPlotMark(x: .value("Country", \.country), y: .value("Sentence (years)", \.years))
        }.title("Sentences").source("Source: test")
    ),
    (
        "error bars",
        Plot(sentenceRows) {
            ErrorBarMark(
                x: .value("Country", \.country), y: .value("Sentence (years)", \.years), extent: .standardDeviation)
        }.title("Mean sentence ± SD").source("Source: test")
    ),
    (
        "heatmap",
        Plot(countRows) {
            RectangleMark(x: .value("Year", \.year), y: .value("Country", \.country))
                .foregroundStyle(by: .value("Victims", \.victims))
        }.title("Victims by country and year").source("Source: test")
    ),
    (
        "area",
        Plot(countRows) {
            AreaMark(x: .value("Year", \.year), y: .value("Victims", \.victims))
                .foregroundStyle(by: .value("Country", \.country))
        }.title("Victims, stacked areas").source("Source: test")
    ),
    (
        "scatter with text",
        Plot(sentenceRows) {
            PointMark(x: .value("Sentence (years)", \.years), y: .value("Sentence (years) again", \.years))
            TextMark(
                x: .value("Sentence (years)", \.years), y: .value("Sentence (years) again", \.years),
                text: .value("Country", \.country))
        }.title("Points with labels that would collide").source("Source: test")
    ),
    (
        "strip plot",
        Plot(sentenceRows) {
            TickMark(x: .value("Country", \.country), y: .value("Sentence (years)", \.years))
        }.title("Every sentence").source("Source: test")
    ),
    (
        "facets",
        Plot(countRows) {
            BarMark(x: .value("Year", \.year), y: .value("Victims", \.victims))
                .foregroundStyle(by: .value("Country", \.country))
                .facet(by: .value("Country", \.country))
        }.title("Victims, one panel per country").source("Source: test").labellingBars()
    ),
    (
        "facets with free y",
        Plot(countRows) {
            LineMark(x: .value("Year", \.year), y: .value("Victims", \.victims), points: true)
                .facet(by: .value("Country", \.country))
        }.facet(by: "Country", columns: 2, independentY: true)
            .title("Victims, each panel on its own scale").source("Source: test")
    ),
]
