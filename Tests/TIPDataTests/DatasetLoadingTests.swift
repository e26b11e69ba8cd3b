import TIPStatistics
import Foundation
import Testing
@testable import TIPData

struct DatasetLoadingTests {
    static let good = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures/good")
    static func load(_ name: String, _ mapping: ColumnMapping = ColumnMapping()) throws -> Dataset {
        try Dataset.load(contentsOf: good.appendingPathComponent(name).path, mapping: mapping)
    }

    @Test func tidyWithOptionalColumns() throws {
        let d = try Self.load("tidy-basic.csv")
        #expect(d.figures.count == 4)
        #expect(
            d.figures[3]
                == Figure(
                    country: "Kazakhstan", year: 2007, metric: .convictions, value: .exact(19), unit: "persons",
                    source: "TIP Report 2008", note: "significant improvement"))
        #expect(d.figures[3].location?.description.hasSuffix("tidy-basic.csv:5") == true)
    }

    @Test func mappedYearColumnGivesTheRightChanges() throws {
        let d = try Self.load("tidy-data-year.csv", ColumnMapping(year: "data_year"))
        let changes = try d.series(country: "Kazakhstan", metric: .prosecutions).yearOverYearChanges()
        #expect(changes.map(\.toYear) == [2007, 2008])
        #expect(abs((changes[0].percent.value ?? 0) - 128.57142857142858) < 1e-12)
        #expect(changes[1].percent.value == 25)
    }

    @Test func quotingBOMAndCRLF() throws {
        let d = try Self.load("quoting-bom-crlf.csv")
        #expect(d.countries == ["Kazakhstan", "Kyrgyz Republic"])
        #expect(d.figures[0].source == "U.S. Department of State, Trafficking in Persons Report 2008")
        #expect(d.figures[0].note == "Police \"formally identified\" victims")
        #expect(d.figures[1].value == .exact(1834))
        #expect(d.figures[1].note == "two-line\r\nnote")
        #expect(d.figures[1].location?.line == 3)
    }

    @Test func censoredAndMissingValuesAreKept() throws {
        let d = try Self.load("censored-thousands.csv")
        #expect(d.figures.map(\.value) == [.exact(1032), .below(5), .exact(2204), .missing])
        let changes = try d.series(country: "Uzbekistan", metric: .convictions).yearOverYearChanges()
        #expect(
            changes.map(\.percent) == [.undefined(.missingValue), .undefined(.missingValue), .undefined(.missingValue)])
        let notes = d.consistencyNotes.map(\.check)
        #expect(notes == ["censored_values", "missing_values"])
    }

    @Test(arguments: ["wide.csv", "wide.json"])
    func wideFilesBecomeTidy(_ name: String) throws {
        let d = try Self.load(name)
        #expect(Set(d.metrics.map(\.rawValue)).isSuperset(of: ["investigations", "convictions"]))
        #expect(d.figures.first { $0.metric == .convictions && $0.year == 2007 }?.value == .exact(19))
    }

    @Test func wideFileOfOneCountryTakesTheCountryFlag() throws {
        let d = try Self.load("wide-one-country.csv", ColumnMapping(defaultCountry: "Kazakhstan"))
        #expect(d.countries == ["Kazakhstan"] && d.figures.count == 4)
    }

    @Test func jsonArrayAndExportSchema() throws {
        let tidy = try Self.load("tidy.json")
        #expect(tidy.figures.map(\.value) == [.exact(1), .exact(19), .below(5)])
        #expect(tidy.figures[1].location?.path == "$[1]")
        let export = try Self.load("export-schema.json")
        #expect(export.figures.map(\.category) == ["labour trafficking", "commercial sexual exploitation", nil])
        #expect(
            export.consistencyNotes.map(\.message) == [
                "Kazakhstan 2007 victims identified: the total 120 differs from the sum of its 2 parts, 112."
            ])
    }

    @Test func multiCountryNotesAndFilters() throws {
        let d = try Self.load("multi-country.csv")
        #expect(d.countries == ["Kazakhstan", "Kyrgyzstan", "Uzbekistan"])
        #expect(d.filtered(countries: ["Kyrgyzstan"]).figures.count == 3)
        #expect(d.filtered(metrics: [.prosecutions]).countries == ["Kazakhstan"])
        let checks = d.consistencyNotes.map(\.check)
        #expect(checks.contains("convictions_exceed_prosecutions"))
        #expect(checks.contains("censored_values"))
    }

    /// Three identical rows once collapsed into one figure of 19, silently: a repeated row
    /// is now an error naming both lines, and added up only when asked.
    @Test func identicalDuplicatesAreRefusedNamingBothLines() {
        let text = "country,year,metric,value\nK,2007,convictions,19\nK,2006,convictions,4\nK,2007,convictions,19\n"
        #expect {
            try Dataset.parse(text, file: "d.csv")
        } throws: { error in
            let message = (error as? DataError)?.description ?? ""
            return message.hasPrefix("d.csv:4: column 'value'") && message.contains("at d.csv:2")
                && message.contains("--sum-duplicates")
        }
    }

    @Test(arguments: [
        (["19", "19", "19"], FigureValue.exact(57)),
        (["19", "<5"], .below(24)),
        (["<5", "<5"], .below(10)),
        (["3", "NA", "4"], .missing),
        (["0", "0"], .exact(0)),
    ])
    func summedDuplicatesKeepCensoringAndMissingness(cells: [String], expected: FigureValue) throws {
        var mapping = ColumnMapping()
        mapping.duplicates = .sum
        let text = "country,year,metric,value\n" + cells.map { "K,2007,victims,\($0)\n" }.joined()
        let d = try Dataset.parse(text, file: "d.csv", mapping: mapping)
        #expect(d.figures.count == 1)
        #expect(d.figures.first?.value == expected)
    }

    @Test func tiersAndQualifiedValuesAreNeverSummed() {
        var mapping = ColumnMapping()
        mapping.duplicates = .sum
        let tiers = "country,year,metric,value\nK,2007,tier,Tier 2\nK,2007,tier,Tier 3\n"
        #expect(throws: DataError.self) { try Dataset.parse(tiers, file: "t.csv", mapping: mapping) }
        let qualified = "country,year,metric,value\nK,2007,funding,nearly 35000\nK,2007,funding,100\n"
        #expect(throws: DataError.self) { try Dataset.parse(qualified, file: "q.csv", mapping: mapping) }
    }

    @Test func percentUnitsMayBeNegative() throws {
        let d = try Dataset.parse("country,year,metric,value,unit\nK,2007,change,-50,percent\n", file: "d.csv")
        #expect(d.figures[0].value == .exact(-50))
    }
}

