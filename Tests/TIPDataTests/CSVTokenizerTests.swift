import Testing
@testable import TIPData

struct CSVTokenizerTests {
    @Test(
        arguments: [
            ("a,b\n1,2\n", [["a", "b"], ["1", "2"]], [1, 2]),
            ("a,b\r\n1,2\r\n", [["a", "b"], ["1", "2"]], [1, 2]),
            ("a,b\r1,2", [["a", "b"], ["1", "2"]], [1, 2]),
            ("\u{FEFF}a,b\n1,2", [["a", "b"], ["1", "2"]], [1, 2]),
            ("a\n\"x, y\"\n", [["a"], ["x, y"]], [1, 2]),
            ("a\n\"say \"\"hi\"\"\"\n", [["a"], ["say \"hi\""]], [1, 2]),
            ("a,b\n\"two\nlines\",2\nz,3\n", [["a", "b"], ["two\nlines", "2"], ["z", "3"]], [1, 2, 4]),
            ("a,b\n\"two\r\nlines\",2\r\nz,3\r\n", [["a", "b"], ["two\r\nlines", "2"], ["z", "3"]], [1, 2, 4]),
            ("a,b\n\n1,2\n\n", [["a", "b"], ["1", "2"]], [1, 3]),
            ("a,b\n,\n", [["a", "b"], ["", ""]], [1, 2]),
            ("a\n  padded  \n", [["a"], ["  padded  "]], [1, 2]),
            ("a,b\n\"\",x", [["a", "b"], ["", "x"]], [1, 2]),
            ("", [], []),
        ] as [(String, [[String]], [Int])])
    func splitsRecordsAndKeepsLines(_ text: String, _ fields: [[String]], _ lines: [Int]) throws {
        let records = try tokenizeCSV(text)
        #expect(records.map(\.fields) == fields)
        #expect(records.map(\.line) == lines)
    }

    @Test(
        arguments: [
            ("a\n\"open", 2, 1, "never closed"),
            ("a,b\n1,\"x\"y\n", 2, 6, "text after a closing quote"),
            ("a\nx\"y\n", 2, 2, "a quote inside an unquoted field"),
            ("a\n\"multi\nline\" junk", 3, 6, "text after a closing quote"),
        ] as [(String, Int, Int, String)])
    func malformedInputHasAPosition(_ text: String, _ line: Int, _ column: Int, _ reason: String) {
        let error = #expect(throws: CSVSyntaxError.self) { try tokenizeCSV(text) }
        #expect(error?.line == line && error?.column == column)
        #expect(error?.reason.contains(reason) == true)
    }
}
