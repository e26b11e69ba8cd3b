import Foundation
import Testing
@testable import TIPStatistics

/// `niceTicks` and `niceDomain` against d3-array 3.2's `ticks` and `nice`, run in Node on
/// 400 deterministic random ranges (magnitudes 1e-12 to 1e12, reversed ranges, spans down
/// to a millionth of the magnitude, counts 1–12) plus the cases that once differed.
/// Line format of `Fixtures/nice-ticks-d3.txt`: `start stop count | ticks… | niceLo niceHi`.
struct NiceTicksReferenceTests {
    struct Case: Sendable, CustomStringConvertible {
        let start: Double, stop: Double, count: Int
        let ticks: [Double]
        let nice: [Double]
        var description: String { "\(start)…\(stop), count \(count)" }
    }

    static let cases: [Case] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Fixtures/nice-ticks-d3.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.split(separator: " ").compactMap { Double($0) } }
            guard parts.count == 3, parts[0].count == 3 else { return nil }
            return Case(start: parts[0][0], stop: parts[0][1], count: Int(parts[0][2]), ticks: parts[1], nice: parts[2])
        }
    }()

    @Test func theTableIsComplete() { #expect(Self.cases.count == 404) }

    @Test(arguments: cases)
    func matchesD3(_ c: Case) {
        #expect(niceTicks(from: c.start, to: c.stop, count: c.count) == c.ticks)
        let (lo, hi) = (min(c.start, c.stop), max(c.start, c.stop))
        let domain = niceDomain(from: lo, to: hi, count: c.count)
        #expect([domain.start, domain.end] == c.nice)
    }
}
