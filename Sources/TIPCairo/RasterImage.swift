internal import CTIPCairo
import TIPScene

/// Decoded pixels, for checking output and comparing renders with a tolerance.
///
/// ```swift
/// let image = try RasterImage(png: bytes)
/// image.pixel(x: 10, y: 10)   // RGBA
/// ```
public struct RasterImage: Sendable, Equatable {
    /// Width in pixels.
    public let width: Int
    /// Height in pixels.
    public let height: Int
    /// RGBA, 8 bits each, unpremultiplied, row-major.
    public let rgba: [UInt8]

    /// One pixel's components.
    public struct Pixel: Sendable, Equatable, CustomStringConvertible {
        /// Red, 0–255, premultiplied by alpha as cairo stores it.
        public let red: UInt8
        /// Green, 0–255.
        public let green: UInt8
        /// Blue, 0–255.
        public let blue: UInt8
        /// Opacity, 0 (transparent) – 255 (opaque).
        public let alpha: UInt8
        public var description: String { "rgba(\(red), \(green), \(blue), \(alpha))" }

        /// The largest difference of a colour component from `color` (0...255), ignoring alpha.
        public func distance(to color: Color) -> Int {
            func byte(_ v: Double) -> Int { Int((v * 255).rounded()) }
            return max(
                abs(Int(red) - byte(color.red)), abs(Int(green) - byte(color.green)), abs(Int(blue) - byte(color.blue)))
        }
    }

    /// The pixel at column `x`, row `y`, from the top left.
    ///
    /// - Precondition: the point lies inside the image.
    public func pixel(x: Int, y: Int) -> Pixel {
        precondition(x >= 0 && y >= 0 && x < width && y < height, "pixel (\(x), \(y)) is outside \(width)×\(height)")
        let i = 4 * (y * width + x)
        return Pixel(red: rgba[i], green: rgba[i + 1], blue: rgba[i + 2], alpha: rgba[i + 3])
    }

    /// The mean absolute difference per component (0...255) from an image of the same size,
    /// or `nil` when the sizes differ.
    public func meanAbsoluteDifference(to other: RasterImage) -> Double? {
        guard width == other.width, height == other.height else { return nil }
        var total = 0
        for (a, b) in zip(rgba, other.rgba) { total += abs(Int(a) - Int(b)) }
        return Double(total) / Double(max(rgba.count, 1))
    }

    /// A premultiplied 8-bit channel `c` of a pixel with alpha `alpha`, un-premultiplied as
    /// cairo's PNG writer does it: (c · 255 + α/2) / α, and 0 where the pixel is transparent.
    @inline(__always)
    static func unpremultiplied(_ c: UInt32, alpha: UInt32) -> UInt8 {
        alpha == 0 ? 0 : UInt8(min(255, (c * 255 + alpha / 2) / alpha))
    }

    /// Decodes a PNG through cairo.
    public init(png: [UInt8]) throws(RenderError) {
        let source = ByteSource(png)
        // cairo reads through an unretained pointer: `source` must outlive the call.
        let surface = withExtendedLifetime(source) {
            cairo_image_surface_create_from_png_stream(ByteSource.read, Unmanaged.passUnretained(source).toOpaque())
        }
        defer { cairo_surface_destroy(surface) }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw .cairo(status: CairoSurface.message(status), operation: "decoding a PNG")
        }
        self.init(surface: surface)
    }

    /// Copies an image surface, converting cairo's premultiplied native-endian ARGB32
    /// (or RGB24) to RGBA.
    init(surface: OpaquePointer?) {
        cairo_surface_flush(surface)
        let width = Int(cairo_image_surface_get_width(surface))
        let height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        let opaque = cairo_image_surface_get_format(surface) == CAIRO_FORMAT_RGB24
        var rgba = [UInt8](repeating: 0, count: 4 * width * height)
        if let data = cairo_image_surface_get_data(surface) {
            for y in 0..<height {
                let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                for x in 0..<width {
                    let argb = row[x]
                    let a = opaque ? 255 : UInt32((argb >> 24) & 0xFF)
                    let i = 4 * (y * width + x)
                    (rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]) = (
                        Self.unpremultiplied((argb >> 16) & 0xFF, alpha: a),
                        Self.unpremultiplied((argb >> 8) & 0xFF, alpha: a), Self.unpremultiplied(argb & 0xFF, alpha: a),
                        UInt8(a)
                    )
                }
            }
        }
        self.width = width
        self.height = height
        self.rgba = rgba
    }
}

/// Feeds bytes to a `cairo_read_func_t`.
final class ByteSource {
    let bytes: [UInt8]
    var offset = 0
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    static let read: cairo_read_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
        let source = Unmanaged<ByteSource>.fromOpaque(closure).takeUnretainedValue()
        let count = Int(length)
        guard source.offset + count <= source.bytes.count else { return CAIRO_STATUS_READ_ERROR }
        source.bytes.withUnsafeBufferPointer { buffer in
            if let base = buffer.baseAddress { data.update(from: base + source.offset, count: count) }
        }
        source.offset += count
        return CAIRO_STATUS_SUCCESS
    }
}
