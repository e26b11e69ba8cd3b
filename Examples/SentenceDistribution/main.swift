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

// One bar per whole year of sentence, and the mean and the median as labelled rules.
struct Bin { var from: Double; var to: Double; var count: Int }
struct Marker { var value: Double; var label: String }
let histogram = try Histogram(years, binning: .unitIntegers)
let bins = histogram.counts.indices.map {
    Bin(from: histogram.edges[$0], to: histogram.edges[$0 + 1], count: histogram.counts[$0])
}
let markers = [
    Marker(value: summary.mean, label: "Mean \(formatFixed(summary.mean, decimals: 1) ?? "")"),
    Marker(value: summary.median, label: "Median \(formatFixed(summary.median, decimals: 0) ?? "")"),
]
let plot = Plot(bins) {
    BarMark(
        x: .value("Years of imprisonment", \.from), y: .value("Offenders", \.count), xEnd: .value("To", \.to))
    for marker in markers {
        RuleMark(x: .value(marker.label, marker.value))
            .foregroundStyle(Color(hex: 0xD55E00))
            .lineStyle(width: 1.5, dash: [3, 2])
            .annotation(marker.label)
    }
}
.title("Prison sentences of 19 convicted traffickers, 2007")
.source("Source: U.S. Department of State, Trafficking in Persons Report 2008.")
.labellingBars()
.xScale(domain: (histogram.edges.first ?? 0)...(histogram.edges.last ?? 1), zero: false)

try plot.write(to: "\(directory)/sentences.png", size: Size(width: 640, height: 400))
print("\(directory)/sentences.png")
