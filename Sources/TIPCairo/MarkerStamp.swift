internal import CTIPCairo
import TIPScene

/// Draws a ``/TIPScene/MarkerSet`` on an image surface by stamping: the shape is rendered
/// once per quarter-pixel phase (4 × 4 small images) and each point composites the nearest
/// phase with Porter–Duff OVER straight into the surface's pixels. A point lands within
/// 1/8 pixel of where cairo would draw it, so the picture matches a path per point except
/// for anti-aliasing at the edges.
///
/// - Complexity: O(p · k²) for p points of k×k device pixels, against cairo's per-path
///   setup, rasterisation and compositing for each point.
struct MarkerStamp {
    static let phases = 4

    /// Stamps `set` on the image surface behind `context`, under its current clip. Returns
    /// false, drawing nothing, when the context's transform is not an axis-aligned scale
    /// (the caller then draws paths).
    static func draw(_ set: MarkerSet, on context: OpaquePointer) -> Bool {
        var matrix = cairo_matrix_t()
        cairo_get_matrix(context, &matrix)
        guard matrix.xy == 0, matrix.yx == 0, matrix.xx > 0, matrix.xx == matrix.yy, !set.points.isEmpty else {
            return set.points.isEmpty
        }
        let scale = matrix.xx
        let target = cairo_get_target(context)
        guard cairo_surface_get_type(target) == CAIRO_SURFACE_TYPE_IMAGE,
            cairo_image_surface_get_format(target) == CAIRO_FORMAT_ARGB32
        else { return false }
        let halfStroke = (set.style.stroke?.width ?? 0) / 2
        let reach = (set.reach + halfStroke) * scale
        guard reach < 64 else { return false }
        let margin = Int(reach.rounded(.up)) + 2
        let side = 2 * margin + 1
        guard let stamps = renderStamps(set, scale: scale, side: side, margin: margin) else {
            return false
        }

        // The clip in device pixels.
        var (cx0, cy0, cx1, cy1) = (0.0, 0.0, 0.0, 0.0)
        cairo_clip_extents(context, &cx0, &cy0, &cx1, &cy1)
        cairo_user_to_device(context, &cx0, &cy0)
        cairo_user_to_device(context, &cx1, &cy1)
        cairo_surface_flush(target)
        guard let data = cairo_image_surface_get_data(target) else { return false }
        let width = Int(cairo_image_surface_get_width(target))
        let height = Int(cairo_image_surface_get_height(target))
        let stride = Int(cairo_image_surface_get_stride(target)) / 4
        let clipX0 = max(0, Int(cx0.rounded())), clipY0 = max(0, Int(cy0.rounded()))
        let clipX1 = min(width, Int(cx1.rounded())), clipY1 = min(height, Int(cy1.rounded()))
        guard clipX0 < clipX1, clipY0 < clipY1 else { return true }
        let pixels = UnsafeMutableRawPointer(data).assumingMemoryBound(to: UInt32.self)
        let q = Double(phases)
        for p in set.points {
            var (dx, dy) = (p.x, p.y)
            cairo_user_to_device(context, &dx, &dy)
            let qx = (dx * q).rounded(), qy = (dy * q).rounded()
            let ix = Int((qx / q).rounded(.down)), iy = Int((qy / q).rounded(.down))
            let phase = Int(qy - Double(iy) * q) * phases + Int(qx - Double(ix) * q)
            let left = ix - margin, top = iy - margin
            let x0 = max(left, clipX0), x1 = min(left + side, clipX1)
            let y0 = max(top, clipY0), y1 = min(top + side, clipY1)
            guard x0 < x1, y0 < y1 else { continue }
            stamps[phase].withUnsafeBufferPointer { stamp in
                for y in y0..<y1 {
                    let row = pixels + y * stride
                    let source = (y - top) * side - left
                    for x in x0..<x1 {
                        let s = stamp[source + x]
                        guard s != 0 else { continue }
                        row[x] = over(s, row[x])
                    }
                }
            }
        }
        cairo_surface_mark_dirty(target)
        return true
    }

    /// One premultiplied ARGB32 image per phase, `side` pixels square, with the shape's
    /// centre at (margin + fx, margin + fy) for fx, fy in quarter pixels.
    private static func renderStamps(
        _ set: MarkerSet, scale: Double, side: Int, margin: Int
    ) -> [[UInt32]]? {
        var stamps: [[UInt32]] = []
        stamps.reserveCapacity(phases * phases)
        for py in 0..<phases {
            for px in 0..<phases {
                guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(side), Int32(side)) else {
                    return nil
                }
                defer { cairo_surface_destroy(surface) }
                guard let context = cairo_create(surface) else { return nil }
                cairo_translate(
                    context, Double(margin) + Double(px) / Double(phases), Double(margin) + Double(py) / Double(phases))
                cairo_scale(context, scale, scale)
                CairoDrawing.trace(set.path(at: Point(x: 0, y: 0)), on: context)
                CairoDrawing.paint(set.style, on: context)
                cairo_destroy(context)
                cairo_surface_flush(surface)
                guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS,
                    let data = cairo_image_surface_get_data(surface)
                else { return nil }
                let stride = Int(cairo_image_surface_get_stride(surface)) / 4
                let words = UnsafeRawPointer(data).assumingMemoryBound(to: UInt32.self)
                var stamp = [UInt32](repeating: 0, count: side * side)
                for y in 0..<side { for x in 0..<side { stamp[y * side + x] = words[y * stride + x] } }
                stamps.append(stamp)
            }
        }
        return stamps
    }

    /// Premultiplied `source` OVER `destination`, per 8-bit channel:
    /// d' = s + d · (255 − αs) / 255, rounded as pixman rounds (x + 128, then (t + t/256) / 256).
    @inline(__always)
    static func over(_ source: UInt32, _ destination: UInt32) -> UInt32 {
        let inverse = 255 - (source >> 24)
        if inverse == 0 { return source }
        // Two channels at a time: (r, b) and (a, g).
        var rb = (destination & 0x00FF_00FF) &* inverse &+ 0x0080_0080
        rb = ((rb &+ ((rb >> 8) & 0x00FF_00FF)) >> 8) & 0x00FF_00FF
        var ag = ((destination >> 8) & 0x00FF_00FF) &* inverse &+ 0x0080_0080
        ag = (ag &+ ((ag >> 8) & 0x00FF_00FF)) & 0xFF00_FF00
        return source &+ rb &+ ag
    }
}
