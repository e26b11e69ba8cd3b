import Foundation
import Testing

@Suite(.serialized) struct SummaryCommandTests {
    @Test func textSummaryPrintsEveryTable() throws {
        let result = try run("tipcharts", ["summary"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        for heading in [
            "Year-over-year change", "Sentence distribution (years)", "Sentence frequency",
            "Victims identified by form of exploitation", "Consistency notes",
        ] {
            #expect(result.stdout.contains(heading))
        }
        #expect(result.stdout.contains("+1,800.00%"))
    }

    @Test func jsonSummaryHasReferenceValues() throws {
        let result = try run("tipcharts", ["summary", "--format", "json"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["schemaVersion"] as? Int == 2)
        let sentences = try #require((json["sentences"] as? [[String: Any]])?.first)
        #expect(sentences["country"] as? String == "Kazakhstan")
        let stats = try #require(sentences["statistics"] as? [String: Any])
        func near(_ key: String, _ value: Double) -> Bool {
            (stats[key] as? Double).map { abs($0 - value) <= 1e-12 } ?? false
        }
        #expect(near("mean", 6.842105263157895))
        #expect(near("sampleStandardDeviation", 2.587644958789466))
        #expect(near("populationStandardDeviation", 2.518628655580084))
        #expect(near("median", 7))
        #expect(stats["modes"] as? [Double] == [7])
        let quantiles = try #require(sentences["quantiles"] as? [[String: Double]])
        #expect(quantiles.compactMap { $0["value"] } == [5.5, 7, 8.5, 10])
        let yoy = try #require(json["yearOverYear"] as? [[String: Any]])
        let percents = yoy.compactMap { $0["percentChange"] as? Double }
        #expect(percents.count == 3)
        #expect(zip(percents, [69.23076923076923, 128.57142857142858, 1800]).allSatisfy { abs($0 - $1) <= 1e-12 * $1 })
        let breakdowns = try #require(json["breakdowns"] as? [[String: Any]])
        let victims = try #require(breakdowns.first { $0["metric"] as? String == "victims_identified" })
        let rows = try #require(victims["rows"] as? [[String: Any]])
        #expect(rows.compactMap { $0["label"] as? String } == ["77.7%", "22.3%"])
        #expect(victims["total"] as? Double == 112)
    }

    /// Every key the JSON summary writes is documented, for the embedded data and a file alike.
    @Test(arguments: [
        [], ["--data", "Tests/TIPDataTests/Fixtures/good/multi-country.csv"],
        [
            "--data", "Tests/TIPDataTests/Fixtures/compilation/central-asia.csv", "--year-column", "data_year",
            "--edition-column", "report_year", "--breakdown-column", "sex", "--breakdown-column", "age_group",
            "--breakdown-column", "form",
        ],
    ])
    func everyJSONKeyIsDocumented(_ data: [String]) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let schema = try String(
            contentsOf: root.appendingPathComponent("Docs/summary-json-schema.md"), encoding: .utf8)
        let arguments = data.map { $0.hasPrefix("Tests/") ? root.appendingPathComponent($0).path : $0 }
        let result = try run("tipcharts", ["summary", "--format", "json"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        var keys = Set<String>()
        func collect(_ value: Any) {
            if let object = value as? [String: Any] {
                for (key, inner) in object {
                    keys.insert(key)
                    collect(inner)
                }
            } else if let array = value as? [Any] {
                array.forEach(collect)
            }
        }
        collect(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)))
        #expect(keys.count > 20)
        // A key is documented when it appears in code: `key`, or inside `{a, key?, b}`.
        func documented(_ key: String) -> Bool {
            ["`", "{", " "].contains { before in
                ["`", "}", ",", "?"].contains { after in schema.contains(before + key + after) }
            }
        }
        for key in keys.sorted() where !documented(key) {
            Issue.record("the JSON summary writes '\(key)', which Docs/summary-json-schema.md does not describe")
        }
    }

    @Test(arguments: [(6, [5.0, 7, 10, 10]), (1, [5, 7, 10, 10])])
    func quantileMethodOption(_ type: Int, _ expected: [Double]) throws {
        let result = try run("tipcharts", ["summary", "--format", "json", "--quantile-method", String(type)])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let quantiles = try #require(
            (json["sentences"] as? [[String: Any]])?.first?["quantiles"] as? [[String: Double]])
        #expect(quantiles.compactMap { $0["value"] } == expected)
    }

    @Test(arguments: [
        ["summary", "--quantile-method", "10"], ["summary", "--quantile-method", "0"],
        ["summary", "--format", "xml"], ["summary", "--bogus"], ["nonsense"],
    ])
    func misuseFailsWithAMessage(_ arguments: [String]) throws {
        let result = try run("tipcharts", arguments)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("Error:"))
    }

    @Test func quantileRangeMessageIsExact() throws {
        let result = try run("tipcharts", ["summary", "--quantile-method", "10"])
        #expect(result.stderr.hasPrefix("Error: --quantile-method must be a whole number from 1 to 9, got 10.\n"))
    }

    @Test(arguments: ["markdown", "csv"])
    func otherFormatsSucceed(_ format: String) throws {
        let result = try run("tipcharts", ["summary", "--format", format])
        #expect(result.status == 0)
        #expect(result.stdout.contains("1800") || result.stdout.contains("1,800"))
    }
}
