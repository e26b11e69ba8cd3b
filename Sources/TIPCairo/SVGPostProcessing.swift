/// Finishing touches on cairo's SVG output, in two linear passes over bytes.
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
    /// - Complexity: O(n) in the size of the document: one pass finds the ids, numbers them
    ///   and hashes the renumbered document without writing it; a second writes the result.
    static func finish(_ bytes: [UInt8], title: String, description: String) -> [UInt8] {
        bytes.withUnsafeBufferPointer { input in
            var numbering = IdentifierNumbering()
            var hash: UInt32 = 0x811C_9DC5
            scanIdentifiers(input) { range in
                for b in input[range] { hash = (hash ^ UInt32(b)) &* 0x0100_0193 }
            } identifier: { prefix, number in
                for b in prefixes[prefix] { hash = (hash ^ UInt32(b)) &* 0x0100_0193 }
                for b in numbering.digits(prefix: prefix, number: number) { hash = (hash ^ UInt32(b)) &* 0x0100_0193 }
            }
            let tag = Array("t\(hex(hash))-".utf8)
            let accessible = Array(
                "\n<title>\(xmlEscaped(title))</title>\n<desc>\(xmlEscaped(description))</desc>".utf8)
            // Just after the `>` that closes the `<svg` start tag.
            let insertion = firstIndex(of: Array("<svg".utf8), in: input).flatMap { open in
                input[open...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 }
            }
            var out: [UInt8] = []
            out.reserveCapacity(input.count + input.count / 6 + accessible.count)
            scanIdentifiers(input) { range in
                if let insertion, range.contains(insertion) || range.upperBound == insertion {
                    out.append(contentsOf: input[range.lowerBound..<insertion])
                    out.append(contentsOf: accessible)
                    out.append(contentsOf: input[insertion..<range.upperBound])
                } else {
                    out.append(contentsOf: input[range])
                }
            } identifier: { prefix, number in
                out.append(contentsOf: tag)
                out.append(contentsOf: prefixes[prefix])
                out.append(contentsOf: numbering.digits(prefix: prefix, number: number))
            }
            return out
        }
    }

    /// Numbers identifiers per prefix in order of first appearance, and caches the digits.
    struct IdentifierNumbering {
        private var numbers = Array(repeating: [Int: [UInt8]](), count: prefixes.count)

        /// The digits of the identifier's new number: 1 for the first `number` seen with
        /// this prefix, 2 for the second…
        mutating func digits(prefix: Int, number: Int) -> [UInt8] {
            if let known = numbers[prefix][number] { return known }
            let digits = Array(String(numbers[prefix].count + 1).utf8)
            numbers[prefix][number] = digits
            return digits
        }
    }

    /// Walks `input` once, calling `text` for each run of bytes that is not an identifier and
    /// `identifier` for each `PREFIXdigits` (prefix not preceded by a letter, digit, `-` or
    /// `_`) with the prefix's index and the number cairo gave it. A number too long for an
    /// `Int` is left as text.
    static func scanIdentifiers(
        _ input: UnsafeBufferPointer<UInt8>, text: (Range<Int>) -> Void, identifier: (Int, Int) -> Void
    ) {
        let n = input.count
        var i = 0, start = 0
        scan: while i < n {
            let byte = input[i]
            guard startsPrefix[Int(byte)], i == 0 || !isAlphanumeric(input[i - 1]) else {
                i += 1
                continue
            }
            for (index, prefix) in prefixes.enumerated() where prefix[0] == byte {
                let end = i + prefix.count
                guard end < n, isDigit(input[end]) else { continue }
                var matches = true
                for k in 1..<prefix.count where input[i + k] != prefix[k] {
                    matches = false
                    break
                }
                guard matches else { continue }
                var digitsEnd = end, number = 0
                while digitsEnd < n, isDigit(input[digitsEnd]), digitsEnd - end < 18 {
                    number = number * 10 + Int(input[digitsEnd] - 0x30)
                    digitsEnd += 1
                }
                guard digitsEnd == n || !isDigit(input[digitsEnd]) else { continue }
                if start < i { text(start..<i) }
                identifier(index, number)
                i = digitsEnd
                start = i
                continue scan
            }
            i += 1
        }
        if start < n { text(start..<n) }
    }

    /// Whether a byte is the first letter of some prefix.
    private static let startsPrefix: [Bool] = (0..<256).map { b in prefixes.contains { $0[0] == UInt8(b) } }

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

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    private static func isAlphanumeric(_ b: UInt8) -> Bool {
        isDigit(b) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == UInt8(ascii: "-")
            || b == UInt8(ascii: "_")
    }

    /// Eight hex digits.
    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }

    private static func firstIndex(of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if (0..<needle.count).allSatisfy({ haystack[start + $0] == needle[$0] }) { return start }
        }
        return nil
    }
}
