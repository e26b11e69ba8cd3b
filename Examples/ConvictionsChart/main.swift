// Convictions 2006–2007 with the year-over-year change, as PNG and SVG.
// Usage: ConvictionsChart [OUTPUT-DIRECTORY]

import TIPCharts

let directory = CommandLine.arguments.dropFirst().first ?? "."
let convictions = Dataset.kazakhstan2008.figures(country: "Kazakhstan", metric: .convictions)

let chart = BarChart(
    categories: convictions.map { String($0.year) },
    series: [Series(name: "Convictions", values: convictions.map { $0.value.exactValue ?? .nan })],
    annotatesChange: true,
    text: ChartText(
        title: "Kazakhstan: trafficking offenders convicted",
        source: "Source: \(convictions.first?.citation ?? "unknown").",
        yAxisTitle: "Offenders convicted"))

let renderer = try SceneRenderer()
let scene = chart.scene(size: Size(width: 640, height: 400), measurer: try CairoTextMeasurer())
for file in ["convictions.png", "convictions.svg"] {
    try renderer.write(scene, to: "\(directory)/\(file)", scale: 2)
    print("\(directory)/\(file)")
}
