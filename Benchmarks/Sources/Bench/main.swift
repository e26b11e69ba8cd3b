// `make bench`: each workload beside its reference in the same process, as a ratio
// (median over repetitions). Sizes: BENCH_N doubles for W7 (default 10,000,000),
// BENCH_ROWS rows for W8 (default 100,000).
import CReference
import Foundation
import TIPCharts

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }

func peakRSSMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

let environment = ProcessInfo.processInfo.environment
let n = Int(environment["BENCH_N"] ?? "") ?? 10_000_000
let rows = Int(environment["BENCH_ROWS"] ?? "") ?? 100_000
var table: [(String, Double, Double, String)] = []

// W7: mean, SD, four quantiles and a 100-bin histogram of n doubles from splitmix64.
let values = (0..<n).map { splitmix_uniform(20_261_129, UInt64($0)) * 1000 }
var swiftTimes: [Double] = [], cTimes: [Double] = []
var check: [Double] = []
for _ in 0..<5 {
    swiftTimes.append(
        try seconds {
            let sample = try Sample(values)
            guard let lo = sample.minimum, let hi = sample.maximum else { return }
            let edges = (0...100).map { $0 == 100 ? hi : lo + Double($0) * (hi - lo) / 100 }
            let histogram = try Histogram(sample, binning: .edges(edges))
            check =
                [sample.mean ?? 0, sample.sampleStandardDeviation ?? 0]
                + (sample.quantiles([0.25, 0.5, 0.75, 0.9], method: .type7) ?? []) + [Double(histogram.counts[0])]
        })
    var out = [Double](repeating: 0, count: 6)
    var counts = [Int](repeating: 0, count: 100)
    cTimes.append(seconds { w7_reference(values, values.count, &out, &counts) })
    if abs(out[2] - check[2]) > 1e-9 || abs(out[0] - check[0]) > 1e-6 {
        print("W7: the Swift and C results differ: \(check) vs \(out)")
        exit(1)
    }
}
table.append(
    ("W7 statistics, \(n) doubles", median(swiftTimes), median(cTimes), "C quickselect, two-pass moments"))

// W8: load a tidy CSV of `rows` rows, summarise every series, write JSON.
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tipcharts-bench-\(getpid())")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }
let csv = folder.appendingPathComponent("w8.csv")
let metrics = max(1, rows / (50 * 20))
var text = "country,year,metric,value\n"
var i: UInt64 = 0
for c in 0..<50 {
    for m in 0..<metrics {
        for y in 0..<20 {
            text += "C\(c),\(2000 + y),m\(m),\(Int(splitmix_uniform(7, i) * 10_000))\n"
            i += 1
        }
    }
}
try text.write(to: csv, atomically: true, encoding: .utf8)
let w8 = try seconds {
    let data = try Dataset.load(contentsOf: csv.path)
    _ = try SummaryReport(data).json()
}
let script = """
    import sys, time
    t = time.perf_counter()
    try:
        import polars as pl
        df = pl.read_csv(sys.argv[1])
        v = pl.col("value")
        s = df.group_by("country", "metric").agg(v.count().alias("n"), v.mean().alias("mean"),
            v.std().alias("sd"), v.min().alias("min"), v.quantile(0.25, "linear").alias("q1"),
            v.median().alias("median"), v.quantile(0.75, "linear").alias("q3"), v.max().alias("max"))
        ch = df.sort("year").with_columns(pl.col("value").pct_change().over("country", "metric"))
        s.write_json(sys.argv[1] + ".s.json"); ch.write_json(sys.argv[1] + ".c.json")
        print("polars", time.perf_counter() - t)
    except ImportError:
        import pandas as pd
        df = pd.read_csv(sys.argv[1])
        s = df.groupby(["country", "metric"])["value"].describe()
        df = df.sort_values("year")
        df["change"] = df.groupby(["country", "metric"])["value"].pct_change() * 100
        s.to_json(sys.argv[1] + ".s.json"); df.to_json(sys.argv[1] + ".c.json")
        print("pandas", time.perf_counter() - t)
    """
let python = Process()
python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
python.arguments = ["python3", "-c", script, csv.path]
let pipe = Pipe()
python.standardOutput = pipe
python.standardError = FileHandle.nullDevice
try python.run()
python.waitUntilExit()
let reply = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: " ")
let referenceTime = reply.count == 2 ? Double(reply[1].trimmingCharacters(in: .whitespacesAndNewlines)) : nil
if python.terminationStatus == 0, let reference = referenceTime {
    table.append(("W8 summary of \(rows) CSV rows", w8, reference, "\(reply[0]) (load, group, change, JSON)"))
} else {
    table.append(("W8 summary of \(rows) CSV rows", w8, .nan, "no polars or pandas installed"))
}

print("workload | TIPCharts (s) | reference (s) | ratio | reference")
print("---|---:|---:|---:|---")
for (name, ours, reference, what) in table {
    let ratio = reference.isNaN ? "n/a" : String(format: "%.2f×", ours / reference)
    let theirs = reference.isNaN ? "n/a" : String(format: "%.3f", reference)
    print("\(name) | \(String(format: "%.3f", ours)) | \(theirs) | \(ratio) | \(what)")
}
print(String(format: "peak RSS of this process: %.0f MB", peakRSSMegabytes()))
