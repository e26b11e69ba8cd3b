// Victims identified in 2007 by form of exploitation: a donut and a bar chart.
// Usage: VictimCounts [OUTPUT-DIRECTORY]

import TIPCharts

let directory = CommandLine.arguments.dropFirst().first ?? "."
let victims = Dataset.kazakhstan2008.figures(country: "Kazakhstan", metric: .victimsIdentified, categorised: true)
let source = "Source: \(victims.first?.citation ?? "unknown")."

let donut = DonutChart(
    slices: victims.map { DonutSlice(label: $0.category ?? "unspecified", value: $0.value.exactValue ?? 0) },
    centerLabel: "victims",
    text: ChartText(title: "Victims identified in 2007", source: source))

let bars = BarChart(
    categories: victims.map { $0.category ?? "unspecified" },
    series: [Series(name: "Victims", values: victims.map { $0.value.exactValue ?? .nan })],
    orientation: .horizontal, colorsByCategory: true,
    text: ChartText(title: "Victims identified in 2007", source: source, xAxisTitle: "Victims"))

let renderer = try SceneRenderer()
let measurer = try CairoTextMeasurer()
let size = Size(width: 640, height: 400)
try renderer.write(donut.scene(size: size, measurer: measurer), to: "\(directory)/victims-donut.png")
try renderer.write(bars.scene(size: size, measurer: measurer), to: "\(directory)/victims-bars.pdf")
print("\(directory)/victims-donut.png")
print("\(directory)/victims-bars.pdf")
