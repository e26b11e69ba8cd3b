/// Finishing touches on cairo's SVG output, in linear passes over bytes.
enum SVGPostProcessing {
    /// The id prefixes cairo numbers per process (`surface17`, `glyph3-1`, `clip5`…).
    static let prefixes: [[UInt8]] = ["surface", "clip", "pattern", "mask", "image", "source", "filter", "glyph"]
        .map { Array($0.utf8) }

    /// Adds `<title>` and `<desc>` (XML-escaped) as the first children of `<svg>`, and
    /// rewrites cairo's ids so that they are
    /// - **deterministic**: renumbered in order of first appearance, so output does not
    ///   depend on what the process rendered before;
    /// - **unique across documents**: prefixed with a 32-bit FNV-1a hash of the renumbered
    ///   document (`t1a2b3c4d-glyph1-1`), so two charts inlined in one HTML page never
    ///   share a glyph or clip id, while the same chart always gets the same ids.
    ///
    /// - Complexity: O(n) in the size of the document (three passes).
    static func finish(_ bytes: [UInt8], title: String, description: String) -> [UInt8] {
        let renumbered = rewriteIdentifiers(bytes) { prefix, number, out in
            out += prefix
            out += Array(String(number).utf8)
        }
        let tag = Array("t\(hexHash(renumbered))-".utf8)
        var svg = rewriteIdentifiers(renumbered) { prefix, number, out in
            out += tag
            out += prefix
            out += Array(String(number).utf8)
        }
        let accessible = Array("\n<title>\(xmlEscaped(title))</title>\n<desc>\(xmlEscaped(description))</desc>".utf8)
        if let open = firstIndex(of: Array("<svg".utf8), in: svg),
            let close = svg[open...].firstIndex(of: UInt8(ascii: ">"))
        {
            svg.insert(contentsOf: accessible, at: close + 1)
        }
        return svg
    }

    /// `&`, `<`, `>`, `"` and `'` as entities; characters XML 1.0 forbids are dropped (see ``xmlSafe(_:)``).
    static func xmlEscaped(_ text: String) -> String {
        var out = ""
        for c in xmlSafe(text) {
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

    /// `text` without the code points XML 1.0 forbids: C0 controls other than tab, line
    /// feed and carriage return (NUL, U+0001 …), and U+FFFE and U+FFFF.
    static func xmlSafe(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            let v = s.value
            if v < 0x20, v != 0x9, v != 0xA, v != 0xD { continue }
            if v == 0xFFFE || v == 0xFFFF { continue }
            scalars.append(s)
        }
        return String(scalars)
    }

    /// Copies `bytes`, replacing each `PREFIXdigits` identifier (prefix not preceded by a
    /// letter or digit) by what `emit` writes, given the prefix and the identifier's number
    /// in order of first appearance for that prefix.
    static func rewriteIdentifiers(_ bytes: [UInt8], emit: ([UInt8], Int, inout [UInt8]) -> Void) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        var mappings = Array(repeating: [ArraySlice<UInt8>: Int](), count: prefixes.count)
        var i = 0
        let n = bytes.count
        scan: while i < n {
            let byte = bytes[i]
            let boundary = i == 0 || !isAlphanumeric(bytes[i - 1])
            if boundary, let p = prefixes.firstIndex(where: { $0.first == byte }) {
                for (index, prefix) in prefixes.enumerated() where index >= p && prefix.first == byte {
                    let end = i + prefix.count
                    guard end < n, bytes[i..<end].elementsEqual(prefix), isDigit(bytes[end]) else { continue }
                    var digitsEnd = end
                    while digitsEnd < n, isDigit(bytes[digitsEnd]) { digitsEnd += 1 }
                    let digits = bytes[end..<digitsEnd]
                    let number = mappings[index][digits] ?? mappings[index].count + 1
                    mappings[index][digits] = number
                    emit(prefix, number, &out)
                    i = digitsEnd
                    continue scan
                }
            }
            out.append(byte)
            i += 1
        }
        return out
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    private static func isAlphanumeric(_ b: UInt8) -> Bool {
        isDigit(b) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == UInt8(ascii: "-")
            || b == UInt8(ascii: "_")
    }

    /// FNV-1a, 32 bits, as eight hex digits.
    static func hexHash(_ bytes: [UInt8]) -> String {
        var hash: UInt32 = 0x811C_9DC5
        for b in bytes {
            hash ^= UInt32(b)
            hash = hash &* 0x0100_0193
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return start }
        }
        return nil
    }
}
