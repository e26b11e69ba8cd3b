import TIPCharts

// The embedded dataset: Kazakhstan, from the TIP Report 2008.
let data = Dataset.kazakhstan2008

// Year-over-year change in convictions, 2006 → 2007.
let convictions = try data.series(country: "Kazakhstan", metric: .convictions)
for change in convictions.yearOverYearChanges() {
    let percent = change.percent.value.map { NumberFormat.signedPercent().string($0) } ?? "undefined"
    print("Convictions \(change.fromYear)→\(change.toYear): \(percent)")
}

// The 19 prison sentences, in years: quantiles by R type 7 (NumPy's default).
if let sentences = data.profile(of: "Kazakhstan")?.sentenceDistribution.sampleInYears,
    let quartiles = sentences.quantiles([0.25, 0.5, 0.75], method: .type7)
{
    print("Sentence quartiles (years): \(quartiles)")
}

// Every figure carries its source.
if let first = data.figures(country: "Kazakhstan", metric: .convictions).first, let provenance = first.provenance {
    print("Source: \(provenance.source.citation): \"\(provenance.excerpt)\"")
}
