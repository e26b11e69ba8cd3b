import Foundation
import Testing
@testable import TIPStatistics
import RealModule

/// Statistics on the inputs a hostile or careless user sends: extremes, ties, overflow.
struct HostileInputTests {
    // MARK: Moments against exact rational arithmetic

    struct MomentCase: Sendable, CustomStringConvertible {
        let index: Int, n: Int
        let mean: Double, variance: Double, standardDeviation: Double
        var description: String { "sample \(index) (n = \(n))" }
    }

    static let momentCases: [MomentCase] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Fixtures/moments-exact.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            let f = line.split(separator: " ")
            guard f.count == 5, let i = Int(f[0]), let n = Int(f[1]), let m = Double(f[2]), let sd = Double(f[4]) else {
                return nil
            }
            return MomentCase(
                index: i, n: n, mean: m, variance: f[3] == "inf" ? .infinity : Double(f[3]) ?? .nan,
                standardDeviation: sd)
        }
    }()

    /// The generator's sample `index` (see `Fixtures/generate_moment_reference.py`).
    static func momentSample(_ index: Int) -> [Double] {
        func mix(_ i: Int) -> UInt64 { SplitMix64.value(seed: UInt64(index), index: UInt64(i)) }
        let n = 2 + Int(mix(10_000) % 999)
        return (0..<n).map { i in
            let u = Double(mix(i) >> 11) * 0x1p-53
            switch index % 5 {
            case 0: return u * 2 - 1
            case 1: return 1e9 + (u * 1000).rounded(.towardZero)
            case 2: return (u * 200).rounded(.towardZero) - 100
            case 3: return (u * 2 - 1) * pow(10, Double(Int(u * 1e6) % 17 - 8))
            default: return (u * 2 - 1) * 1e300
            }
        }
    }

    @Test func theMomentTableIsComplete() { #expect(Self.momentCases.count == 300) }

    /// Mean and variance are the correctly rounded exact values (Python `fractions`);
    /// the standard deviation is within one ulp of the 80-digit square root.
    @Test(arguments: momentCases)
    func momentsAreCorrectlyRounded(_ c: MomentCase) throws {
        let values = Self.momentSample(c.index)
        #expect(values.count == c.n)
        let sample = try Sample(values)
        #expect(sample.mean == c.mean)
        #expect(sample.sampleVariance == c.variance)
        let sd = try #require(sample.sampleStandardDeviation)
        #expect(abs(sd - c.standardDeviation) <= c.standardDeviation.ulp)
    }

    @Test(
        arguments: [
            ([1e9 + 1, 1e9 + 2, 1e9 + 3], 1.0),
            ([3, 5, 7], 4),
            ([0.1, 0.2, 0.3], 0.009999999999999998),  // Python statistics.variance (exact fractions)
            ([-1e308, 1e308], .infinity),  // 2e616 is not a double
            ([1e-300, 3e-300], 0),  // 2e-600 underflows to 0
        ] as [([Double], Double)])
    func varianceIsExactWhereRepresentable(_ values: [Double], _ expected: Double) throws {
        #expect(try Sample(values).sampleVariance == expected)
    }

    @Test func standardDeviationStaysFiniteNearTheLargestDouble() throws {
        let sample = try Sample([-1e308, 1e308])
        #expect(sample.mean == 0)
        // √2 · 1e308, although the variance (2e616) overflows.
        let sd = try #require(sample.sampleStandardDeviation)
        #expect(abs(sd - 1.4142135623730951e308) <= 1.4142135623730951e308.ulp)
        #expect(sample.sampleVariance == .infinity)
        #expect(try Sample([.greatestFiniteMagnitude, .greatestFiniteMagnitude]).mean == .greatestFiniteMagnitude)
        #expect(try Sample([.leastNonzeroMagnitude, 0]).sampleVariance == 0)
        #expect(try Sample([-0.0, 0.0]).sampleVariance == 0)
    }

    // MARK: Shares: ties are real ties

    @Test(
        arguments: [
            ([4.0, 4, 42, 40], 0, [4, 4, 47, 45]),
            ([1.0, 1, 1], 0, [34, 33, 33]),
            ([1.0, 1, 1], 1, [334, 333, 333]),
            ([0.1, 0.2, 0.7], 0, [10, 20, 70]),
            ([1e300, 1e300], 0, [50, 50]),
            ([1e308, 1e308], 1, [500, 500]),
            // Remainders 11045562738704436 and …435 differ by 1 but are the same Double:
            // only integer remainders give the unit to the first part.
            (
                [831_409_567_762_320, 2_814_032_903_794_328, 7_189_203_018_912_621, 7_189_203_018_912_622], 0,
                [5, 15, 40, 40]
            ),
        ] as [([Double], Int, [Int])])
    func largestRemainderBreaksTiesExactly(_ parts: [Double], _ decimals: Int, _ units: [Int]) throws {
        let rounded = try Shares(parts).roundedPercentages(decimals: decimals)
        #expect(rounded.map(\.units).reduce(0, +) == 100 * Int(pow(10, Double(decimals))))
        #expect(rounded.map(\.units) == units)
    }

    // MARK: Histograms never trap

    @Test(
        arguments: [
            ([-1e308, 1e308], BinningRule.sturges),
            ([-1e308, 1e308], .scott),
            ([-1e308, 1e308], .freedmanDiaconis),
            ([-1e308, 1e308], .unitIntegers),
            ([0, 1e19], .unitIntegers),
            ([0, 1e300], .fixedWidth(1e-10)),
            ([1e20], .fixedWidth(1)),
            ([1e308], .sturges),
            ([0, 1e300], .fixedWidth(1e-300)),
        ] as [([Double], BinningRule)])
    func unrepresentableBinningIsAnError(_ values: [Double], _ rule: BinningRule) throws {
        let error = #expect(throws: HistogramError.self) { try Histogram(Sample(values), binning: rule) }
        #expect(error.map { "\($0)".contains("bins") || "\($0)".contains("range") } == true)
    }

    @Test func histogramsOfOrdinaryExtremesStillWork() throws {
        let h = try Histogram(Sample([-1e300, 1e300]), binning: .sturges)
        #expect(h.counts.reduce(0, +) == 2)
        #expect(try Histogram(Sample([1e15, 1e15 + 2]), binning: .fixedWidth(1)).counts == [1, 0, 1])
        #expect(try Histogram(Sample([-1e308, 1e308]), binning: .fixedWidth(1e307)).counts.count == 21)
    }
}

/// Numbers too large for fixed-point text print in exponent form, never as "n/a".
struct HugeNumberFormatTests {
    @Test(
        arguments: [
            (1e308, NumberFormat.count, "1e308"), (-2.5e20, .count, "-2.5e20"), (1e16, .count, "1e16"),
            (9.99999e20, .count, "1e21"), (1.23456e300, .signedPercent(decimals: 0), "+1.235e300%"),
            (1e300, .currency("$"), "$1e300"), (.infinity, .count, "n/a"), (.nan, .count, "n/a"),
            (123_456_789_012, .count, "123,456,789,012"),
        ] as [(Double, NumberFormat, String)])
    func hugeValuesKeepTheirMagnitude(_ value: Double, _ format: NumberFormat, _ expected: String) {
        #expect(format.string(value) == expected)
    }
}
