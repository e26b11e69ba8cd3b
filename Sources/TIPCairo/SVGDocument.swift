import TIPScene

/// The state of one document as it is written: the bytes, the id counters and the fonts used.
struct SVGDocument {
    let shaper: TextShaper
    let fonts: SVGWriter.Fonts
    var out = SVGBuffer()
    var nextId = 0
    /// Each face used, in order of first use, with the characters drawn in it.
    var faces: [FaceKey: (number: Int, scalars: Set<UInt32>)] = [:]

    struct FaceKey: Hashable {
        let file: String
        let faceIndex: Int
    }

    init(shaper: TextShaper, fonts: SVGWriter.Fonts) {
        self.shaper = shaper
        self.fonts = fonts
    }

    /// A new id's suffix (`c1`, `c2`…), to follow a prefix slot.
    mutating func newId() -> String {
        nextId += 1
        return "c\(nextId)"
    }

    /// Appends ` id="PREFIXcN"` and returns `cN`.
    mutating func appendId() -> String {
        let id = newId()
        out.append(" id=\"")
        out.appendPrefixSlot()
        out.append(id + "\"")
        return id
    }

    /// Appends `url(#PREFIXid)`.
    mutating func appendReference(_ id: String) {
        out.append("url(#")
        out.appendPrefixSlot()
        out.append(id + ")")
    }

    /// Writes `items` in order. A run of outlines in one opaque stroke (an axis's ticks, say)
    /// becomes one `<path>` of several subpaths, which strokes to the same pixels: where
    /// opaque lines overlap, the second would cover the first anyway.
    ///
    /// - Complexity: O(items).
    mutating func write(_ items: [SceneItem]) {
        var i = 0
        while i < items.count {
            guard case let .path(first, style) = items[i], Self.merges(style) else {
                write(items[i])
                i += 1
                continue
            }
            var paths = [first]
            while i + paths.count < items.count, case let .path(next, nextStyle) = items[i + paths.count],
                nextStyle == style
            {
                paths.append(next)
            }
            out.append("<path d=\"")
            for path in paths { appendPathData(path) }
            out.append("\"")
            appendPaint(fill: nil, stroke: style.stroke)
            out.append("/>\n")
            i += paths.count
        }
    }

    /// Whether paths of `style` can share one element: stroked in an opaque colour, not
    /// filled or hatched.
    static func merges(_ style: ShapeStyle) -> Bool {
        style.fill == nil && style.hatch == nil && (style.stroke?.color.alpha ?? 0) >= 1
    }

    mutating func write(_ item: SceneItem) {
        switch item {
        case let .rect(rect, style):
            writeShape(style, bounds: rect) { $0.appendRect(rect) }
        case let .path(path, style):
            writeShape(style, bounds: Self.bounds(of: path)) { $0.appendPath(path) }
        case let .text(run):
            write(run)
        case let .markers(set):
            writeMarkers(set)
        case let .polyline(full, stroke):
            writePolyline(full.decimated(columnWidth: 1), stroke: stroke)
        case let .group(clip, items):
            if let clip {
                out.append("<clipPath")
                let id = appendId()
                out.append("><rect")
                appendRectGeometry(clip)
                out.append("/></clipPath>\n<g clip-path=\"")
                appendReference(id)
                out.append("\">\n")
                write(items)
                out.append("</g>\n")
            } else {
                write(items)
            }
        }
    }

    // MARK: Paint

    mutating func appendFill(_ color: Color) {
        out.append(" fill=\"\(color)\"")
        if color.alpha < 1 {
            out.append(" fill-opacity=\"")
            appendOpacity(color.alpha)
            out.append("\"")
        }
    }

    mutating func appendPaint(fill: Color?, stroke: StrokeStyle?) {
        // The root's fill is none.
        if let fill { appendFill(fill) }
        guard let stroke else { return }
        out.append(" stroke=\"\(stroke.color)\"")
        if stroke.width != 1 {
            out.append(" stroke-width=\"")
            out.append(number: stroke.width)
            out.append("\"")
        }
        if stroke.color.alpha < 1 {
            out.append(" stroke-opacity=\"")
            appendOpacity(stroke.color.alpha)
            out.append("\"")
        }
        switch stroke.cap {
        case .butt: break
        case .round: out.append(" stroke-linecap=\"round\"")
        case .square: out.append(" stroke-linecap=\"square\"")
        }
        if !stroke.dash.isEmpty {
            out.append(" stroke-dasharray=\"")
            out.append(numbers: stroke.dash)
            out.append("\"")
        }
    }

    /// An opacity to three decimals: 1/1000 is finer than the 1/255 steps of a pixel.
    mutating func appendOpacity(_ alpha: Double) {
        let thousandths = Int((min(max(alpha, 0), 1) * 1000).rounded())
        // 0.9995 and above round to a whole 1, not to "0.1".
        guard thousandths > 0, thousandths < 1000 else {
            out.append(thousandths == 0 ? "0" : "1")
            return
        }
        var digits = String(thousandths)
        digits = String(repeating: "0", count: max(0, 3 - digits.count)) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        out.append("0." + digits)
    }
}
