import Foundation
import TIPCairo
import TIPScene
import Testing
@testable import TIPData
@testable import TIPReports

/// The HTML page's structure, escaping and determinism; Tests/Browser/check_report.py
/// checks the same pages in Chromium.
struct HTMLReportTests {
    static func page(_ dataset: Dataset) throws -> String {
        var report = try ChartReport(dataset: dataset)
        report.output = .html
        let files = try report.files(renderer: SceneRenderer())
        #expect(files.map(\.name) == ["report.html"])
        return String(decoding: files[0].bytes, as: UTF8.self)
    }

    static let embedded: String = {
        do { return try page(.kazakhstan2008) } catch { fatalError("the embedded report: \(error)") }
    }()

    func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test func oneSelfContainedAccessiblePage() throws {
        let html = Self.embedded
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"))
        #expect(count("<h1", in: html) == 1)
        // Namespace names are not fetched; nothing else may point off the page.
        let withoutNamespaces = html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
            .replacingOccurrences(of: "xmlns:xlink=\"http://www.w3.org/1999/xlink\"", with: "")
        #expect(
            !html.contains("<script") && !withoutNamespaces.contains("http:") && !withoutNamespaces.contains("https:")
                && !html.contains("src="))
        let charts = ChartSet(.kazakhstan2008).reportCharts()
        #expect(count("<figure ", in: html) == charts.count)
        #expect(count("role=\"img\"", in: html) == 2 * charts.count, "a wide and a phone layout per chart")
        for (index, entry) in charts.enumerated() {
            #expect(html.contains("<title id=\"c\(index + 1)-title\">"))
            #expect(html.contains("aria-labelledby=\"c\(index + 1)-title\""))
            #expect(html.contains("<h3 id=\"data-\(entry.name)\">"), "\(entry.name) has a data table")
        }
        #expect(html.contains("<li id=\"source-2\">U.S. Department of State, Trafficking in Persons Report 2008"))
        #expect(html.contains("Sources: <a href=\"#source-2\">[2]</a>"))
    }

    @Test func everyIdIsUnique() throws {
        var ids: [String: Int] = [:]
        var rest = Self.embedded[...]
        while let start = rest.range(of: " id=\"") {
            let tail = rest[start.upperBound...]
            guard let end = tail.firstIndex(of: "\"") else { break }
            ids[String(tail[..<end]), default: 0] += 1
            rest = tail[end...]
        }
        #expect(ids.count > 100)
        #expect(ids.filter { $0.value > 1 }.isEmpty, "\(ids.filter { $0.value > 1 }.keys.sorted().prefix(5))")
    }

    @Test func theSamePageTwiceIsByteIdentical() throws {
        #expect(try Self.page(.kazakhstan2008) == Self.embedded)
    }

    @Test func hostileLabelsStayText() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Browser/hostile-labels.csv")
        let html = try Self.page(try Dataset.load(contentsOf: file.path))
        #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("<svg onload"))
        #expect(!html.contains("onerror=\"") && !html.contains("</table><script"))
        #expect(html.contains("&lt;script&gt;window.__pwned = 1&lt;/script&gt;"))
        #expect(html.contains("&lt;svg onload=window.__pwned=5&gt;"))
        #expect(html.contains("&amp;lt;b&amp;gt;entity"), "an entity in data is shown, not decoded")
    }

    @Test(arguments: [
        ("Sources: 8 publications, listed in the summary as [1–5, 7, 9–10].", [1, 2, 3, 4, 5, 7, 9, 10]),
        ("Source: Alpha; Beta.", [1, 2]), ("Source: nothing known.", []),
        ("Source: Alpha [1–1, 1, 2–2, 1–2].", [1, 2]),
    ])
    func sourceLinesBecomeReferences(_ line: String, _ expected: [Int]) {
        let sources = ["Alpha", "Beta"] + (3...10).map { "Publication \($0)" }
        let entries = sources.enumerated().map { SourceEntry(reference: $0 + 1, citation: $1, publication: nil) }
        #expect(HTMLReport.references(in: line, sources: entries) == expected)
    }

    /// A source text that looks like a list of numbers once trapped (Int overflow), crashed
    /// or allocated terabytes: now it is matched by citation, and nothing read from it sizes
    /// anything. Each line ends as the reproducers did.
    @Test(arguments: [
        "x [0–9223372036854775807]", "x [1–10000000]", "x [-9223372036854775808–9223372036854775807]",
        "x [1–99999999999999999999999]", "x [9223372036854775807–9223372036854775807]", "x [2–1]", "x [1––2]",
        "x [" + String(repeating: "1–2,", count: 10_000) + "3]", "x [1–2, 11]", "x [１–２]", "x []",
    ])
    func hostileSourceTextsAreCitationsNotLists(_ citation: String) {
        let entries = [
            SourceEntry(reference: 1, citation: "Alpha", publication: nil),
            SourceEntry(reference: 2, citation: citation, publication: nil),
        ]
        #expect(HTMLReport.references(in: "Source: \(citation)", sources: entries) == [2])
        #expect(HTMLReport.references(in: "Source: Alpha; \(citation)", sources: entries) == [1, 2])
    }

    /// Every text colour of the page's style sheet meets WCAG AA (4.5:1) on its white background.
    @Test func textColoursMeetWCAGAA() throws {
        let style = HTMLReport.style
        var colours: [String] = []
        var rest = style[...]
        while let hash = rest.firstIndex(of: "#") {
            let hex = rest[rest.index(after: hash)...].prefix(6)
            if hex.count == 6, hex.allSatisfy(\.isHexDigit) { colours.append(String(hex)) }
            rest = rest[rest.index(after: hash)...]
        }
        let text = colours.filter { !["fff", "ffffff", "d0d0d0"].contains($0.lowercased()) }
        #expect(text.count >= 3)
        for hex in text {
            let colour = try #require(UInt32(hex, radix: 16).map { Color(hex: $0) })
            let ratio = (1.0 + 0.05) / (colour.relativeLuminance + 0.05)
            #expect(ratio >= 4.5, "#\(hex) on white: \(ratio):1")
        }
    }

    @Test func escapingCoversTextAndAttributes() {
        #expect(
            htmlEscaped("<a href=\"x\" title='y'>&</a>\u{1}")
                == "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;")
    }
}
