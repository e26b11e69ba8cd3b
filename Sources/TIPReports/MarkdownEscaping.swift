/// Data text made inert on one line of Markdown: what a country, metric, source or note
/// says is shown as written, never read as markup.
///
/// - `&`, `<` and `>` become character references (`&amp;`, `&lt;`, `&gt;`), so no HTML tag
///   or autolink survives, in CommonMark, GitHub-flavoured Markdown and Markdown.pl alike;
/// - the ASCII punctuation that starts emphasis, code, links, images, headings, tables and
///   strike-through (`\ ` * _ [ ] # | ~ !`) is escaped with a backslash;
/// - every line break (LF, CR, VT, FF, NEL, U+2028, U+2029) becomes a space, so a value can
///   never start a new heading, list item or block; other control characters are left out.
///
/// ```swift
/// markdownEscaped("<img src=x onerror=alert(1)>")  // "&lt;img src=x onerror=alert(1)&gt;"
/// markdownEscaped("a_b\n# c")                      // "a\_b \# c"
/// ```
/// - Complexity: O(n) in the length of `text`.
func markdownEscaped(_ text: String) -> String {
    substitutingScalars(of: text) { c in
        switch c {
        case "&": "&amp;"
        case "<": "&lt;"
        case ">": "&gt;"
        case "\\", "`", "*", "_", "[", "]", "#", "|", "~", "!": "\\" + String(c)
        case "\n", "\r", "\u{B}", "\u{C}", "\u{85}", "\u{2028}", "\u{2029}": " "
        case "\u{0}"..."\u{8}", "\u{E}"..."\u{1F}", "\u{7F}": ""
        default: nil
        }
    }
}
