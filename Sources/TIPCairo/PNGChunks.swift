/// Edits to an encoded PNG.
enum PNGChunks {
    /// Inserts a `pHYs` chunk (physical pixel density) right after `IHDR`, so viewers and
    /// print tools know the intended size: `dotsPerInch` becomes pixels per metre,
    /// `round(dpi / 0.0254)`. Returns the input unchanged if it is not a PNG or already has one.
    ///
    /// - Complexity: O(n).
    static func insertingPhysicalDimensions(into png: [UInt8], dotsPerInch: Double) -> [UInt8] {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        // Signature (8) + IHDR chunk (4 length + 4 type + 13 data + 4 CRC).
        let ihdrEnd = 8 + 25
        guard png.count > ihdrEnd, Array(png[0..<8]) == signature, Array(png[12..<16]) == Array("IHDR".utf8),
            !containsChunk("pHYs", in: png)
        else { return png }
        let perMetre = UInt32((dotsPerInch / 0.0254).rounded())
        var body = Array("pHYs".utf8)
        body += bigEndian(perMetre) + bigEndian(perMetre) + [1]  // unit: metre
        let chunk = bigEndian(UInt32(9)) + body + bigEndian(crc32(body))
        return Array(png[..<ihdrEnd]) + chunk + Array(png[ihdrEnd...])
    }

    static func containsChunk(_ type: String, in png: [UInt8]) -> Bool {
        chunkTypes(png).contains(type)
    }

    /// The chunk types in order, for tests and checks.
    static func chunkTypes(_ png: [UInt8]) -> [String] {
        var types: [String] = []
        var offset = 8
        while offset + 8 <= png.count {
            let length =
                Int(png[offset]) << 24 | Int(png[offset + 1]) << 16 | Int(png[offset + 2]) << 8 | Int(png[offset + 3])
            types.append(String(decoding: png[(offset + 4)..<(offset + 8)], as: UTF8.self))
            offset += 12 + length
        }
        return types
    }

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }

    /// CRC-32 (ISO 3309 / PNG), reflected polynomial 0xEDB88320.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = (crc >> 1) ^ (crc & 1 == 1 ? 0xEDB8_8320 : 0) }
        }
        return ~crc
    }
}
