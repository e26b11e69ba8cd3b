import Foundation
import Testing
@testable import TIPData

/// Microdata (one row per victim) counted into figures: every count matches pandas on a
/// generated case-record file, identical records are each counted, empty cells are a
/// named "Not stated" part, and bad cells name their line and column.
struct MicrodataCountingTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/microdata")

    static func mapping() -> ColumnMapping {
        var m = ColumnMapping(
            country: "country_of_identification", year: "year_identified", breakdowns: ["gender", "age_band"])
        m.countRows = "victims"
        m.flagDimensions = [
            .init(dimension: "form", columns: ["sexual_exploitation", "forced_labour", "other_exploitation"])
        ]
        return m
    }

    @Test func everyCountMatchesPandas() throws {
        let dataset = try Dataset.load(
            contentsOf: Self.folder.appendingPathComponent("case-records.csv").path, mapping: Self.mapping())
        var ours: [String: Double] = [:]
        for f in dataset.figures {
            let part = f.breakdown.parts.first
            let key = "\(f.country)|\(f.year)|\(part?.dimension ?? "")|\(part?.value ?? "")"
            #expect(ours[key] == nil, "one figure per group: \(key)")
            ours[key] = f.value.exactValue
            #expect(f.metric == Metric("victims"))
        }
        let text = try String(
            contentsOf: Self.folder.appendingPathComponent("counts-reference.csv"), encoding: .utf8)
        var reference: [String: Double] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            // No field of the fixture holds a comma, except none: split plainly.
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            reference[cells[0...3].joined(separator: "|")] = Double(cells[4])
        }
        #expect(reference.count == 281)
        #expect(ours == reference)
        // The totals add up to the file's 1,375 records; each dimension's single-valued parts
        // (gender, age) add up to their total.
        let totals = dataset.figures.filter(\.breakdown.isTotal).compactMap(\.value.exactValue)
        #expect(totals.reduce(0, +) == 1375)
        for dimension in ["gender", "age_band"] {
            let parts = dataset.figures.filter { $0.breakdown.dimensions == [dimension] }.compactMap(\.value.exactValue)
            #expect(parts.reduce(0, +) == 1375, "\(dimension)")
        }
    }

    @Test func identicalRecordsAreEachCounted() throws {
        var m = ColumnMapping(breakdowns: ["sex"])
        m.countRows = "victims"
        let text = "country,year,sex\nK,2020,Female\nK,2020,Female\nK,2020,Female\nK,2020,\n"
        let d = try Dataset.parse(text, file: "m.csv", mapping: m)
        let total = d.figures.first { $0.breakdown.isTotal }
        #expect(total?.value == .exact(4), "three identical rows and one more are four records")
        #expect(d.figures.first { $0.breakdown.value(of: "sex") == "Female" }?.value == .exact(3))
        #expect(d.figures.first { $0.breakdown.value(of: "sex") == "Not stated" }?.value == .exact(1))
    }

    @Test func aFileOfOneCountryTakesItsNameFromTheMapping() throws {
        var m = ColumnMapping(defaultCountry: "Kazakhstan")
        m.countRows = "cases"
        m.source = "Ministry of Internal Affairs case register"
        let d = try Dataset.parse("year\n2019\n2019\n2020\n", file: "m.csv", mapping: m)
        #expect(d.figures.map(\.country) == ["Kazakhstan", "Kazakhstan"])
        #expect(d.figures.map(\.value) == [.exact(2), .exact(1)])
        #expect(d.figures.allSatisfy { $0.source == "Ministry of Internal Affairs case register" })
    }

    @Test(arguments: [
        ("country,year,a,b\nK,,0,0\n", "m.csv:2: column 'year': the year is empty"),
        ("country,year,a,b\nK,20x9,0,0\n", "m.csv:2: column 'year': '20x9' is not a year"),
        ("country,year,a,b\n,2019,0,0\n", "m.csv:2: column 'country': the country is empty"),
        ("country,year,a,b\nK,2019,1,maybe\n", "m.csv:2: column 'b': 'maybe' is not a flag"),
        ("country,year,a\nK,2019,1\n", "m.csv:1: column 'b': --flag-columns names a column the file does not have"),
        ("country,when\nK,2019\n", "m.csv:1: column 'year': no year column to count records by"),
    ])
    func badRecordsNameTheirLineAndColumn(text: String, message: String) {
        var m = ColumnMapping()
        m.countRows = "victims"
        m.flagDimensions = [.init(dimension: "form", columns: ["a", "b"])]
        #expect {
            try Dataset.parse(text, file: "m.csv", mapping: m)
        } throws: { error in
            ((error as? DataError)?.description ?? "").hasPrefix(message)
        }
    }
}
