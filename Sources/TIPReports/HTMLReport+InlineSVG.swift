import Foundation

/// A chart's SVG document made fit to inline in the page.
extension HTMLReport {
    /// The SVG document as an inline element: no XML declaration, no fixed size (it scales
    /// to the column), `role="img"` named by its title and described by its description,
    /// and every id prefixed so that it is unique in the page.
    static func inline(_ svg: String, prefix: String, variant: String? = nil) -> String {
        var text = svg
        if text.hasPrefix("<?xml"), let end = text.firstIndex(of: "\n") {
            text = String(text[text.index(after: end)...])
        }
        // cairo's ids carry a document hash ("t1a2b3c4d-glyph1-0"); prefix it, so the same chart twice stays unique.
        if let start = text.range(of: "id=\"t"), let dash = text[start.upperBound...].firstIndex(of: "-") {
            let tag = "t" + text[start.upperBound..<dash] + "-"
            text = Self.replacingAll(tag, with: "\(prefix)-\(tag)", in: text)
        }
        for (tag, id) in [("<title>", "title"), ("<desc>", "desc")] {
            if let range = text.range(of: tag) { text.replaceSubrange(range, with: "<\(id) id=\"\(prefix)-\(id)\">") }
        }
        if let open = text.range(of: "<svg "), let close = text[open.upperBound...].firstIndex(of: ">") {
            var attributes = String(text[open.upperBound..<close])
            for name in ["width", "height", "role"] {
                if let a = attributes.range(of: " \(name)=\"") ?? attributes.range(of: "\(name)=\""),
                    let end = attributes[a.upperBound...].firstIndex(of: "\"")
                {
                    attributes.removeSubrange(a.lowerBound...end)
                }
            }
            let classes = "chart" + (variant.map { " " + $0 } ?? "")
            let names = "aria-labelledby=\"\(prefix)-title\" aria-describedby=\"\(prefix)-desc\""
            let rest = attributes.trimmingCharacters(in: .whitespaces)
            text.replaceSubrange(
                open.lowerBound...close, with: "<svg class=\"\(classes)\" role=\"img\" \(names) \(rest)>")
        }
        // Without leading and trailing line breaks (cairo ends the document with one).
        let utf8 = Array(text.utf8)
        let isBreak = { (b: UInt8) in b == 0x0A || b == 0x0D }
        let first = utf8.firstIndex { !isBreak($0) } ?? utf8.count
        let last = utf8.lastIndex { !isBreak($0) }.map { $0 + 1 } ?? first
        return String(decoding: utf8[first..<max(first, last)], as: UTF8.self)
    }

    /// `text` with every occurrence of `needle` replaced, scanning UTF-8 bytes once (a chart's
    /// SVG holds thousands of ids; Foundation's string search takes tens of milliseconds).
    ///
    /// - Complexity: O(n · k) at worst for a needle of k bytes, O(n) in practice.
    static func replacingAll(_ needle: String, with replacement: String, in text: String) -> String {
        let source = Array(text.utf8), pattern = Array(needle.utf8), substitute = Array(replacement.utf8)
        guard let head = pattern.first, pattern.count <= source.count else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(source.count + source.count / 8)
        var i = 0
        while i < source.count {
            if source[i] == head, i + pattern.count <= source.count,
                (1..<pattern.count).allSatisfy({ source[i + $0] == pattern[$0] })
            {
                out += substitute
                i += pattern.count
            } else {
                out.append(source[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
