// Victims identified in 2007 by form of exploitation: a donut and a bar chart.
// Usage: VictimCounts [OUTPUT-DIRECTORY]

import TIPCharts

let directory = CommandLine.arguments.dropFirst().first ?? "."
let victims = Dataset.kazakhstan2008.figures(country: "Kazakhstan", metric: .victimsIdentified, categorised: true)
let source = "Source: \(victims.first?.citation ?? "unknown")."
let size = Size(width: 640, height: 400)

let donut = Plot(victims) {
    SectorMark(angle: .value("victims", \.value), innerRadius: .ratio(0.56))
        .foregroundStyle(by: .value("Form", \.category))
}
.title("Victims identified in 2007").source(source)

let bars = Plot(victims) {
    BarMark(x: .value("Victims", \.value), y: .value("Form", \.category))
        .foregroundStyle(by: .value("Form", \.category))
}
.title("Victims identified in 2007").source(source).labellingBars()

try donut.write(to: "\(directory)/victims-donut.png", size: size)
try bars.write(to: "\(directory)/victims-bars.pdf", size: size)
print("\(directory)/victims-donut.png")
print("\(directory)/victims-bars.pdf")
