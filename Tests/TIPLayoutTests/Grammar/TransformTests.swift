import Testing
import TIPStatistics
@testable import TIPLayout

/// Transforms on small tables whose answers can be worked by hand, and on hostile input.
struct TransformTests {
    static let table = DataTable(
        rows: [
            ["country": "A", "year": 2019, "metric": "victims", "value": 10],
            ["country": "A", "year": 2020, "metric": "victims", "value": 30],
            ["country": "B", "year": 2019, "metric": "victims", "value": .censored(5)],
            ["country": "B", "year": 2020, "metric": "victims", "value": .missing],
            ["country": "A", "year": 2019, "metric": "convictions", "value": 2],
            ["country": "B", "year": 2020, "metric": "convictions", "value": 7],
        ], order: ["country", "year", "metric", "value"])

    @Test func filterKeepsMatchingRowsAndNumbersMatchText() throws {
        let out = try Transform.filter(.equal("metric", "convictions")).apply(to: Self.table)
        #expect(out.rowCount == 2)
        #expect(out["value"]?.cells == [2, 7])
        let years = try Transform.filter(.equal("year", "2019")).apply(to: Self.table)
        #expect(years.rowCount == 3)
        let range = try Transform.filter(.range("value", 5...10)).apply(to: Self.table)
        #expect(range["value"]?.cells == [10, .censored(5), 7])
        let set = try Transform.filter(.oneOf("country", ["B"])).apply(to: Self.table)
        #expect(set.rowCount == 3)
        let notValid = try Transform.filter(.not(.valid("value"))).apply(to: Self.table)
        #expect(notValid.rowCount == 1)
    }

    @Test func unknownFieldNamesThePathAndTheFields() {
        #expect(throws: PlotError.self) { try Transform.filter(.equal("metrc", "x")).apply(to: Self.table) }
        do {
            _ = try Transform.filter(.equal("metrc", "x")).apply(to: Self.table, path: "transform[0]")
        } catch {
            #expect(error.path == "transform[0].filter")
            #expect(error.message.contains("no field named 'metrc'"))
            #expect(error.message.contains("country, year, metric, value"))
        }
    }

    @Test func aggregateWithACensoredPartIsCensored() throws {
        let out = try Transform.aggregate(
            [
                AggregateField(.sum, of: "value", as: "total"), AggregateField(.count),
                AggregateField(.valid, of: "value"),
            ],
            groupBy: ["year"]
        ).apply(to: Self.table.filtered("metric", "victims"))
        #expect(out.fields == ["year", "total", "count", "valid_value"])
        // 2019: 10 + "<5" is "<15", an upper bound; 2020: 30 + missing is 30, one value valid.
        #expect(out["total"]?.cells == [.censored(15), 30])
        #expect(out["count"]?.cells == [2, 2])
        #expect(out["valid_value"]?.cells == [2, 1])
    }

    @Test(arguments: [
        // (op, cells, expected)
        (AggregateOperation.max, [FieldValue.number(10), .censored(5)], FieldValue.number(10)),
        (.max, [.number(3), .censored(5)], .censored(5)),
        (.min, [.number(3), .censored(5)], .censored(3)),
        (.mean, [.number(10), .censored(4)], .censored(7)),
        (.median, [.number(1), .number(2), .censored(9)], .censored(2)),
        (.stdev, [.number(1), .censored(9)], .missing),
        (.sum, [], .missing),
        (.count, [], .number(0)),
        (.mean, [.missing, .missing], .missing),
        (.sum, [.number(1e308), .number(1e308)], .missing),
        (.distinct, [.text("a"), .text("a"), .number(1)], .number(2)),
        (.quantile(0.9), [.number(1), .number(2), .number(3)], .number(2.8)),
        (.quantile(1.5), [.number(1)], .missing),
    ])
    func aggregateOperations(op: AggregateOperation, cells: [FieldValue], expected: FieldValue) {
        let got = op.apply(cells)
        if case let .number(e) = expected, case let .number(g) = got {
            #expect(abs(e - g) < 1e-12)
        } else {
            #expect(got == expected)
        }
    }

