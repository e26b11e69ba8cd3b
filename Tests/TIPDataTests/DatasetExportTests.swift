import Foundation
import Testing
@testable import TIPData

struct DatasetExportTests {
    static let tricky = Dataset(
        figures: [
            Figure(
                country: "=HYPERLINK(\"x\")", year: 2007, metric: Metric("convictions"), value: .exact(19),
                note: "+1 added"),
            Figure(
                country: "Kyrgyz Republic", year: 2019, metric: Metric("convictions"), category: "men, adult",
                value: .below(5),
                unit: "persons", qualifier: .atLeast, source: "UNODC \"GLOTIP\"", note: "@ line\nbreak"),
            Figure(country: "Kazakhstan", year: 2020, metric: Metric("change"), value: .exact(-12.5), unit: "percent"),
            Figure(country: "Kazakhstan", year: 2021, metric: Metric("convictions"), value: .missing, note: "-"),
            Figure(country: "Қазақстан", year: 2022, metric: Metric("конвикции"), value: .exact(1_234_567.25)),
        ], origin: "test")

    @Test(arguments: [("csv", "embedded"), ("json", "embedded"), ("csv", "tricky"), ("json", "tricky")])
    func exportThenLoadGivesEqualData(_ format: String, _ which: String) throws {
        let dataset = which == "tricky" ? Self.tricky : Dataset.kazakhstan2008
        let text = format == "csv" ? dataset.csv() : try dataset.json()
        let loaded = try Dataset.parse(text, file: "export.\(format)")
        // A file carries the citation in its source column, not the quoted passage.
        let withoutProvenance = dataset.figures.map {
            var figure = $0
            figure.provenance = nil
            return figure
        }
        #expect(loaded.figures == withoutProvenance)
    }

    /// A quote followed by a combining mark is one Character; it is still doubled, so the
    /// export loads back (a fuzzer found `Police "߯x` exported with a single quote).
    static let combiningNotes = ["Police \"\u{07EF}x", "say \"\u{0301}hi\u{0301}\"", "\"\u{200D}\""]

    @Test(arguments: combiningNotes)
    func quotesBeforeCombiningMarksAreDoubled(_ note: String) throws {
        let figure = Figure(country: "K", year: 2020, metric: Metric("v"), value: .exact(1), note: note)
        let exported = Dataset(figures: [figure], origin: "q").csv()
        let again = try Dataset.parse(exported, file: "export.csv")
        #expect(again.figures.map(\.note) == [note])
    }

    @Test func formulasAreNeutralisedInTextCellsOnly() {
        let csv = Self.tricky.csv()
        #expect(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""))
        #expect(csv.contains(",'+1 added"))
        #expect(csv.contains("\"'@ line\nbreak\""))
        #expect(csv.contains(",-12.5,percent,"), "numbers keep their sign")
        #expect(csv.contains(",'-,\n"))
        #expect(csv.hasPrefix("country,year,edition,metric,category,value,unit,qualifier,source,note,aggregate\n"))
    }

    /// Editions, several breakdown dimensions, aggregates and tiers survive export and load.
    static let compilation = Dataset(
        figures: [
            Figure(
                country: "World", year: 2020, metric: Metric("victims_detected"),
                breakdown: Breakdown([.init(dimension: "sex", value: "Female"), .init(dimension: "age", value: "0-17")]
                ),
                value: .exact(12_000), unit: "persons", edition: 2022, isAggregate: true),
            Figure(
                country: "Kazakhstan", year: 2020, metric: Metric("tier"), value: .tier(.tier2WatchList),
                edition: 2020),
            Figure(
                country: "Kazakhstan", year: 2019, metric: Metric("funding"), category: "shelters", value: .exact(150),
                unit: "KZT", qualifier: .approximately, edition: 2020),
        ], origin: "test")

    @Test(arguments: ["csv", "json"])
    func compilationsRoundTrip(_ format: String) throws {
        let text = format == "csv" ? Self.compilation.csv() : try Self.compilation.json()
        let loaded = try Dataset.parse(text, file: "export.\(format)")
        #expect(loaded.figures == Self.compilation.figures)
        if format == "csv" {
            #expect(text.hasPrefix("country,year,edition,metric,category,breakdown:sex,breakdown:age,"))
        }
    }

    @Test func jsonValuesAreNumbersStringsOrNull() throws {
        let json = try Self.tricky.json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let figures = try #require(object["figures"] as? [[String: Any]])
        #expect(figures[1]["value"] as? String == "<5")
        #expect(figures[3]["value"] is NSNull)
        #expect((figures[2]["value"] as? NSNumber)?.doubleValue == -12.5)
        #expect(object["schemaVersion"] as? Int == 1)
    }
}
