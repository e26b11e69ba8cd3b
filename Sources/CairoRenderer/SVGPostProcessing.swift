/// Finishing touches on cairo's SVG output.
enum SVGPostProcessing {
    /// Adds `<title>` and `<desc>` (XML-escaped) as the first children of `<svg>`, and
    /// renumbers cairo's process-wide ids (`surface17`, `glyph3-1`, `clip5`…) in order of
    /// first appearance, so output does not depend on what the process rendered before.
    static func finish(_ bytes: [UInt8], title: String, description: String) -> [UInt8] {
        var svg = renumberIdentifiers(String(decoding: bytes, as: UTF8.self))
        if let openEnd = svg.range(of: "<svg")
            .flatMap({ svg.range(of: ">", range: $0.upperBound..<svg.endIndex) }) {
            let accessible = "\n<title>\(xmlEscaped(title))</title>\n<desc>\(xmlEscaped(description))</desc>"
            svg.insert(contentsOf: accessible, at: openEnd.upperBound)
        }
        return Array(svg.utf8)
    }

    /// `&`, `<`, `>`, `"` and `'` as entities.
    static func xmlEscaped(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(c)
            }
        }
        return out
    }

    /// Rewrites every `PREFIXdigits` id (for the prefixes cairo numbers per process) to a
    /// number given by order of first appearance in this document.
    static func renumberIdentifiers(_ svg: String) -> String {
        let prefixes = ["surface", "clip", "pattern", "mask", "image", "source", "filter", "glyph"]
        var result = svg
        for prefix in prefixes {
            result = renumber(prefix, in: result)
        }
        return result
    }

    private static func renumber(_ prefix: String, in text: String) -> String {
        var mapping: [Substring: Int] = [:]
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var rest = text[...]
        while let hit = rest.range(of: prefix) {
            out += rest[..<hit.upperBound]
            var end = hit.upperBound
            while end < rest.endIndex, rest[end].isASCII, rest[end].isNumber { end = rest.index(after: end) }
            let digits = rest[hit.upperBound..<end]
            // Only identifiers: the prefix must not be part of a longer word (e.g. "clip-path").
            let before = hit.lowerBound > text.startIndex ? rest[rest.index(before: hit.lowerBound)] : " "
            if !digits.isEmpty, !(before.isLetter || before.isNumber) {
                let next = mapping[digits] ?? mapping.count + 1
                mapping[digits] = next
                out += String(next)
            } else {
                out += digits
            }
            rest = rest[end...]
        }
        out += rest
        return out
    }
}
