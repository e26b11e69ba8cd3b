import Foundation
import Testing
@testable import TIPStatistics

/// All nine Hyndman & Fan types against R 4.2's `quantile(type = t)` on 23 deterministic
/// random samples of 1 to 1,000 values (ties and distinct values), at 104 to 1,104
/// probabilities each, every `k/n` among them. The table and the generator are in
/// `Fixtures/`. Values reach R as hex literals, since R's decimal parser is not always
/// correctly rounded. NumPy 2.4 agrees with R to a relative 1.4e-13 (it interpolates
/// with a different formula); we follow R's arithmetic and match it bit for bit.
struct QuantileReferenceTests {
    struct Row: Sendable, CustomStringConvertible {
        let n: Int
        let method: QuantileMethod
        let expected: [Double]
        var description: String { "n = \(n), type \(method.rawValue)" }
    }

    static let rows: [Row] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Fixtures/quantiles-r.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: " ")
            guard fields.count > 2, let n = Int(fields[0]), let type = Int(fields[1]),
                let method = QuantileMethod(rawValue: type)
            else { return nil }
            return Row(n: n, method: method, expected: fields.dropFirst(2).compactMap { Double($0) })
        }
    }()

    /// The generator's splitmix64 stream (counter form, seed = n).
    static func sample(_ n: Int) -> [Double] {
        (0..<n).map { i in
            let u = SplitMix64.uniform(seed: UInt64(n), index: UInt64(i))
            return n % 2 == 0 ? (u * Double(n / 2)).rounded(.down) : u * 1000 - 500
        }
    }

    static func probabilities(_ n: Int) -> [Double] {
        let step = n <= 120 ? 1 : 7
        return stride(from: 0, through: n, by: step).map { Double($0) / Double(n) }
            + (0...100).map { Double($0) / 100 } + [29.0 / 100, 1.0 / 3, 2.0 / 3]
    }

    @Test func theTableIsComplete() {
        #expect(Self.rows.count == 23 * 9)
        #expect(Self.rows.allSatisfy { $0.expected.count == Self.probabilities($0.n).count })
    }

    /// Every type, every probability: the very double R returns, from the batch and the single path.
    @Test(arguments: rows)
    func matchesR(_ row: Row) throws {
        let sample = try Sample(Self.sample(row.n))
        let probabilities = Self.probabilities(row.n)
        let batch = try #require(sample.quantiles(probabilities, method: row.method))
        for (index, p) in probabilities.enumerated() {
            let expected = row.expected[index]
            let single = try #require(sample.quantile(p, method: row.method))
            #expect(batch[index] == expected, "p = \(p): \(batch[index]) ≠ R's \(expected)")
            #expect(single == expected, "p = \(p): \(single) ≠ R's \(expected)")
        }
    }

    /// The case that exposed the bug: n = 50, p = 0.29 is the 14th order statistic for type 3.
    @Test func typeThreeAtAFuzzyBoundary() throws {
        let sample = try Sample((1...50).map(Double.init))
        #expect(sample.quantile(0.29, method: .type3) == 14)
    }
}
