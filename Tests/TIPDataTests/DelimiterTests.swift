import Testing
@testable import TIPData

/// Semicolon- and tab-delimited files load as they come: the delimiter is sniffed from the
/// header (or given), quoted fields keep their delimiters, and a comma in a number of a
/// semicolon file is refused as ambiguous unless the file is read with a decimal comma.
struct DelimiterTests {
    @Test(arguments: [
        ("country,year,metric,value\n", Unicode.Scalar(",")),
        ("country;year;metric;value\n", ";"),
        ("country\tyear\tmetric\tvalue\n", "\t"),
        ("\"a;b\",year,metric,value\n", ","),
        ("name;\"x,y,z\"\n", ";"),
        ("single\n", ","),
        ("", ","),
        ("a,b;c\n", ","),
    ])
    func theDelimiterIsSniffedFromTheHeader(text: String, expected: Unicode.Scalar) {
        #expect(sniffedDelimiter(text) == expected)
    }

    @Test func semicolonAndTabFilesLoadWithoutOptions() throws {
        let semi = try Dataset.parse(
            "country;year;metric;value\nKazakhstan;2019;victims;120\n\"Korea; Republic of\";2019;victims;<5\n",
            file: "s.csv")
        #expect(semi.figures.map(\.value) == [.exact(120), .below(5)])
        #expect(semi.figures.last?.country == "Korea; Republic of")
        let tab = try Dataset.parse(
            "country\tyear\tmetric\tvalue\nKazakhstan\t2019\tvictims\t\"1,020\"\n", file: "t.tsv")
        #expect(tab.figures.first?.value == .exact(1020), "a comma groups thousands in a tab file")
    }

    @Test(arguments: ["1,5", "1,834", "nearly 35,000"])
    func aCommaInASemicolonFileIsAmbiguous(cell: String) {
        #expect {
            try Dataset.parse("country;year;metric;value\nK;2019;victims;\(cell)\n", file: "s.csv")
        } throws: { error in
            let text = (error as? DataError)?.description ?? ""
            return text.hasPrefix("s.csv:2: column 'value'") && text.contains("--decimal-comma")
        }
    }

    @Test(arguments: [
        ("12,5", FigureValue.exact(12.5)), ("1.834,5", .exact(1834.5)), ("1 834", .exact(1834)),
        ("1\u{00A0}834,25", .exact(1834.25)), ("<5", .below(5)), ("NA", .missing), ("120", .exact(120)),
    ])
    func aDecimalCommaIsRead(cell: String, value: FigureValue) throws {
        var mapping = ColumnMapping()
        mapping.decimalComma = true
        let d = try Dataset.parse(
            "country;year;metric;value\nK;2019;victims;\(cell)\n", file: "s.csv", mapping: mapping)
        #expect(d.figures.first?.value == value)
    }

    @Test func aGivenDelimiterWinsOverTheGuess() throws {
        var mapping = ColumnMapping()
        mapping.delimiter = "|"
        let d = try Dataset.parse("country|year|metric|value\nK|2019|victims|7\n", file: "p.txt", mapping: mapping)
        #expect(d.figures.first?.value == .exact(7))
        let wrong = "country,year,metric,value\nK,2019,victims,7\n"
        #expect(throws: DataError.self) { try Dataset.parse(wrong, file: "p.csv", mapping: mapping) }
    }

    @Test func aRowWithTheWrongNumberOfFieldsNamesTheDelimiter() {
        #expect {
            try Dataset.parse("country;year;metric;value\nK;2019;victims\n", file: "s.csv")
        } throws: { error in
            ((error as? DataError)?.description ?? "").contains("quote fields that contain semicolons")
        }
    }
}
