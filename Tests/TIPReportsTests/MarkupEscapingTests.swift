import Foundation
import TIPCairo
import Testing
@testable import TIPData
@testable import TIPReports

/// Data text in the Markdown summary and in the HTML page stays text: the same hostile
/// strings, as country, metric, category and source, for both formats.
struct MarkupEscapingTests {
    /// Markup that a renderer would run or that would restructure the document.
    static let hostile = [
        "<img src=x onerror=alert(1)>", "<script>alert(2)</script>", "<iframe src=javascript:alert(3)>",
        "Line one\n# A new heading", "Line\r\n- a list item", "Break\u{2028}## here", "a | b | c",
        "[click](javascript:alert(4))", "![x](http://example.com/x.png)", "**bold** _it_ `code` ~~gone~~",
        "&lt;b&gt;entity&lt;/b&gt;", "<http://example.com>", "back\\slash\\", "\u{1}\u{7F}control",
    ]

    /// A dataset whose names and source are `text`, with a breakdown so every table has it.
    static func dataset(_ text: String) throws -> Dataset {
        let rows: [[String: Any]] = [
            ["country": text, "year": 2020, "metric": text, "value": 4, "source": text],
            ["country": text, "year": 2021, "metric": text, "value": 6, "source": text],
            ["country": text, "year": 2021, "metric": text, "category": text, "value": 2, "source": text],
            ["country": text, "year": 2021, "metric": text, "category": "other", "value": 4, "source": text],
        ]
        let json = try JSONSerialization.data(withJSONObject: rows)
        return try Dataset.parse(String(decoding: json, as: UTF8.self), file: "hostile.json")
    }

    /// The kind of each line ("#", "##", "-", "|", text or blank): the document's structure.
    static func structure(_ markdown: String) -> [String] {
        markdown.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            if line.isEmpty { return "blank" }
            if line.hasPrefix("|") { return "row \(line.filter { $0 == "|" }.count - line.count("\\|"))" }
            for prefix in ["### ", "## ", "# ", "- ", "![", "_"] where line.hasPrefix(prefix) { return prefix }
            return "text"
        }
    }

    @Test(arguments: hostile)
    func markdownSummaryKeepsItsStructure(_ text: String) throws {
        let benign = SummaryReport(try Self.dataset("Plain")).markdown()
        let markdown = SummaryReport(try Self.dataset(text)).markdown()
        #expect(Self.structure(markdown) == Self.structure(benign))
        #expect(!markdown.contains("<"), "no raw tag or autolink")
        #expect(!markdown.replacingOccurrences(of: "\\]", with: "").contains("]("), "no link or image from data")
        #expect(!markdown.unicodeScalars.contains { $0.properties.generalCategory == .control && $0 != "\n" })
    }

    @Test(arguments: hostile)
    func markdownReportKeepsItsStructure(_ text: String) throws {
        var benign = try ChartReport(dataset: try Self.dataset("Plain"))
        var report = try ChartReport(dataset: try Self.dataset(text))
        benign.formats = [.png, .svg]
        report.formats = [.png, .svg]
        let markdown = report.markdown()
        #expect(Self.structure(markdown) == Self.structure(benign.markdown()))
        #expect(!markdown.contains("<"))
    }

    @Test(arguments: hostile)
    func htmlPageKeepsItsStructure(_ text: String) throws {
        let html = try HTMLReportTests.page(try Self.dataset(text))
        let benign = try HTMLReportTests.page(try Self.dataset("Plain"))
        for tag in ["<script", "<img", "<iframe", "<h1", "<table", "<a "] {
            #expect(html.components(separatedBy: tag).count == benign.components(separatedBy: tag).count, "\(tag)")
        }
        #expect(!html.contains("onerror=") || html.contains("onerror=alert(1)&gt;"))
    }

    @Test(arguments: [
        ("plain text, 1,234", "plain text, 1,234"), ("<b>", "&lt;b&gt;"), ("a & b", "a &amp; b"),
        ("a_b*c", "a\\_b\\*c"), ("[x](y)", "\\[x\\](y)"), ("one\ntwo\r\nthree", "one two  three"),
        ("# h", "\\# h"), ("a|b", "a\\|b"), ("\\", "\\\\"), ("«Қазақстан» – 5", "«Қазақстан» – 5"),
        ("\u{0}x\u{1B}", "x"),
    ])
    func markdownEscapingTable(_ input: String, _ expected: String) {
        #expect(markdownEscaped(input) == expected)
    }
}

extension Substring {
    /// How many times `needle` occurs.
    fileprivate func count(_ needle: String) -> Int { components(separatedBy: needle).count - 1 }
}
