/// HTML for tables and text: every value from data is escaped, so a label such as
/// `<script>` stays text.
extension Table {
    /// A `<table>` in a horizontally scrolling, keyboard-focusable wrapper; numeric columns
    /// are right-aligned. `caption` names the table for screen readers.
    func html(caption: String? = nil, id: String? = nil) -> String {
        var out =
            "<div class=\"table-wrap\" tabindex=\"0\"" + (caption.map { " aria-label=\"\(htmlEscaped($0))\"" } ?? "")
            + ">\n<table" + (id.map { " id=\"\(htmlEscaped($0))\"" } ?? "") + ">\n"
        if let caption { out += "<caption>\(htmlEscaped(caption))</caption>\n" }
        out += "<thead><tr>"
        for (i, header) in headers.enumerated() {
            out += "<th scope=\"col\"\(alignments[i] == .right ? " class=\"num\"" : "")>\(htmlEscaped(header))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>"
            for (i, cell) in row.enumerated() {
                let tag = i == 0 ? "th scope=\"row\"" : "td"
                let close = i == 0 ? "th" : "td"
                out += "<\(tag)\(alignments[i] == .right ? " class=\"num\"" : "")>\(htmlEscaped(cell))</\(close)>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n</div>"
    }
}

/// `&`, `<`, `>`, `"` and `'` as character references, for text and attribute values.
///
/// - Complexity: O(n).
func htmlEscaped(_ text: String) -> String {
    substitutingScalars(of: text) { c in
        switch c {
        case "&": "&amp;"
        case "<": "&lt;"
        case ">": "&gt;"
        case "\"": "&quot;"
        case "'": "&#39;"
        // Controls other than tab and line breaks are not allowed in HTML text.
        case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{7F}": ""
        default: nil
        }
    }
}

/// `text` with each scalar replaced by what `substitute` gives for it (an empty string drops
/// it), or kept where it gives nil: the one loop under the HTML and Markdown escapes.
///
/// - Complexity: O(n).
func substitutingScalars(of text: String, _ substitute: (Unicode.Scalar) -> String?) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for c in text.unicodeScalars {
        if let replacement = substitute(c) { out += replacement } else { out.unicodeScalars.append(c) }
    }
    return out
}
