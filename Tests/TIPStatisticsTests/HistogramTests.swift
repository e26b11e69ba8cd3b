import Testing
@testable import TIPStatistics

struct HistogramTests {
    struct Case: Sendable, CustomStringConvertible {
        let name: String
        let values: [Double]
        let rule: BinningRule
        let edges: [Double]
        let counts: [Int]
        var description: String { name }
    }

    /// Reference values: NumPy 2.4 `histogram_bin_edges(x, bins=rule)` and `histogram(x, bins=edges)`.
    static let cases: [Case] = [
        .init(
            name: "sentences sturges", values: sentenceYears, rule: .sturges,
            edges: [3, 4.5, 6, 7.5, 9, 10.5, 12], counts: [3, 2, 9, 0, 4, 1]),
        .init(
            name: "sentences scott", values: sentenceYears, rule: .scott,
            edges: [3, 6, 9, 12], counts: [5, 9, 5]),
        .init(
            name: "sentences fd", values: sentenceYears, rule: .freedmanDiaconis,
            edges: [3, 4.8, 6.6, 8.4, 10.2, 12], counts: [3, 6, 5, 4, 1]),
        .init(
            name: "negatives sturges", values: negatives, rule: .sturges,
            edges: [-4.5, -1.625, 1.25, 4.125, 7], counts: [2, 2, 1, 1]),
        .init(name: "negatives scott", values: negatives, rule: .scott, edges: [-4.5, 1.25, 7], counts: [4, 2]),
        .init(
            name: "negatives fd", values: negatives, rule: .freedmanDiaconis,
            edges: [-4.5, -0.6666666666666665, 3.166666666666667, 7], counts: [3, 2, 1]),
        .init(name: "constant data widens to ±½", values: [5, 5], rule: .sturges, edges: [4.5, 5.5], counts: [2]),
        .init(
            name: "unit integers", values: sentenceYears, rule: .unitIntegers,
            edges: Array(stride(from: 2.5, through: 12.5, by: 1)), counts: [3, 0, 2, 4, 5, 0, 0, 4, 0, 1]),
        .init(
            name: "unit integers negative", values: [-2, 0], rule: .unitIntegers,
            edges: [-2.5, -1.5, -0.5, 0.5], counts: [1, 0, 1]),
        .init(
            name: "fixed width", values: [0, 4.9, 5, 9.99], rule: .fixedWidth(5),
            edges: [0, 5, 10], counts: [2, 2]),
        .init(
            name: "explicit edges, last bin closed, outside excluded", values: [0, 1, 2, 3, 4],
            rule: .edges([1, 2, 3]), edges: [1, 2, 3], counts: [1, 2]),
    ]

