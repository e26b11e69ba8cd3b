import TIPScene

/// Checks a scene before cairo sees it, so that values cairo cannot draw become a
/// ``RenderError/unrenderableScene(reason:)`` instead of a cairo error state, a crash
/// inside its SVG or PDF writer, or silently wrong output.
///
/// Cairo keeps coordinates in 24.8 fixed point, so every coordinate, size, radius,
/// stroke width and font size must be finite and within ±``limit`` points; a font size
/// must also be positive. Scenes decoded from JSON get the same check as scenes from a chart.
///
/// - Complexity: O(number of primitives and points).
enum SceneCheck {
    /// Comfortably inside cairo's ±8,388,607 fixed-point range, even after scaling by 4.
    static let limit = 1_000_000.0

    static func validate(_ scene: Scene) throws(RenderError) {
        for item in scene.items { try validate(item) }
    }

    private static func validate(_ item: SceneItem) throws(RenderError) {
        switch item {
        case let .rect(r, style):
            try coordinates([r.x, r.y, r.width, r.height], "a rectangle")
            try validate(style.stroke)
        case let .path(path, style):
            for element in path.elements {
                switch element {
                case let .move(p), let .line(p): try coordinates([p.x, p.y], "a path")
                case let .curve(a, b, c): try coordinates([a.x, a.y, b.x, b.y, c.x, c.y], "a curve")
                case let .arc(center, radius, start, end), let .arcNegative(center, radius, start, end):
                    try coordinates([center.x, center.y, radius, start, end], "an arc")
                case .close: break
                }
            }
            try validate(style.stroke)
        case let .text(run):
            try coordinates(
                [run.position.x, run.position.y, run.rotation, run.metrics.width], "the text '\(run.text.prefix(40))'")
            guard run.font.size > 0, run.font.size <= 10_000 else {
                throw .unrenderableScene(reason: "the text '\(run.text.prefix(40))' has font size \(run.font.size)")
            }
        case let .polyline(line, stroke):
            guard line.xs.count == line.ys.count else {
                throw .unrenderableScene(
                    reason: "a polyline has \(line.xs.count) x values and \(line.ys.count) y values")
            }
            for i in 0..<line.count {
                let p = line.canvasPoint(i)
                // NaN marks a gap in a series and is skipped when drawing; anything else must fit.
                if line.xs[i].isNaN || line.ys[i].isNaN { continue }
                try coordinates([p.x, p.y], "point \(i + 1) of a line")
            }
            try validate(stroke)
        case let .markers(set):
            try coordinates([set.radius], "a marker set")
            guard set.radius >= 0 else { throw .unrenderableScene(reason: "a marker set has a negative radius") }
            for (i, p) in set.points.enumerated() { try coordinates([p.x, p.y], "marker \(i + 1)") }
            try validate(set.style.stroke)
        case let .group(clip, items):
            if let clip { try coordinates([clip.x, clip.y, clip.width, clip.height], "a clip rectangle") }
            for item in items { try validate(item) }
        }
    }

    private static func validate(_ stroke: StrokeStyle?) throws(RenderError) {
        guard let stroke else { return }
        try coordinates([stroke.width] + stroke.dash, "a stroke")
        guard stroke.width >= 0, stroke.dash.allSatisfy({ $0 >= 0 }) else {
            throw .unrenderableScene(reason: "a stroke has a negative width or dash")
        }
    }

    private static func coordinates(_ values: [Double], _ what: @autoclosure () -> String) throws(RenderError) {
        for v in values where !(v.isFinite && abs(v) <= limit) {
            throw .unrenderableScene(
                reason: "\(what()) has the coordinate \(v), beyond what can be drawn (±1,000,000 points)")
        }
    }
}
