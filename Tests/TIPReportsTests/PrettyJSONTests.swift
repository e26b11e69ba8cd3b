import Foundation
import Testing
@testable import TIPData
@testable import TIPReports

/// The summary's directly written arrays give exactly the bytes `JSONEncoder` gives.
struct PrettyJSONTests {
    static func plain(_ summary: SummaryReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(summary), as: UTF8.self) + "\n"
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    /// Values of every shape a double prints in, labels with quotes, backslashes, control
    /// characters, slashes and non-ASCII text, a unit, censored and missing values.
    static let awkward = """
        country,year,metric,value,unit,note
        "Qu""ote\\d / \u{1}\u{1F}\t",2001,convictions,0.1,,
        "Qu""ote\\d / \u{1}\u{1F}\t",2002,convictions,1e-7,,
        "Qu""ote\\d / \u{1}\u{1F}\t",2003,convictions,123456789012345678901234,,
        "Qu""ote\\d / \u{1}\u{1F}\t",2004,convictions,3.5,percent,
        Қазақстан,2001,funding,35000,KZT,
        Қазақстан,2002,funding,<5,KZT,
        Қазақстан,2003,funding,,KZT,missing
        Қазақстан,2004,funding,0,KZT,
        Қазақстан,2005,funding,7,KZT,
        Қазақстан,2005,victims identified,1e300,,
        Қазақстан,2006,victims identified,1e300,,
        """

    @Test func directlyWrittenArraysMatchJSONEncoder() throws {
        var datasets: [Dataset] = [.kazakhstan2008, CompilationFixtureTests.dataset]
        datasets.append(try Dataset.parse(Self.awkward, file: "awkward.csv"))
        datasets.append(
            try Dataset.load(contentsOf: Self.root.appendingPathComponent("Browser/hostile-labels.csv").path))
        for dataset in datasets {
            let summary = SummaryReport(dataset)
            let fast = try summary.json()
            let plain = try Self.plain(summary)
            #expect(fast == plain, "\(dataset.origin)")
            if fast != plain {
                let a = Array(fast.utf8), b = Array(plain.utf8)
                let at = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
                let context = String(decoding: a[max(0, at - 80)..<min(a.count, at + 80)], as: UTF8.self)
                Issue.record("first difference at byte \(at): \(context)")
            }
        }
    }

    @Test func stringsAreEscapedAsJSONEncoderEscapesThem() throws {
        for text in ["", "plain", "q\"b\\s/", "\u{0}\u{8}\u{C}\n\r\t\u{1F}\u{7F}", "Қ €😀", "\u{2028}"] {
            var json = PrettyJSON(depth: 0)
            json.string(text)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.withoutEscapingSlashes]
            #expect(json.bytes == Array(try encoder.encode(text)), "\(text.debugDescription)")
        }
    }

    @Test(arguments: [0.0, -0.0, 1, -1, 0.1, 1e-7, 1e16, 1e21, 123456789.125, 5e-324, 1.7976931348623157e308])
    func doublesPrintAsJSONEncoderPrintsThem(_ value: Double) throws {
        var json = PrettyJSON(depth: 0)
        try json.double(value)
        #expect(json.bytes == Array(try JSONEncoder().encode(value)), "\(value)")
    }
}
