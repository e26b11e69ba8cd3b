import Testing
import TIPStatistics
@testable import TIPLayout

/// Box-plot statistics against NumPy (`percentile(method="linear")`, R type 7) and Tukey's
/// 1.5 IQR whiskers as matplotlib draws them, on 32 deterministic samples of 1 to 1,000
/// values with ties, negatives and (cubed) outliers. The generator is in `Fixtures/`.
struct BoxPlotStatisticsTests {
    static func sample(_ n: Int, cubed: Bool) -> [Double] {
        (0..<n).map { i in
            let u = SplitMix64.uniform(seed: UInt64(n), index: UInt64(i))
            let x = n % 2 == 0 ? Double(Int(u * Double(n / 2))) : u * 1000 - 500
            return cubed ? x * x * x / 1e4 : x
        }
    }

    @Test func matchesNumPyAndTukey() throws {
        let lines = try fixtureLines("boxplot-numpy.txt")
        #expect(lines.count == 32)
        for line in lines {
            let f = line.split(separator: " ")
            guard let n = Int(f[0]) else { continue }
            let expected = f[2...6].compactMap { Double($0) }
            let stats = try #require(BoxPlotStatistics(try Sample(Self.sample(n, cubed: f[1] == "cubed"))))
            let got = [stats.q1, stats.median, stats.q3, stats.lowerWhisker, stats.upperWhisker]
            for (g, e) in zip(got, expected) {
                #expect(abs(g - e) <= 1e-12 * max(1, abs(e)), "n = \(n) \(f[1]): \(got) vs \(expected)")
            }
            #expect(stats.outliers.count == Int(f[7]), "n = \(n) \(f[1])")
        }
    }

    @Test func kazakhstanSentences() throws {
        // The TIP Report 2008's 19 terms; R: quantile(x, c(.25, .5, .75)) = 5.5, 7, 8.5.
        let years: [Double] = [3, 3, 3, 5, 5, 6, 6, 6, 6, 7, 7, 7, 7, 7, 10, 10, 10, 10, 12]
        let s = try #require(BoxPlotStatistics(try Sample(years)))
        #expect([s.q1, s.median, s.q3] == [5.5, 7, 8.5])
        #expect([s.lowerWhisker, s.upperWhisker] == [3, 12])
        #expect(s.outliers.isEmpty)
        let minMax = try #require(BoxPlotStatistics(try Sample([1, 2, 3, 100]), whiskerIQR: nil))
        #expect(minMax.upperWhisker == 100 && minMax.outliers.isEmpty)
    }

    @Test func emptyAndHostileSamples() throws {
        #expect(BoxPlotStatistics(try Sample([Double]())) == nil)
        #expect(BoxPlotStatistics(try Sample([Double.nan])) == nil)
        let huge = try #require(BoxPlotStatistics(try Sample([-1e308, 0, 1e308])))
        #expect(huge.median == 0)
        #expect(huge.q1.isFinite && huge.q3.isFinite)
        let tiny = try #require(BoxPlotStatistics(try Sample([0, 5e-324, -0.0])))
        #expect(tiny.median == 0)
    }
}
