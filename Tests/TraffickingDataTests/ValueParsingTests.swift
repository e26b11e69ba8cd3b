import Testing
@testable import TraffickingData

struct ValueParsingTests {
    @Test(arguments: [
        ("1834", FigureValue.exact(1834)), ("1,834", .exact(1834)), ("1,234,567.5", .exact(1_234_567.5)), ("12.5", .exact(12.5)),
        ("  19 ", .exact(19)), ("-3", .exact(-3)), ("+4", .exact(4)), ("0", .exact(0)), ("<5", .below(5)), ("< 5", .below(5)),
        ("<1,000", .below(1000)), ("", .missing), ("NA", .missing), ("n/a", .missing), ("N/A", .missing),
    ] as [(String, FigureValue)])
    func readsWhatPeopleType(_ text: String, _ expected: FigureValue) {
        #expect(ValueParsing.value(text) == expected)
    }

    @Test(arguments: ["1.2.3", "18,34", "1,8345", ",834", "1,", "3.5e4", "inf", "-inf", "nan", "0x10", "twelve", "<", "<-5", "5<", "1 834", ".5", "5."])
    func rejectsTheRest(_ text: String) {
        #expect(ValueParsing.value(text) == nil)
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
            #expect(ValueParsing.value(value.description) == value)
        }
    }
}
