import Foundation
import TIPScene

/// Rectangles, paths, hatching, marker sets and lines as SVG elements.
extension SVGDocument {
    /// A shape in `style`: fill, then hatch lines clipped to the shape, then outline, as cairo paints.
    mutating func writeShape(_ style: ShapeStyle, bounds: Rect, geometry: (inout SVGDocument) -> Void) {
        guard let hatch = style.hatch else {
            geometry(&self)
            appendPaint(fill: style.fill, stroke: style.stroke)
            out.append("/>\n")
            return
        }
        if style.fill != nil {
            geometry(&self)
            appendPaint(fill: style.fill, stroke: nil)
            out.append("/>\n")
        }
        out.append("<clipPath")
        let id = appendId()
        out.append(">")
        geometry(&self)
        out.append("/></clipPath>\n<path clip-path=\"")
        appendReference(id)
        out.append("\" d=\"")
        appendHatchLines(bounds)
        out.append("\"")
        appendPaint(fill: nil, stroke: hatch)
        out.append("/>\n")
        if let stroke = style.stroke {
            geometry(&self)
            appendPaint(fill: nil, stroke: stroke)
            out.append("/>\n")
        }
    }

    /// The hatch lines over `box` (``ShapeStyle/hatchLines(covering:)``, as cairo draws them).
    mutating func appendHatchLines(_ box: Rect) {
        var pen = SVGPathPen()
        for line in ShapeStyle.hatchLines(covering: box) {
            pen.move(to: line.from, in: &out)
            pen.line(to: line.to, in: &out)
        }
    }

    mutating func appendRect(_ rect: Rect) {
        out.append("<rect")
        appendRectGeometry(rect)
    }

    mutating func appendRectGeometry(_ rect: Rect) {
        out.append(" x=\"")
        out.append(number: rect.x)
        out.append("\" y=\"")
        out.append(number: rect.y)
        out.append("\" width=\"")
        out.append(number: rect.width)
        out.append("\" height=\"")
        out.append(number: rect.height)
        out.append("\"")
    }

    mutating func appendPath(_ path: Path) {
        out.append("<path d=\"")
        appendPathData(path)
        out.append("\"")
    }

    /// The path's commands as SVG path data (``SVGPathPen``). An arc starts with a line from
    /// the current point, or a move when there is none, as in cairo, and is written as
    /// quarter-turn (or smaller) circular arcs, so that a full circle is drawn.
    mutating func appendPathData(_ path: Path) {
        var pen = SVGPathPen()
        for element in path.elements {
            switch element {
            case let .move(p): pen.move(to: p, in: &out)
            case let .line(p): pen.line(to: p, in: &out)
            case let .curve(a, b, c): pen.curve(a, b, to: c, in: &out)
            case let .arc(center, radius, start, end):
                appendArc(center: center, radius: radius, start: start, end: end, clockwise: true, pen: &pen)
            case let .arcNegative(center, radius, start, end):
                appendArc(center: center, radius: radius, start: start, end: end, clockwise: false, pen: &pen)
            case .close: pen.close(in: &out)
            }
        }
    }

    /// An arc as cairo draws it: clockwise (on screen) from `start` to `end`, `end` raised by
    /// whole turns until it is not below `start`, or the mirror for counter-clockwise arcs;
    /// at most one full turn is drawn.
    mutating func appendArc(
        center: Point, radius: Double, start: Double, end: Double, clockwise: Bool, pen: inout SVGPathPen
    ) {
        let turn = 2 * Double.pi
        var sweep = end - start
        if clockwise, sweep < 0 { sweep = sweep.truncatingRemainder(dividingBy: turn) + turn }
        if !clockwise, sweep > 0 { sweep = sweep.truncatingRemainder(dividingBy: turn) - turn }
        sweep = min(max(sweep, -turn), turn)
        func point(_ angle: Double) -> Point {
            Point(x: center.x + radius * cos(angle), y: center.y + radius * sin(angle))
        }
        if pen.hasCurrentPoint { pen.line(to: point(start), in: &out) } else { pen.move(to: point(start), in: &out) }
        guard radius > 0, sweep != 0 else { return }
        let pieces = max(1, Int((abs(sweep) / (Double.pi / 2)).rounded(.up)))
        for i in 1...pieces {
            pen.arc(
                radius: radius, clockwise: clockwise, to: point(start + sweep * Double(i) / Double(pieces)), in: &out)
        }
    }

    /// The box of a path's points, arcs taken as their whole circle (enough for hatching,
    /// which is clipped to the path).
    static func bounds(of path: Path) -> Rect {
        var xs: [Double] = [], ys: [Double] = []
        for element in path.elements {
            switch element {
            case let .move(p), let .line(p):
                xs.append(p.x)
                ys.append(p.y)
            case let .curve(a, b, c):
                xs += [a.x, b.x, c.x]
                ys += [a.y, b.y, c.y]
            case let .arc(center, radius, _, _), let .arcNegative(center, radius, _, _):
                xs += [center.x - radius, center.x + radius]
                ys += [center.y - radius, center.y + radius]
            case .close: continue
            }
        }
        let x0 = xs.min() ?? 0, y0 = ys.min() ?? 0
        return Rect(x: x0, y: y0, width: (xs.max() ?? 0) - x0, height: (ys.max() ?? 0) - y0)
    }

    // MARK: Marks

    /// One shape defined once at the origin and placed at every point by `<use>`; a hatched
    /// set is drawn shape by shape.
    mutating func writeMarkers(_ set: MarkerSet) {
        guard !set.points.isEmpty else { return }
        guard set.style.hatch == nil else {
            for point in set.points {
                let path = set.path(at: point)
                writeShape(set.style, bounds: Self.bounds(of: path)) { $0.appendPath(path) }
            }
            return
        }
        out.append("<defs><path")
        let id = appendId()
        out.append(" d=\"")
        appendPathData(set.path(at: Point(x: 0, y: 0)))
        out.append("\"")
        appendPaint(fill: set.style.fill, stroke: set.style.stroke)
        out.append("/></defs>\n")
        for point in set.points {
            out.append("<use xlink:href=\"#")
            out.appendPrefixSlot()
            out.append(id + "\" x=\"")
            out.append(number: point.x)
            out.append("\" y=\"")
            out.append(number: point.y)
            out.append("\"/>\n")
        }
    }

    /// A line as one path; a NaN point is a gap, after which the line starts again.
    mutating func writePolyline(_ line: Polyline, stroke: StrokeStyle) {
        out.append("<path d=\"")
        var pen = SVGPathPen()
        line.forEachCanvasPoint { p, starts in
            if starts { pen.move(to: p, in: &out) } else { pen.line(to: p, in: &out) }
        }
        out.append("\"")
        appendPaint(fill: nil, stroke: stroke)
        out.append("/>\n")
    }
}
