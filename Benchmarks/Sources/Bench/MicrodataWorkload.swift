import Foundation
import TIPCharts

/// M1: a microdata file of `rows` case records × 60 columns (the year, the country, sex, age
/// band, three 0/1 form flags and 53 other fields, as case registers hold), counted into
/// figures per country, year and breakdown (`--count-rows`), against polars (or pandas)
/// reading the same file and counting the same groups in the same run.
enum MicrodataWorkload {
    static let countries = ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "Ukraine", "Nepal", "Nigeria"]
    static let forms = ["sexual_exploitation", "forced_labour", "other_exploitation"]

    static func run(rows: Int) throws -> [Row] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tipcharts-micro-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("records.csv")
        let other = (1...53).map { "field_\($0)" }
        var text = (["case_id", "year", "country", "gender", "age_band"] + forms + other).joined(separator: ",") + "\n"
        text.reserveCapacity(rows * 200)
        for r in 0..<rows {
            let u = { (k: UInt64) in SplitMix64.uniform(seed: 11, index: UInt64(r) * 64 + k) }
            let gender = ["Female", "Male", ""][min(2, Int(u(0) * 2.2))]
            let age = ["0-17", "18+", ""][min(2, Int(u(1) * 2.2))]
            let flags = (0..<3).map { u(UInt64(2 + $0)) < 0.4 ? "1" : "0" }
            let fields = other.indices.map { i in
                i % 3 == 0 ? "note \(Int(u(UInt64(8 + i)) * 1000))" : "\(Int(u(UInt64(8 + i)) * 100))"
            }
            let row =
                ["C\(r)", "\(2015 + Int(u(5) * 7))", countries[Int(u(6) * Double(countries.count))], gender, age]
                + flags + fields
            text += row.joined(separator: ",") + "\n"
        }
        try text.write(to: csv, atomically: true, encoding: .utf8)
        var mapping = ColumnMapping(breakdowns: ["gender", "age_band"])
        mapping.countRows = "victims"
        mapping.flagDimensions = [.init(dimension: "form", columns: forms)]
        var figures = 0
        let ours = try seconds { figures = try Dataset.load(contentsOf: csv.path, mapping: mapping).figures.count }
        let script = """
            import sys, time
            t = time.perf_counter()
            forms = ["sexual_exploitation", "forced_labour", "other_exploitation"]
            try:
                import polars as pl
                df = pl.read_csv(sys.argv[1], infer_schema_length=0)
                keys = ["country", "year"]
                n = df.group_by(keys).len().height
                for c in ("gender", "age_band"):
                    n += df.group_by(keys + [c]).len().height
                for f in forms:
                    n += df.filter(pl.col(f) == "1").group_by(keys).len().height
                n += df.filter(pl.all_horizontal([pl.col(f) == "0" for f in forms])).group_by(keys).len().height
                print("polars", time.perf_counter() - t, n)
            except ImportError:
                import pandas as pd
                df = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
                keys = ["country", "year"]
                n = len(df.groupby(keys).size())
                for c in ("gender", "age_band"):
                    n += len(df.groupby(keys + [c]).size())
                for f in forms:
                    n += len(df[df[f] == "1"].groupby(keys).size())
                n += len(df[(df[forms] == "0").all(axis=1)].groupby(keys).size())
                print("pandas", time.perf_counter() - t, n)
            """
        let reply = python(script, [csv.path])?.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ")
        let name = reply.map { String($0[0]) } ?? "no polars or pandas installed"
        let reference = reply.flatMap { $0.count == 3 ? Double($0[1]) : nil }
        let groups = reply.flatMap { $0.count == 3 ? Int($0[2]) : nil }
        return [
            Row(
                workload: "M1 count \(rows) microdata rows × 60 columns", ours: ours, reference: reference ?? .nan,
                ratio: reference.map { ours / $0 } ?? .nan, referenceName: "\(name) (load, group, count)",
                target: "≤ 2×",
                note: "\(figures) figures"
                    + (groups.map { figures == $0 ? ", the same groups" : ", \($0) groups in \(name)" } ?? ""))
        ]
    }
}
