/// The bytes of an SVG document as it is written, with the places where the document's id
/// prefix goes: the prefix is a hash of everything else, so it can only be filled in at the end.
struct SVGBuffer {
    private(set) var bytes: [UInt8] = []
    /// Offsets in `bytes` at which ``finished(prefix:)`` inserts the id prefix.
    private var prefixSlots: [Int] = []

    init(capacity: Int = 16_384) { bytes.reserveCapacity(capacity) }

    /// Appends `text` as UTF-8.
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends one byte.
    mutating func append(byte: UInt8) { bytes.append(byte) }

    /// Marks the current end as a place for the id prefix (before `c1`, `f2`…).
    mutating func appendPrefixSlot() { prefixSlots.append(bytes.count) }

    /// Appends `value` with at most two decimals and no trailing zeros ("12", "3.5", "-0.25"),
    /// the same way on every machine: a hundredth of a point is far below a pixel at any scale
    /// a chart is shown at. Non-finite values are written as 0 (the scene check rejects them
    /// where they matter; a polyline's NaN gaps never reach here).
    ///
    /// - Complexity: O(number of digits).
    mutating func append(number value: Double) {
        guard value.isFinite, abs(value) < 1e15 else {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        append(hundredths: Int((value * 100).rounded()))
    }

    /// Appends `hundredths` / 100 as ``append(number:)`` writes it.
    mutating func append(hundredths value: Int) {
        var hundredths = value
        if hundredths < 0 {
            bytes.append(UInt8(ascii: "-"))
            hundredths = -hundredths
        }
        appendDigits(hundredths / 100)
        let fraction = hundredths % 100
        if fraction != 0 {
            bytes.append(UInt8(ascii: "."))
            bytes.append(UInt8(ascii: "0") + UInt8(fraction / 10))
            if fraction % 10 != 0 { bytes.append(UInt8(ascii: "0") + UInt8(fraction % 10)) }
        }
    }

    /// Appends `values` as the numbers of `x`, `y` or `points` attributes, space separated.
    mutating func append(numbers values: [Double]) {
        for (i, v) in values.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: " ")) }
            append(number: v)
        }
    }

    private mutating func appendDigits(_ n: Int) {
        if n >= 10 { appendDigits(n / 10) }
        bytes.append(UInt8(ascii: "0") + UInt8(n % 10))
    }

    /// Appends `text` escaped for XML character data and attribute values (`&`, `<`, `>`,
    /// `"`), without the code points XML 1.0 forbids.
    mutating func append(escaped text: String) {
        for scalar in text.unicodeScalars where Self.isXMLCharacter(scalar) {
            switch scalar {
            case "&": append("&amp;")
            case "<": append("&lt;")
            case ">": append("&gt;")
            case "\"": append("&quot;")
            default: bytes.append(contentsOf: scalar.utf8)
            }
        }
    }

    /// Whether XML 1.0 allows `scalar`: not the C0 controls other than tab, line feed and
    /// carriage return, nor U+FFFE and U+FFFF (as ``SVGPostProcessing/xmlSafe(_:)``).
    static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v >= 0x20 || v == 0x9 || v == 0xA || v == 0xD) && v != 0xFFFE && v != 0xFFFF
    }

    /// The document with `prefix` at every marked place.
    ///
    /// - Complexity: O(n + slots · prefix length).
    func finished(prefix: String) -> [UInt8] {
        guard !prefixSlots.isEmpty else { return bytes }
        let tag = Array(prefix.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + prefixSlots.count * tag.count)
        var start = 0
        for slot in prefixSlots {
            out.append(contentsOf: bytes[start..<slot])
            out.append(contentsOf: tag)
            start = slot
        }
        out.append(contentsOf: bytes[start...])
        return out
    }

    /// The 32-bit FNV-1a hash of the bytes written so far (without prefixes).
    var hash: UInt32 { hash(continuing: 0x811C_9DC5) }

    /// The FNV-1a hash of these bytes following bytes whose hash is `seed`.
    func hash(continuing seed: UInt32) -> UInt32 {
        var hash = seed
        for b in bytes { hash = (hash ^ UInt32(b)) &* 0x0100_0193 }
        return hash
    }
}
