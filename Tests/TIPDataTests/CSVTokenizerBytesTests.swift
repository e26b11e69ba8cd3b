import Testing
@testable import TIPData

/// The byte reader gives the scalar reader's records and errors, exactly: on 20,000 random
/// texts built from the characters CSV cares about (quotes, delimiters, CR, LF, a byte order
/// mark) and multi-byte ones (accents, Cyrillic, CJK, an emoji), with every ASCII delimiter.
struct CSVTokenizerBytesTests {
    static let alphabet: [String] = [
        "\"", "\"", ",", ",", ";", "\t", "\n", "\r", "\r\n", "a", "b", "1", " ", "é", "Ж", "中", "🙂", "\u{FEFF}",
    ]

    /// Records, or the error, as one comparable value.
    static func read(_ reader: () throws(CSVSyntaxError) -> [CSVRecord]) -> String {
        do { return try reader().map { "\($0.line):\($0.fields)" }.joined(separator: "|") } catch {
            return "error \(error.line):\(error.column) \(error.reason)"
        }
    }

    @Test(arguments: [",", ";", "\t"] as [Unicode.Scalar])
    func theByteReaderIsTheScalarReader(_ delimiter: Unicode.Scalar) {
        var state: UInt64 = 20_261_204 &+ UInt64(delimiter.value)
        var mismatches: [String] = []
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 58)
            var text = ""
            for k in 0..<length {
                let r = (state >> UInt64((k * 5) % 59)) ^ UInt64(k &* 2_654_435_761)
                text += Self.alphabet[Int(r % UInt64(Self.alphabet.count))]
            }
            let bytes = Self.read { () throws(CSVSyntaxError) in try tokenizeCSV(text, delimiter: delimiter) }
            let scalars = Self.read { () throws(CSVSyntaxError) in try tokenizeCSVScalars(text, delimiter: delimiter) }
            if bytes != scalars { mismatches.append("\(text.debugDescription): \(bytes) vs \(scalars)") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count): \(mismatches.prefix(3))")
    }

    @Test func aLongFileReadsTheSame() throws {
        var text = "country,year,metric,value,note\n"
        for i in 0..<5_000 {
            text +=
                "C\(i % 37),\(2000 + i % 20),m\(i % 11),\(i * 7),\(i % 5 == 0 ? "\"a, \"\"quoted\"\"\nnote\"" : "")\r\n"
        }
        #expect(try tokenizeCSV(text) == tokenizeCSVScalars(text))
        #expect(try tokenizeCSV(text).count == 5_001)
    }
}
