import CReference
import Foundation
import TIPCharts

/// W7: mean, SD, four R-type-7 quantiles and a 100-bin equal-width histogram of `n` doubles
/// from the SplitMix64 stream (seed 20261129), against plain C and, when installed, NumPy
/// on the same values (generated in NumPy from the same stream, bit for bit).
enum StatisticsWorkload {
    static let seed: UInt64 = 20_261_129

    static func run(n: Int, repetitions: Int) throws -> [Row] {
        let values = (0..<UInt64(n)).map { SplitMix64.uniform(seed: seed, index: $0) * 1000 }
        var ours: [Double] = []
        var failure: String?
        var row = try paired(
            "W7 statistics of \(n) doubles", repetitions: repetitions, target: "≤ 1.5×",
            referenceName: "C: quickselect, two-pass moments",
            ours: { ours = try statistics(values) },
            reference: {
                var out = [Double](repeating: 0, count: 6)
                var counts = [Int](repeating: 0, count: 100)
                w7_reference(values, values.count, &out, &counts)
                // Every statistic agrees: quantiles exactly, moments to rounding.
                for i in 0..<6 where abs(out[i] - ours[i]) > (i < 2 ? 1e-9 * max(1, abs(out[i])) : 0) {
                    failure = "statistic \(i): \(ours[i]) against C's \(out[i])"
                }
                if Double(counts[0]) != ours[6] { failure = "first bin: \(ours[6]) against C's \(counts[0])" }
            })
        if let failure { row.note = "MISMATCH " + failure }
        var rows = [row]
        if let numpy = numpyTime(n: n, repetitions: repetitions, expected: ours) {
            rows.append(
                Row(
                    workload: "W7 statistics of \(n) doubles", ours: row.ours, reference: numpy,
                    ratio: row.ours / numpy, referenceName: "NumPy (mean, std, quantile, histogram)",
                    target: "≤ 1.0×"))
        }
        return rows
    }

    /// Mean, SD, the four quantiles and the first bin's count.
    static func statistics(_ values: [Double]) throws -> [Double] {
        let sample = try Sample(values)
        guard let lo = sample.minimum, let hi = sample.maximum else { return [] }
        let edges = (0...100).map { $0 == 100 ? hi : lo + Double($0) * (hi - lo) / 100 }
        let histogram = try Histogram(sample, binning: .edges(edges))
        return [sample.mean ?? 0, sample.sampleStandardDeviation ?? 0]
            + (sample.quantiles([0.25, 0.5, 0.75, 0.9], method: .type7) ?? []) + [Double(histogram.counts[0])]
    }

    /// NumPy's median time for the same work on the same values, or nil without NumPy. The
    /// script checks its quantiles against ours and refuses to time different inputs.
    static func numpyTime(n: Int, repetitions: Int, expected: [Double]) -> Double? {
        let script = """
            import sys, time
            import numpy as np
            n, reps, seed = int(sys.argv[1]), int(sys.argv[2]), np.uint64(sys.argv[3])
            expected = [float(x) for x in sys.argv[4].split(",")]
            with np.errstate(over="ignore"):
                z = seed + (np.arange(n, dtype=np.uint64) + np.uint64(1)) * np.uint64(0x9E3779B97F4A7C15)
                z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
                z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
                z = z ^ (z >> np.uint64(31))
            x = (z >> np.uint64(11)).astype(np.float64) * 2.0**-53 * 1000
            times = []
            for _ in range(reps + 1):
                t = time.perf_counter()
                m, s = x.mean(), x.std(ddof=1)
                q = np.quantile(x, [0.25, 0.5, 0.75, 0.9])
                counts, _ = np.histogram(x, bins=100)
                times.append(time.perf_counter() - t)
            # NumPy interpolates as a + (b - a)·t (R: (1 - t)·a + t·b): equal to within an ulp or two.
            assert all(abs(a - b) <= 1e-12 * abs(b) for a, b in zip(q, expected[2:6])), (list(q), expected[2:6])
            assert counts[0] == expected[6]
            print(sorted(times[1:])[reps // 2])
            """
        let arguments = [String(n), String(repetitions), String(seed), expected.map { "\($0)" }.joined(separator: ",")]
        return python(script, arguments).flatMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }
}
