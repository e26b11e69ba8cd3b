internal import CTIPCairo
import TIPScene

/// Draws scene items on a cairo context. Knows primitives only, never chart types.
struct CairoDrawing {
    let context: OpaquePointer
    let shaper: TextShaper
    /// Whether marker sets may be stamped into the pixels (image surfaces); vector
    /// surfaces get one path per marker.
    var stampsMarkers = false
    /// Polylines are reduced (M4) to columns this wide in points before drawing, or not at
    /// all when nil. Vector output uses 1 point: a line of a million points then stays a few
    /// hundred kilobytes of SVG, with every column's extremes kept.
    var lineColumnWidth: Double?

    func draw(_ scene: Scene) {
        setColor(scene.background)
        cairo_rectangle(context, 0, 0, scene.size.width, scene.size.height)
        cairo_fill(context)
        let options = TextShaper.makeOptions()
        cairo_set_font_options(context, options)
        cairo_font_options_destroy(options)
        for item in scene.items { draw(item) }
    }

    private func draw(_ item: SceneItem) {
        switch item {
        case let .rect(rect, style):
            cairo_rectangle(context, rect.x, rect.y, rect.width, rect.height)
            paint(style)
        case let .path(path, style):
            trace(path)
            paint(style)
        case let .text(run):
            draw(run)
        case let .markers(set):
            if stampsMarkers, MarkerStamp.draw(set, on: context) { return }
            for point in set.points {
                trace(set.path(at: point))
                paint(set.style)
            }
        case let .polyline(full, stroke):
            let line = lineColumnWidth.map { full.decimated(columnWidth: $0) } ?? full
            // A NaN point is a gap, as the scene documents: the line restarts after it.
            let context = context
            line.forEachCanvasPoint { p, starts in
                if starts { cairo_move_to(context, p.x, p.y) } else { cairo_line_to(context, p.x, p.y) }
            }
            apply(stroke)
            cairo_stroke(context)
        case let .group(clip, items):
            cairo_save(context)
            if let clip {
                cairo_rectangle(context, clip.x, clip.y, clip.width, clip.height)
                cairo_clip(context)
            }
            for item in items { draw(item) }
            cairo_restore(context)
        }
    }

    private func trace(_ path: Path) { Self.trace(path, on: context) }

    private func paint(_ style: ShapeStyle) { Self.paint(style, on: context) }

    /// Replaces the current path of `context` by `path`.
    static func trace(_ path: Path, on context: OpaquePointer) {
        cairo_new_path(context)
        for element in path.elements {
            switch element {
            case let .move(p): cairo_move_to(context, p.x, p.y)
            case let .line(p): cairo_line_to(context, p.x, p.y)
            case let .curve(a, b, c): cairo_curve_to(context, a.x, a.y, b.x, b.y, c.x, c.y)
            case let .arc(center, radius, start, end): cairo_arc(context, center.x, center.y, radius, start, end)
            case let .arcNegative(center, radius, start, end):
                cairo_arc_negative(context, center.x, center.y, radius, start, end)
            case .close: cairo_close_path(context)
            }
        }
    }

    /// Fills, hatches and/or strokes the current path, then clears it.
    static func paint(_ style: ShapeStyle, on context: OpaquePointer) {
        if let fill = style.fill {
            setColor(fill, on: context)
            if style.stroke != nil || style.hatch != nil { cairo_fill_preserve(context) } else { cairo_fill(context) }
        }
        if let hatch = style.hatch { self.hatch(hatch, on: context) }
        if let stroke = style.stroke {
            apply(stroke, on: context)
            cairo_stroke(context)
        }
        cairo_new_path(context)
    }

    /// Lines at 45° across the current path's extent, ``ShapeStyle/hatchSpacing`` apart,
    /// clipped to the path, which is kept for the stroke that follows.
    ///
    /// - Complexity: O(extent / spacing) lines.
    private static func hatch(_ stroke: StrokeStyle, on context: OpaquePointer) {
        guard let path = cairo_copy_path(context) else { return }
        defer { cairo_path_destroy(path) }
        var x0 = 0.0, y0 = 0.0, x1 = 0.0, y1 = 0.0
        cairo_fill_extents(context, &x0, &y0, &x1, &y1)
        cairo_save(context)
        cairo_clip(context)
        let lines = ShapeStyle.hatchLines(covering: Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0))
        if !lines.isEmpty {
            for line in lines {
                cairo_move_to(context, line.from.x, line.from.y)
                cairo_line_to(context, line.to.x, line.to.y)
            }
            apply(stroke, on: context)
            cairo_stroke(context)
        }
        cairo_restore(context)
        cairo_new_path(context)
        cairo_append_path(context, path)
    }

    private func apply(_ stroke: StrokeStyle) { Self.apply(stroke, on: context) }

    private static func apply(_ stroke: StrokeStyle, on context: OpaquePointer) {
        setColor(stroke.color, on: context)
        cairo_set_line_width(context, stroke.width)
        let cap: cairo_line_cap_t =
            switch stroke.cap {
            case .butt: CAIRO_LINE_CAP_BUTT
            case .round: CAIRO_LINE_CAP_ROUND
            case .square: CAIRO_LINE_CAP_SQUARE
            }
        cairo_set_line_cap(context, cap)
        stroke.dash.withUnsafeBufferPointer { dashes in
            cairo_set_dash(context, dashes.baseAddress, Int32(dashes.count), 0)
        }
    }

    /// Draws the run's shaped line with its logical box anchored as the scene says: the
    /// same layout the measurer measured, so the drawn width is `run.metrics.width`.
    private func draw(_ run: TextRun) {
        cairo_save(context)
        setColor(run.color)
        cairo_translate(context, run.position.x, run.position.y)
        if run.rotation != 0 { cairo_rotate(context, run.rotation * .pi / 180) }
        let dx: Double =
            switch run.anchor {
            case .start: 0
            case .middle: -run.metrics.width / 2
            case .end: -run.metrics.width
            }
        let context = context
        // Pango returns no layout only when GLib cannot allocate, and GLib aborts first.
        _ = try? shaper.withLine(run.text, font: run.font) { line in
            cairo_move_to(context, dx - TextShaper.extents(of: line).left, 0)
            pango_cairo_show_layout_line(context, line)
        }
        cairo_restore(context)
    }

    private func setColor(_ c: Color) { Self.setColor(c, on: context) }

    private static func setColor(_ c: Color, on context: OpaquePointer) {
        cairo_set_source_rgba(context, c.red, c.green, c.blue, c.alpha)
    }
}
