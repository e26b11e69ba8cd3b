// Convictions 2006–2007 with the year-over-year change as a bracket, as PNG and SVG.
// Usage: ConvictionsChart [OUTPUT-DIRECTORY]

import TIPCharts

let directory = CommandLine.arguments.dropFirst().first ?? "."
let convictions = Dataset.kazakhstan2008.figures(country: "Kazakhstan", metric: .convictions)
let change = try Dataset.kazakhstan2008.series(country: "Kazakhstan", metric: .convictions)
    .yearOverYearChanges().last

let plot = Plot(convictions) {
    BarMark(x: .value("Year", \.year), y: .value("Offenders convicted", \.value))
}
.title("Kazakhstan: trafficking offenders convicted")
.source("Source: \(convictions.first?.citation ?? "unknown").")
.labellingBars()
.annotation(
    .bracket(
        from: "2006", to: "2007",
        text: change?.percent.value.map { NumberFormat.signedPercent().string($0) } ?? "n/a"))

for file in ["convictions.png", "convictions.svg"] {
    try plot.write(to: "\(directory)/\(file)", size: Size(width: 640, height: 400), scale: 2)
    print("\(directory)/\(file)")
}
