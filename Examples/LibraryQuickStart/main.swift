import TIPCharts

// The embedded dataset: Kazakhstan, from the TIP Report 2008.
let report = CountryReport.kazakhstan2008

// Year-over-year change in convictions, 2006 → 2007.
let convictions = try report.series(of: .convictions)
for change in convictions.yearOverYearChanges() {
    let percent = change.percent.value.map { NumberFormat.signedPercent().string($0) } ?? "undefined"
    print("Convictions \(change.fromYear)→\(change.toYear): \(percent)")
}

// The 19 prison sentences, in years: quantiles by R type 7 (NumPy's default).
let sentences = report.sentenceDistribution.sampleInYears
if let quartiles = sentences.quantiles([0.25, 0.5, 0.75], method: .type7) {
    print("Sentence quartiles (years): \(quartiles)")
}

// Every figure carries its source.
if let first = report.observations(of: .convictions).first {
    print("Source: \(first.provenance.source.citation)")
}
