// The 19 prison sentences of 2007: statistics and a histogram with mean and median.
// Usage: SentenceDistribution [OUTPUT-DIRECTORY]

import TIPCharts

let directory = CommandLine.arguments.dropFirst().first ?? "."
struct NoSentences: Error {}
guard let sentences = Dataset.kazakhstan2008.profile(of: "Kazakhstan")?.sentenceDistribution else {
    throw NoSentences()
}
let years = sentences.sampleInYears
guard let summary = SummaryStatistics(of: years) else { throw NoSentences() }
let mean = formatFixed(summary.mean, decimals: 2) ?? "n/a"
print("n = \(summary.count), mean = \(mean) years, median = \(formatFixed(summary.median, decimals: 1) ?? "n/a") years")

let histogram = try Histogram(years, binning: .unitIntegers)
let chart = HistogramChart(
    edges: histogram.edges, counts: histogram.counts,
    markers: [
        ReferenceLine(value: summary.mean, label: "Mean \(formatFixed(summary.mean, decimals: 1) ?? "")"),
        ReferenceLine(value: summary.median, label: "Median \(formatFixed(summary.median, decimals: 0) ?? "")"),
    ],
    text: ChartText(
        title: "Prison sentences of 19 convicted traffickers, 2007",
        source: "Source: U.S. Department of State, Trafficking in Persons Report 2008.",
        xAxisTitle: "Years of imprisonment", yAxisTitle: "Offenders"))

let scene = chart.scene(size: Size(width: 640, height: 400), measurer: try CairoTextMeasurer())
try SceneRenderer().write(scene, to: "\(directory)/sentences.png")
print("\(directory)/sentences.png")
