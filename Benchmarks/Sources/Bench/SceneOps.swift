import TIPCharts

/// A scene flattened into the opcodes of the C drawing reference (`drawing_reference.h`),
/// so that the reference draws the very same marks with direct cairo calls.
struct SceneOps {
    var ops: [Double] = []
    var texts: [String] = []

    init(_ scene: Scene) {
        let bg = scene.background
        ops += [15, bg.red, bg.green, bg.blue, bg.alpha, scene.size.width, scene.size.height]
        for item in scene.items { add(item) }
    }

    private mutating func add(_ item: SceneItem) {
        switch item {
        case let .rect(r, style):
            ops += [1, r.x, r.y, r.width, r.height]
            paint(style)
        case let .path(path, style):
            ops.append(14)
            for element in path.elements {
                switch element {
                case let .move(p): ops += [2, p.x, p.y]
                case let .line(p): ops += [3, p.x, p.y]
                case let .curve(a, b, c): ops += [4, a.x, a.y, b.x, b.y, c.x, c.y]
                case let .arc(c, r, s, e): ops += [5, c.x, c.y, r, s, e]
                case let .arcNegative(c, r, s, e): ops += [6, c.x, c.y, r, s, e]
                case .close: ops.append(7)
                }
            }
            paint(style)
        case let .text(run):
            let dx: Double =
                switch run.anchor {
                case .start: 0
                case .middle: -run.metrics.width / 2
                case .end: -run.metrics.width
                }
            let c = run.color
            ops += [
                10, run.position.x, run.position.y, run.font.size, run.font.weight == .bold ? 1 : 0, run.rotation, dx,
                c.red, c.green, c.blue, c.alpha, Double(texts.count),
            ]
            texts.append(run.text)
        case let .polyline(line, stroke):
            ops.append(14)
            var points: [Double] = []
            line.forEachCanvasPoint { p, starts in points += [starts ? 2 : 3, p.x, p.y] }
            ops += points
            stroked(stroke)
        case let .markers(set):
            for p in set.points {
                ops += [14, 5, p.x, p.y, set.radius, 0, 2 * .pi, 7]
                paint(set.style)
            }
        case let .group(clip, items):
            ops.append(11)
            if let clip { ops += [12, clip.x, clip.y, clip.width, clip.height] }
            for item in items { add(item) }
            ops.append(13)
        }
    }

    private mutating func paint(_ style: ShapeStyle) {
        if let fill = style.fill {
            ops += [8, fill.red, fill.green, fill.blue, fill.alpha, style.stroke == nil ? 0 : 1]
        }
        if let stroke = style.stroke { stroked(stroke) }
        ops.append(14)
    }

    private mutating func stroked(_ s: StrokeStyle) {
        let cap: Double =
            switch s.cap {
            case .butt: 0
            case .round: 1
            case .square: 2
            }
        ops +=
            [9, s.color.red, s.color.green, s.color.blue, s.color.alpha, s.width, cap, Double(s.dash.count)] + s.dash
    }
}
