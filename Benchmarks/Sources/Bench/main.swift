// `make bench`: each workload beside its reference in the same process, as a ratio (the
// median of paired ratios). Sizes: BENCH_N doubles for W7 (default 10,000,000), BENCH_ROWS
// rows for W8 (default 100,000), BENCH_RECORDS microdata rows for M1 (default 222,000),
// BENCH_REPS repetitions (default 9). BENCH_ONLY=draw,
// process, stats or data runs one group; BENCH_CASE=W4 runs only the drawing workloads whose
// names start with it. matplotlib's times for W1 and W4 follow when it is installed.
import Foundation

let environment = ProcessInfo.processInfo.environment
let n = Int(environment["BENCH_N"] ?? "") ?? 10_000_000
let rows = Int(environment["BENCH_ROWS"] ?? "") ?? 100_000
let repetitions = Int(environment["BENCH_REPS"] ?? "") ?? 9
let only = environment["BENCH_ONLY"]
var table: [Row] = []
// Data first, so that its peak memory is not hidden by the drawing workloads' peak.
if only == nil || only == "data" {
    table += try DataWorkload.run(rows: rows)
    table += try MicrodataWorkload.run(rows: Int(environment["BENCH_RECORDS"] ?? "") ?? 222_000)
}
if only == nil || only == "draw" { table += try DrawingWorkloads.run(repetitions: repetitions) }
if only == nil || only == "process" { table += try ProcessWorkload.run(repetitions: repetitions) }
if only == nil || only == "stats" { table += try StatisticsWorkload.run(n: n, repetitions: max(3, repetitions / 2)) }

print("workload | TIPCharts (s) | reference (s) | ratio | target | reference | note")
print("---|---:|---:|---:|---|---|---")
for row in table {
    let ratio = row.ratio.isNaN ? "n/a" : String(format: "%.2f×", row.ratio)
    let theirs = row.reference.isNaN ? "n/a" : String(format: "%.4f", row.reference)
    print(
        "\(row.workload) | \(String(format: "%.4f", row.ours)) | \(theirs) | \(ratio) | \(row.target) | "
            + "\(row.referenceName) | \(row.note)")
}
if only == nil || only == "draw", let matplotlib = Matplotlib.run() { print(matplotlib) }
print(String(format: "peak RSS of this process: %.0f MB", peakRSSMegabytes()))
