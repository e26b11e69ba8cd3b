/// The layout check every chart must pass, on the scene alone: one checker for the tests of
/// every module, and for users who build scenes themselves.
extension Scene {
    /// What a reader would see as broken, as sentences:
    /// - a text run that leaves the canvas;
    /// - two text runs whose boxes overlap (boxes shrunk by half a point, so the touching
    ///   lines of one paragraph do not count);
    /// - a text run that straddles the edge of a filled mark (a bar or segment): a label
    ///   belongs wholly inside a mark or wholly outside it;
    /// - a text run crossed by a data line (a polyline) drawn before it, unless a halo
    ///   (a rectangle in the background colour under the text) covers it.
    ///
    /// - Complexity: O(t² + t·m) for t text runs and m marks and line segments.
    public func layoutProblems() -> [String] {
        let canvas = Rect(x: 0, y: 0, width: size.width, height: size.height)
        var problems: [String] = []
        var runs: [(run: TextRun, order: Int)] = []
        var bars: [Rect] = []
        var halos: [(rect: Rect, order: Int)] = []
        var segments: [(a: Point, b: Point, order: Int)] = []
        var order = 0
        func visit(_ items: [SceneItem]) {
            for item in items {
                order += 1
                switch item {
                case let .text(run): runs.append((run, order))
                case let .rect(rect, style):
                    if style.fill == background {
                        halos.append((rect, order))
                    }
                    // Data marks: filled, not the background, wider than a legend swatch.
                    else if style.fill != nil, rect.width > 12 || rect.height > 12, rect.width > 0.5, rect.height > 0.5
                    {
                        bars.append(rect)
                    }
                case let .polyline(line, _):
                    var previous: Point?
                    for i in 0..<Swift.min(line.xs.count, line.ys.count) {
                        guard line.xs[i].isFinite, line.ys[i].isFinite else { previous = nil; continue }
                        let p = line.canvasPoint(i)
                        if let previous { segments.append((previous, p, order)) }
                        previous = p
                    }
                case let .group(_, inner): visit(inner)
                case .path, .markers: break
                }
            }
        }
        visit(items)
        for (run, _) in runs where !canvas.contains(run.bounds) {
            problems.append("'\(run.text)' leaves the canvas")
        }
        for i in runs.indices {
            let a = runs[i].run.bounds.insetBy(0.5)
            for j in runs.indices where j > i && a.overlaps(runs[j].run.bounds.insetBy(0.5)) {
                problems.append("'\(runs[i].run.text)' overlaps '\(runs[j].run.text)'")
            }
            for bar in bars where a.overlaps(bar) && !bar.contains(a) {
                problems.append("'\(runs[i].run.text)' straddles the edge of a mark at \(bar)")
            }
            for segment in segments where segment.order < runs[i].order && a.intersects(segment.a, segment.b) {
                let haloed = halos.contains {
                    $0.order > segment.order && $0.order < runs[i].order && $0.rect.contains(a)
                }
                if !haloed { problems.append("'\(runs[i].run.text)' is crossed by a line") }
            }
        }
        return problems
    }
}

extension Rect {
    /// Whether the segment from `a` to `b` passes through the rectangle (Liang–Barsky clipping).
    func intersects(_ a: Point, _ b: Point) -> Bool {
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        for (p, q) in [(-dx, a.x - minX), (dx, maxX - a.x), (-dy, a.y - minY), (dy, maxY - a.y)] {
            if p == 0 {
                if q < 0 { return false }
            } else {
                let r = q / p
                if p < 0 { t0 = Swift.max(t0, r) } else { t1 = Swift.min(t1, r) }
                if t0 > t1 { return false }
            }
        }
        return true
    }
}
