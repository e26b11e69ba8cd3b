import Testing
import Foundation
@testable import TIPData

struct ValueParsingTests {
    @Test(
        arguments: [
            ("1834", FigureValue.exact(1834)), ("1,834", .exact(1834)), ("1,234,567.5", .exact(1_234_567.5)),
            ("12.5", .exact(12.5)),
            ("  19 ", .exact(19)), ("-3", .exact(-3)), ("+4", .exact(4)), ("0", .exact(0)), ("<5", .below(5)),
            ("< 5", .below(5)),
            ("<1,000", .below(1000)), ("1e-05", .exact(0.00001)), ("1e+308", .exact(1e308)), ("-2.5E3", .exact(-2500)),
            ("0.1e1", .exact(1)), ("", .missing), ("NA", .missing), ("n/a", .missing), ("N/A", .missing),
        ] as [(String, FigureValue)])
    func readsWhatPeopleType(_ text: String, _ expected: FigureValue) {
        #expect(ValueParsing.value(text)?.value == expected)
    }

    @Test(arguments: [
        "1.2.3", "18,34", "1,8345", ",834", "1,", "1e999", "1e-99999999", "<0", "<-0", "1,000e3", "1e", "inf", "-inf",
        "nan", "0x10", "twelve", "<", "<-5", "5<", "1 834", ".5", "5.",
    ])
    func rejectsTheRest(_ text: String) {
        #expect(ValueParsing.value(text)?.value == nil)
    }

    @Test(
        arguments: [
            ("at least 113", 113.0, Qualifier.atLeast), ("At least 1,234", 1234, .atLeast),
            ("approximately 3,000", 3000, .approximately), ("about 12", 12, .approximately),
            ("nearly 35,000", 35000, .nearly), ("almost 7", 7, .nearly), ("more than 40", 40, .atLeast),
        ] as [(String, Double, Qualifier)])
    func qualifierWordsBecomeQualifiers(_ text: String, _ value: Double, _ qualifier: Qualifier) throws {
        let read = try #require(ValueParsing.value(text))
        #expect(read.value == .exact(value) && read.qualifier == qualifier)
    }

    @Test(
        arguments: [
            ("Tier 1", Tier.tier1), ("Tier 2", .tier2), ("tier 2 watch list", .tier2WatchList),
            ("Tier 2 Watchlist", .tier2WatchList), ("Tier 2WL", .tier2WatchList), ("2WL", .tier2WatchList),
            ("TIER 3", .tier3), ("Special Case", .specialCase), ("tier_2", .tier2),
        ] as [(String, Tier)])
    func tiersAreOrdinalValues(_ text: String, _ tier: Tier) {
        #expect(ValueParsing.value(text)?.value == .tier(tier))
        #expect(FigureValue(parsing: text)?.tier == tier)
    }

    @Test(arguments: [
        "Tier 4", "Tier", "2", "Special", "at least", "at least five", "nearly <5", "Tier 2 Special Case",
    ])
    func notTiersNorQualifiedNumbers(_ text: String) {
        #expect(ValueParsing.value(text).map { $0.value.tier == nil && $0.qualifier == nil } ?? true)
        if text != "2" { #expect(ValueParsing.value(text) == nil) }
    }

    @Test func tierOrder() {
        #expect(Tier.allCases.compactMap(\.rank) == [1, 2, 3, 4])
        #expect(Tier.specialCase.rank == nil)
    }

    @Test(arguments: [("2007", 2007), (" 2007 ", 2007), ("1800", 1800), ("2200", 2200)])
    func yearsAreWholeNumbers(_ text: String, _ year: Int) {
        #expect(ValueParsing.year(text) == year)
    }

    @Test(arguments: ["2007.0", "FY2007", "207", "2201", "-2007", "", "2,007"])
    func badYears(_ text: String) {
        #expect(ValueParsing.year(text) == nil)
    }

    @Test func valuesPrintAsTheyAreRead() {
        for value in [FigureValue.exact(1834), .exact(12.5), .below(5), .missing] {
            #expect(ValueParsing.value(value.description)?.value == value)
        }
    }
}

/// What export writes, load reads back: exponents, negative zero, CR LF inside cells, guards.
struct ExportRoundTripHostileTests {
    @Test(arguments: [0.00001, 1e308, 1e-300, 5e-324, -0.0, 0.1, 123_456_789.123, -1e-7])
    func everyFiniteNumberReadsBack(_ value: Double) throws {
        let text = FigureValue.exact(value).description
        let read = try #require(ValueParsing.value(text)?.value)
        #expect(read == .exact(value == 0 ? 0 : value), "\(value) was written as \(text)")
        #expect(read.description == text || value == 0)
        if value == 0 { #expect(read.description == "0") }
    }

    @Test func negativeZeroIsZero() {
        #expect(ValueParsing.value("-0")?.value == .exact(0))
        #expect(ValueParsing.value("-0")?.value.exactValue?.sign == .plus)
    }

    @Test(arguments: [
        "a\r\n=1+1", "x\ny", "x\r", "\r\n=cmd", "=SUM(A1)", "'already", "''two", "@at", "\tTab", "+1 call",
    ])
    func cellsAreQuotedAndGuardedOnScalars(_ text: String) throws {
        let cell = csvCell(text)
        // A line break inside a cell always comes quoted, so nothing after it starts a line.
        if text.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\n" }) { #expect(cell.hasPrefix("\"")) }
        // What a spreadsheet would evaluate gets the guard.
        if let first = text.unicodeScalars.first, formulaLeaders.contains(first) {
            #expect(cell.hasPrefix("'") || cell.hasPrefix("\"'"))
        }
        let csv = Dataset.exportColumns.joined(separator: ",") + "\nKazakhstan,2007,convictions,,19,,,," + cell + "\n"
        let tokens = try tokenizeCSV(csv)
        let note = tokens.last?.fields.last
        #expect(note.map(unneutralised) == text)
    }

    @Test func aUsersOwnApostropheSurvivesAFirstLoad() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("apostrophe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("user.csv")
        try "country,year,metric,value,note\nKazakhstan,2007,convictions,19,'=not a formula\n".write(
            to: file, atomically: true, encoding: .utf8)
        let dataset = try Dataset.load(contentsOf: file.path)
        #expect(dataset.figures.first?.note == "'=not a formula")
        // Exported and loaded again, it is still the same text.
        let exported = dir.appendingPathComponent("export.csv")
        try dataset.csv().write(to: exported, atomically: true, encoding: .utf8)
        #expect(try Dataset.load(contentsOf: exported.path).figures.first?.note == "'=not a formula")
    }
}

