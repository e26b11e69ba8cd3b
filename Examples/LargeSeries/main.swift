import Foundation
import TIPCharts

// Large series: a simulated random walk of 1,000,000 steps as a line, and 100,000 simulated
// cases as a scatter, through the declarative API. The line is decimated to what the pixels
// can show (M4), and the dots are stamped, smaller and translucent as they get denser. The
// simulation is seeded (SplitMix64), so every run draws the same charts.
//
// Usage: TIPExampleLargeSeries [FOLDER]   (default: out/large-series)
let folder = CommandLine.arguments.dropFirst().first ?? "out/large-series"
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)

var generator = SplitMix64(seed: 2008)
var level = 0.0
let steps = (0..<1_000_000).map { _ in
    level += Double(generator.next() % 2001) / 1000 - 1
    return level
}
struct Step { var index: Int; var level: Double }
let walk = Plot(steps.enumerated().map { Step(index: $0.offset, level: $0.element) }) {
    LineMark(x: .value("Step", \.index), y: .value("Level", \.level))
}
.title("A random walk of 1,000,000 steps").subtitle("Each step is uniform on [−1, 1]; seed 2008")
.source("Source: simulated with SplitMix64 (TIPCharts example)")
.yScale(zero: false)
try walk.write(to: "\(folder)/walk.png", size: Size(width: 1600, height: 900))

// Cases: convictions per year against the mean sentence in months, in two simulated regimes.
struct Case { var regime: String; var convictions: Double; var months: Double }
func cases(_ count: Int, seed: UInt64, slope: Double) -> [Case] {
    (0..<UInt64(count)).map { i in
        let a = SplitMix64.uniform(seed: seed, index: 2 * i), b = SplitMix64.uniform(seed: seed, index: 2 * i + 1)
        let convictions = 200 * a * a
        return Case(
            regime: slope > 0 ? "Regime A" : "Regime B", convictions: convictions,
            months: 30 + slope * convictions + 20 * (b - 0.5) * (1 + a))
    }
}
let scatter = Plot(cases(80_000, seed: 1, slope: 0.25) + cases(20_000, seed: 2, slope: -0.05)) {
    PointMark(x: .value("Convictions in the year", \.convictions), y: .value("Mean sentence (months)", \.months))
        .foregroundStyle(by: .value("Regime", \.regime))
}
.title("100,000 simulated cases: sentence against convictions")
.source("Source: simulated with SplitMix64 (TIPCharts example)")
try scatter.write(to: "\(folder)/scatter.png")
try scatter.write(to: "\(folder)/scatter-small.png", size: Size(width: 400, height: 300))
print("Wrote \(folder)/walk.png, \(folder)/scatter.png and \(folder)/scatter-small.png")