    @Test(arguments: cases)
    func matchesNumPy(_ c: Case) throws {
        let histogram = try Histogram(Sample(c.values), binning: c.rule)
        #expect(histogram.edges.count == c.edges.count)
        for (got, want) in zip(histogram.edges, c.edges) { #expect(close(got, want), "\(got) vs \(want)") }
        #expect(histogram.counts == c.counts)
    }

    /// Subnormal data once trapped in the bin locator (bins / span overflowed to +∞, and
    /// 0 · ∞ is NaN). Reference: NumPy 2.4, `np.histogram([0, 1e-310], bins=RULE)`; the
    /// fixed-width rows are our own rule (multiples of the width), which NumPy does not have.
    @Test(
        arguments: [
            (BinningRule.sturges, [0, subnormal("5e-311"), subnormal("1e-310")], [1, 1]),
            (.scott, [0, subnormal("1e-310")], [2]),
            (.freedmanDiaconis, [0, subnormal("5e-311"), subnormal("1e-310")], [1, 1]),
            (.fixedWidth(subnormal("1e-310")), [0, subnormal("1e-310"), subnormal("2e-310")], [1, 1]),
            (
                .edges([0, subnormal("1e-310"), subnormal("2e-310")]), [0, subnormal("1e-310"), subnormal("2e-310")],
                [1, 1]
            ),
            (.fixedWidth(subnormal("5e-324")), [0, subnormal("5e-324")], [1]),
        ] as [(BinningRule, [Double], [Int])])
    func subnormalDataMatchesNumPy(_ rule: BinningRule, _ edges: [Double], _ counts: [Int]) throws {
        let values = rule == .fixedWidth(subnormal("5e-324")) ? [0.0] : [0, subnormal("1e-310")]
        let histogram = try Histogram(Sample(values), binning: rule)
        #expect(histogram.edges == edges)
        #expect(histogram.counts == counts)
        #expect(histogram.outsideCount == 0)
    }

    /// The locator agrees with the binary search for every value, whatever the edges'
    /// magnitude: subnormal, tiny, huge and mixed-sign.
    @Test(
        arguments: [
            [0, subnormal("5e-324"), subnormal("1e-323")], [subnormal("-1e-310"), 0, subnormal("1e-310")],
            [0, 1e-300, 2e-300], [-1e308, 0, 1e308],
            [0, 0.5, 1, 1.5, 2],
        ] as [[Double]])
    func locatorAgreesWithBinarySearch(_ edges: [Double]) {
        let locator = BinLocator(edges: edges)
        let probes = edges + zip(edges, edges.dropFirst()).map { $0 / 2 + $1 / 2 } + [.nan, .infinity, -.infinity]
        for value in probes {
            #expect(locator.bin(of: value) == Histogram.bin(of: value, edges: edges), "\(value) in \(edges)")
        }
    }

    @Test func outsideValuesAreCountedNotDropped() throws {
        let histogram = try Histogram(Sample([0, 1, 2, 3, 4]), binning: .edges([1, 2, 3]))
        #expect(histogram.outsideCount == 2)
    }

    @Test(arguments: [[1.0], [2, 1], [1, .nan], [0, .infinity], [1, 1]])
    func invalidEdgesAreRejected(_ edges: [Double]) throws {
        #expect(throws: HistogramError.self) { try Histogram(Sample([1]), binning: .edges(edges)) }
    }

    @Test(arguments: [0.0, -1, .nan, .infinity])
    func invalidWidthIsRejected(_ width: Double) throws {
        #expect(throws: HistogramError.self) { try Histogram(Sample([1]), binning: .fixedWidth(width)) }
    }

    @Test(arguments: [BinningRule.sturges, .scott, .freedmanDiaconis, .unitIntegers, .fixedWidth(1)])
    func dataDrivenRulesNeedData(_ rule: BinningRule) throws {
        #expect(throws: HistogramError.emptySample) { try Histogram(Sample([Double]()), binning: rule) }
    }

    @Test func tinyWidthIsRefused() throws {
        let error = #expect(throws: HistogramError.self) { try Histogram(Sample([0, 1]), binning: .fixedWidth(1e-9)) }
        guard case let .tooManyBins(count) = error else {
            Issue.record("expected tooManyBins, got \(String(describing: error))"); return
        }
        #expect(count > Double(HistogramError.maximumBinCount))
    }

    @Test func centersAreMidpoints() throws {
        let histogram = try Histogram(Sample([3, 5]), binning: .unitIntegers)
        #expect(histogram.centers == [3, 4, 5])
    }

    @Test func frequencyTableCountsEachDistinctValue() throws {
        let table = FrequencyTable(try Sample(sentenceYears))
        #expect(table.rows.map(\.value) == [3, 5, 6, 7, 10, 12])
        #expect(table.rows.map(\.count) == [3, 2, 4, 5, 4, 1])
        #expect(table.rows.map(\.cumulativeCount) == [3, 5, 9, 14, 18, 19])
        #expect(close(table.rows[3].proportion, 5.0 / 19))
        #expect(FrequencyTable(try Sample([Double]())).rows.isEmpty)
    }
}

/// A subnormal double from its decimal text, as NumPy parses it (a literal would warn).
private func subnormal(_ text: String) -> Double { Double(text) ?? .nan }