/// JSON data is read by our own scanner: numbers exactly, positions in errors.
struct JSONScannerTests {
    @Test(arguments: [
        "0.1", "1e20", "1E-5", "-0", "123456789012345678", "0.30000000000000004", "2.2250738585072014e-308",
        "1.7976931348623157e308", "9007199254740993",
    ])
    func numbersAreReadExactly(_ text: String) throws {
        let json = "[{\"country\": \"K\", \"year\": 2007, \"metric\": \"m\", \"value\": \(text)}]"
        let dataset = try Dataset.parse(json, file: "x.json")
        let expected = try #require(Double(text))
        #expect(dataset.figures.first?.value == .exact(expected == 0 ? 0 : expected))
    }

    @Test(arguments: [
        (
            "[{\"country\": \"K\", \"year\": 2007, \"metric\": \"m\", \"value\": 1e-99999999}]",
            "'1e-99999999' is not a number"
        ),
        ("[{\"country\": \"K\", \"year\": 2007, \"metric\": \"m\", \"value\": 1e999}]", "'1e999' is not a number"),
        ("[{\"a\": 1,}]", "expected a quoted field name"), ("[\"\\ud800\"]", "surrogate"),
        ("[01]", "expected ',' or ']'"),
        ("[1.]", "digits after its decimal point"), ("\n\n[{\"a\": tru}]", ":3:"),
        (String(repeating: "[", count: 10_000), "nested more than"),
    ])
    func malformedJSONIsAnErrorWithItsLine(_ json: String, _ message: String) {
        let error = #expect(throws: DataError.self) { try Dataset.parse(json, file: "x.json") }
        #expect(error.map { "\($0)".contains(message) } == true, "\(error.map { "\($0)" } ?? "")")
    }

    @Test func duplicateFieldsInOneObjectAreAnError() {
        let json = "[{\"country\": \"K\", \"year\": 2007, \"metric\": \"m\", \"value\": 1, \"value\": 2}]"
        #expect(throws: DataError.self) { try Dataset.parse(json, file: "x.json") }
    }
}

/// Inputs the fuzzers found, kept as fixtures (`Tests/FuzzFindings/TARGET/`): each now loads
/// and survives export and reload, or fails with a DataError.
struct FuzzFindingTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("FuzzFindings")

    static let files: [String] = ["FuzzCSV", "FuzzJSONData"].flatMap { target in
        ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(target).path)) ?? [])
            .map { "\(target)/\($0)" }
    }.sorted()

    @Test func thereAreFindings() { #expect(!Self.files.isEmpty) }

    @Test(arguments: files)
    func findingLoadsOrFailsCleanly(_ file: String) throws {
        let data = try Data(contentsOf: Self.root.appendingPathComponent(file))
        let text = String(decoding: data, as: UTF8.self)
        let name = file.hasPrefix("FuzzCSV") ? "finding.csv" : "finding.json"
        guard let dataset = try? Dataset.parse(text, file: name) else { return }
        let again = try Dataset.parse(name.hasSuffix("csv") ? dataset.csv() : try dataset.json(), file: name)
        #expect(again.figures.map(\.value) == dataset.figures.map(\.value))
    }
}