    @Test func aggregateMatchesNumPyOnTenThousandRows() throws {
        let reference = try fixtureLines("aggregate-numpy.txt")
        let rows = 10_000
        let g = (0..<rows).map {
            FieldValue.number(Double(Int(SplitMix64.uniform(seed: 7, index: UInt64(2 * $0)) * 37)))
        }
        let v = (0..<rows).map {
            FieldValue.number(SplitMix64.uniform(seed: 7, index: UInt64(2 * $0 + 1)) * 2000 - 1000)
        }
        let table = try DataTable(fields: ["g", "v"], columns: [Column(g), Column(v)])
        let ops: [AggregateOperation] = [.count, .sum, .mean, .median, .min, .max, .q1, .q3]
        let out = try Transform.aggregate(ops.map { AggregateField($0, of: "v", as: $0.name) }, groupBy: ["g"])
            .apply(to: table)
        #expect(out.rowCount == reference.count)
        #expect(reference.count == 37)
        for (i, line) in reference.enumerated() {
            let numbers = line.split(separator: " ").compactMap { Double($0) }
            #expect(out["g"]?[i].number == numbers[0])
            for (k, op) in ops.enumerated() {
                let got = out[op.name]?[i].number ?? .nan
                #expect(abs(got - numbers[k + 1]) <= 1e-9 * max(1, abs(numbers[k + 1])), "group \(i) \(op.name)")
            }
        }
    }

    @Test func windowRanksWithinGroups() throws {
        let table = DataTable(rows: [
            ["c": "A", "v": 5], ["c": "A", "v": 9], ["c": "A", "v": 9], ["c": "B", "v": 1], ["c": "A", "v": 1],
        ])
        let rank = try Transform.window(
            .rank, field: nil, as: "r", groupBy: ["c"], sortBy: [SortKey("v", descending: true)]
        )
        .apply(to: table)
        #expect(rank["r"]?.cells == [3, 1, 1, 1, 4])
        let dense = try Transform.window(
            .denseRank, field: nil, as: "r", groupBy: ["c"], sortBy: [SortKey("v", descending: true)]
        )
        .apply(to: table)
        #expect(dense["r"]?.cells == [2, 1, 1, 1, 3])
        let running = try Transform.window(.sum, field: "v", as: "s", groupBy: [], sortBy: []).apply(to: table)
        #expect(running["s"]?.cells == [5, 14, 23, 24, 25])
        // Top 2 per group: rank, then filter.
        let top = try Transform.filter(.lessThanOrEqual("r", 2)).apply(to: rank)
        #expect(top.rowCount == 3)
    }

    @Test func sortIsStableAndKeepsMissingLast() throws {
        let table = DataTable(rows: [["k": 2, "i": 0], ["k": .missing, "i": 1], ["k": 1, "i": 2], ["k": 2, "i": 3]])
        for descending in [false, true] {
            let out = try Transform.sort([SortKey("k", descending: descending)]).apply(to: table)
            #expect(out["i"]?.cells == (descending ? [0, 3, 2, 1] : [2, 0, 3, 1]))
        }
    }

    @Test func foldAndPivotAreInverses() throws {
        let wide = DataTable(
            rows: [["country": "A", "2019": 1, "2020": 2], ["country": "B", "2019": 3, "2020": .missing]],
            order: ["country", "2019", "2020"])
        let long = try Transform.fold(["2019", "2020"], key: "year", value: "n").apply(to: wide)
        #expect(long.fields == ["country", "year", "n"])
        #expect(long["n"]?.cells == [1, 2, 3, .missing])
        let back = try Transform.pivot(field: "year", value: "n", groupBy: ["country"]).apply(to: long)
        #expect(back == wide)
        // A second value for one cell is an error, not a silent choice.
        let doubled = DataTable(rows: [["c": "A", "y": "2019", "n": 1], ["c": "A", "y": "2019", "n": 2]])
        #expect(throws: PlotError.self) {
            try Transform.pivot(field: "y", value: "n", groupBy: ["c"]).apply(to: doubled)
        }
    }

    @Test func binUsesTheHistogramsEdges() throws {
        let table = DataTable(rows: [3, 3, 5, 6, 7, 10, 12, .censored(4), .missing].map { ["v": $0] })
        let out = try Transform.bin(field: "v", as: "b", rule: .edges([0, 5, 10, 15])).apply(to: table)
        #expect(out["b"]?.cells == [0, 0, 5, 5, 5, 10, 10, .missing, .missing])
        #expect(out["b_end"]?.cells == [5, 5, 10, 10, 10, 15, 15, .missing, .missing])
        #expect(throws: PlotError.self) {
            try Transform.bin(field: "v", as: "b", rule: .edges([1, 0])).apply(to: table)
        }
    }
}

extension DataTable {
    /// The rows where `field` equals `value`.
    func filtered(_ field: String, _ value: FieldValue) -> DataTable {
        (try? Transform.filter(.equal(field, value)).apply(to: self)) ?? self
    }
}
