internal import CTIPCairo

/// How hard PNG output is compressed. Both are lossless and byte-reproducible for a given
/// zlib version; they differ in time and size only.
public enum PNGCompression: String, Sendable, Hashable, CaseIterable {
    /// zlib level 2: measured 4–5× faster than cairo's own PNG writer (libpng defaults) on
    /// chart images, and about 10 % smaller. The default.
    case fast
    /// zlib level 9: a further 10–15 % smaller, about 10× slower than `.fast`.
    case smallest

    var zlibLevel: Int32 { self == .fast ? 2 : 9 }
}

/// Encodes a cairo ARGB32 image surface as PNG without libpng: 8-bit RGB when every pixel
/// is opaque (a chart on an opaque background), else 8-bit RGBA with the colours
/// un-premultiplied as cairo does (c · 255 + α/2) / α; every row with filter type 0 (None),
/// which suits flat-coloured charts best; one zlib stream in one IDAT chunk; and a `pHYs`
/// chunk giving the pixel density, so print tools know the intended size.
///
/// - Complexity: O(w · h), one pass to test opacity, one to convert, then deflate.
enum PNGEncoder {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    static func encode(
        surface: OpaquePointer, dotsPerInch: Double, compression: PNGCompression
    ) throws(RenderError) -> [UInt8] {
        cairo_surface_flush(surface)
        let width = Int(cairo_image_surface_get_width(surface))
        let height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface), width > 0, height > 0 else {
            throw .cairo(status: "no pixel data", operation: "encoding the PNG")
        }
        let pixels = UnsafeRawPointer(data)
        let opaque = isOpaque(pixels, width: width, height: height, stride: stride)
        let channels = opaque ? 3 : 4
        let rowBytes = 1 + channels * width
        // Every byte is written below (filter byte 0, then the pixels), so the buffer starts uninitialised.
        let raw = [UInt8](unsafeUninitializedCapacity: rowBytes * height) { out, initialized in
            initialized = rowBytes * height
            guard let base = out.baseAddress else { return }
            for y in 0..<height {
                let row = (pixels + y * stride).assumingMemoryBound(to: UInt32.self)
                base[y * rowBytes] = 0  // the row's filter type: None
                let target = base + y * rowBytes + 1
                if opaque {
                    for x in 0..<width {
                        let p = row[x]
                        target[3 * x] = UInt8(truncatingIfNeeded: p >> 16)
                        target[3 * x + 1] = UInt8(truncatingIfNeeded: p >> 8)
                        target[3 * x + 2] = UInt8(truncatingIfNeeded: p)
                    }
                } else {
                    for x in 0..<width {
                        let p = row[x], a = p >> 24
                        target[4 * x] = RasterImage.unpremultiplied((p >> 16) & 0xFF, alpha: a)
                        target[4 * x + 1] = RasterImage.unpremultiplied((p >> 8) & 0xFF, alpha: a)
                        target[4 * x + 2] = RasterImage.unpremultiplied(p & 0xFF, alpha: a)
                        target[4 * x + 3] = UInt8(a)
                    }
                }
            }
        }
        let compressed = try deflate(raw, level: compression.zlibLevel)

        var png = signature
        png.reserveCapacity(compressed.count + 80)
        var header = bigEndian(UInt32(width)) + bigEndian(UInt32(height))
        header += [8, opaque ? 2 : 6, 0, 0, 0]  // bit depth, colour type, compression, filter, interlace
        appendChunk("IHDR", header, to: &png)
        let perMetre = UInt32((dotsPerInch / 0.0254).rounded())
        appendChunk("pHYs", bigEndian(perMetre) + bigEndian(perMetre) + [1], to: &png)  // unit: metre
        appendChunk("IDAT", compressed, to: &png)
        appendChunk("IEND", [], to: &png)
        return png
    }

    private static func isOpaque(_ pixels: UnsafeRawPointer, width: Int, height: Int, stride: Int) -> Bool {
        for y in 0..<height {
            let row = (pixels + y * stride).assumingMemoryBound(to: UInt32.self)
            var all: UInt32 = 0xFF00_0000
            for x in 0..<width { all &= row[x] }
            if all & 0xFF00_0000 != 0xFF00_0000 { return false }
        }
        return true
    }

    /// `bytes` as one zlib stream (RFC 1950) at `level`.
    static func deflate(_ bytes: [UInt8], level: Int32) throws(RenderError) -> [UInt8] {
        var status = Z_OK
        let out = [UInt8](unsafeUninitializedCapacity: Int(compressBound(uLong(bytes.count)))) { target, written in
            var length = uLong(target.count)
            status = bytes.withUnsafeBufferPointer { source in
                compress2(target.baseAddress, &length, source.baseAddress, uLong(source.count), level)
            }
            written = status == Z_OK ? Int(length) : 0
        }
        guard status == Z_OK else { throw .cairo(status: "zlib error \(status)", operation: "compressing the PNG") }
        return out
    }

    private static func appendChunk(_ type: String, _ body: [UInt8], to png: inout [UInt8]) {
        let typeBytes = Array(type.utf8)
        png += bigEndian(UInt32(body.count))
        png += typeBytes
        png += body
        var crc = crc32(0, typeBytes, uInt(typeBytes.count))
        crc = body.withUnsafeBufferPointer { crc32(crc, $0.baseAddress, uInt($0.count)) }
        png += bigEndian(UInt32(crc))
    }

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }
}