/// Tiers given as codes: mapped by the option, and refused as numbers without it.
struct TierCodeTests {
    static let text = "country,year,edition,metric,value\nK,,2015,tier,2\nK,,2016,tier,3\nK,,2017,tier,Tier 3\n"

    @Test func codesAreMappedByTheGivenTable() throws {
        var mapping = ColumnMapping()
        mapping.tierCodes = ["1": .tier1, "2": .tier2, "3": .tier2WatchList, "4": .tier3]
        let d = try Dataset.parse(Self.text, file: "t.csv", mapping: mapping)
        #expect(d.figures.map(\.value) == [.tier(.tier2), .tier(.tier2WatchList), .tier(.tier3)])
    }

    @Test func aNumericTierWithoutCodesIsRefused() {
        #expect {
            try Dataset.parse(Self.text, file: "t.csv")
        } throws: { error in
            let text = (error as? DataError)?.description ?? ""
            return text.hasPrefix("t.csv:2: column 'value'") && text.contains("--tier-codes")
        }
    }

    @Test func aCodeOutsideTheTableIsRefused() {
        var mapping = ColumnMapping()
        mapping.tierCodes = ["2": .tier2]
        #expect(throws: DataError.self) { try Dataset.parse(Self.text, file: "t.csv", mapping: mapping) }
    }

    @Test func otherMetricsKeepTheirNumbers() throws {
        var mapping = ColumnMapping()
        mapping.tierCodes = ["2": .tier2]
        let d = try Dataset.parse("country,year,metric,value\nK,2015,victims,2\n", file: "v.csv", mapping: mapping)
        #expect(d.figures.first?.value == .exact(2))
    }
}
