import Foundation
import TIPCharts

/// W8: a tidy CSV of `rows` rows (50 countries × 20 years × rows/1000 metrics), loaded,
/// summarised per series with year-over-year changes, and written as JSON, against polars
/// (or pandas) doing the same in the same run.
enum DataWorkload {
    static func run(rows: Int) throws -> [Row] {
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
                    text += "C\(c),\(2000 + y),m\(m),\(Int(SplitMix64.uniform(seed: 7, index: i) * 10_000))\n"
                    i += 1
                }
            }
        }
        try text.write(to: csv, atomically: true, encoding: .utf8)
        let before = peakRSSMegabytes()
        let ours = try seconds {
            let data = try Dataset.load(contentsOf: csv.path)
            _ = try SummaryReport(data).json()
        }
        let memory = peakRSSMegabytes() - before
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
        let reply = python(script, [csv.path])?.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ")
        let name = reply.map { String($0[0]) } ?? "no polars or pandas installed"
        let reference = reply.flatMap { $0.count == 2 ? Double($0[1]) : nil }
        let bytes = Double(text.utf8.count)
        return [
            Row(
                workload: "W8 summary of \(rows) CSV rows", ours: ours, reference: reference ?? .nan,
                ratio: reference.map { ours / $0 } ?? .nan, referenceName: "\(name) (load, group, change, JSON)",
                target: "≤ 1.5×",
                note: String(format: "peak memory +%.0f MB, %.1f bytes per input byte", memory, memory * 1e6 / bytes))
        ]
    }
}
