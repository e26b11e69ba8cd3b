import TIPScene

/// The room above the marks that brackets need: their text and the bracket line over a
/// value label, in points.
func bracketHeadroom(_ annotations: [Annotation], theme: Theme, measurer: any TextMeasurer) -> Double {
    guard annotations.contains(where: { if case .bracket = $0 { true } else { false } }) else { return 0 }
    return measurer.metrics(of: "Ag", font: theme.valueLabelFont).height * 2.6 + 6
}

/// Draws `annotations` over the layers' marks.
///
/// - A note goes beside its point where it covers nothing of `placed` and `marks`
///   (``placedNote(_:at:ctx:taken:filled:markers:)``). One in `footnoted` (annotation index
///   to note number) draws only its number at the point; one with no free place is returned
///   in `overflow`, for the caller to footnote.
/// - A bracket rises from above the highest mark at each of its two categories (and above
///   its value label when bars are labelled) to a common line, never above the plot's top,
///   with its text centred over it in bold.
///
/// - Complexity: O(a · (n + t + m)) for a annotations over n rows, t labels and m marks.
func drawAnnotations(
    _ annotations: [Annotation], layers: [PreparedLayer], ctx: DrawContext, labelled: Bool,
    placed: [TextRun] = [], marks: [SceneItem] = [], footnoted: [Int: Int] = [:]
) -> (lines: [SceneItem], labels: [TextRun], overflow: [Int]) {
    var lines: [SceneItem] = []
    var labels: [TextRun] = []
    var overflow: [Int] = []
    var numbered: [(point: Point, number: Int)] = []
    let filled = marks.compactMap { item -> Rect? in
        if case let .rect(rect, style) = item, style.fill != nil { return rect }
        return nil
    }
    let markers = marks.flatMap { item -> [(center: Point, reach: Double)] in
        if case let .markers(set) = item { return set.points.map { ($0, set.reach) } }
        return []
    }
    let font = Font(size: ctx.theme.valueLabelFont.size, weight: .bold)
    let lineHeight = ctx.block.measurer.metrics(of: "Ag", font: ctx.theme.valueLabelFont).height
    let clearance = labelled ? lineHeight + 7 : 5
    // Footnoted notes' points carry their numbers, once for all the notes at one point,
    // placed first so that the notes beside points keep clear of them.
    for (i, annotation) in annotations.enumerated() {
        guard case let .note(x, y, _) = annotation, let number = footnoted[i],
            let px = ctx.position(x, on: ctx.x), let py = ctx.position(y, on: ctx.y)
        else { continue }
        numbered.append((Point(x: px, y: py), number))
    }
    var seen: [Point] = []
    for (point, _) in numbered where !seen.contains(point) {
        seen.append(point)
        let numbers = numbered.filter { $0.point == point }.map(\.number).sorted()
        let right = point.x + 24 < ctx.plot.maxX
        labels.append(
            ctx.block.run(
                numberRanges(numbers), at: Point(x: point.x + (right ? 5 : -5), y: point.y - 5),
                anchor: right ? .start : .end, font: font, color: ctx.theme.textColor))
    }
    for (i, annotation) in annotations.enumerated() {
        switch annotation {
        case let .note(x, y, text):
            let point = ctx.position(x, on: ctx.x).flatMap { px in
                ctx.position(y, on: ctx.y).map { Point(x: px, y: $0) }
            }
            if footnoted[i] != nil { continue }
            guard let point,
                let note = placedNote(
                    text, at: point, ctx: ctx, taken: placed + labels, filled: filled, markers: markers)
            else {
                overflow.append(i)
                continue
            }
            lines.append(
                .path(note.leader, ShapeStyle(stroke: StrokeStyle(color: ctx.theme.mutedTextColor, width: 0.8))))
            labels.append(note.run)
        case let .bracket(from, to, text):
            guard case .band = ctx.x, let x0 = ctx.position(from, on: ctx.x), let x1 = ctx.position(to, on: ctx.x)
            else { continue }
            let a = topOfMarks(at: from, layers: layers, ctx: ctx) - clearance
            let b = topOfMarks(at: to, layers: layers, ctx: ctx) - clearance
            let m = ctx.block.measurer.metrics(of: text, font: font)
            let top = max(ctx.plot.minY + m.height + 2, min(a, b) - 5)
            lines.append(
                .path(
                    Path([
                        .move(Point(x: x0, y: a)), .line(Point(x: x0, y: top)), .line(Point(x: x1, y: top)),
                        .line(Point(x: x1, y: b)),
                    ]),
                    ShapeStyle(stroke: StrokeStyle(color: ctx.theme.mutedTextColor, width: 1))))
            labels.append(
                ctx.block.run(
                    text, at: Point(x: (x0 + x1) / 2, y: top - 3 - m.descent), anchor: .middle, font: font,
                    color: ctx.theme.textColor))
        }
    }
    return (lines, labels, overflow)
}

/// Note numbers as a reader scans them: consecutive runs as ranges, "1–3, 5".
///
/// - Complexity: O(n) for n sorted numbers.
func numberRanges(_ numbers: [Int]) -> String {
    var parts: [String] = []
    var i = 0
    while i < numbers.count {
        var j = i
        while j + 1 < numbers.count, numbers[j + 1] == numbers[j] + 1 { j += 1 }
        parts.append(
            j > i + 1 ? "\(numbers[i])–\(numbers[j])" : (i...j).map { "\(numbers[$0])" }.joined(separator: ", "))
        i = j + 1
    }
    return parts.joined(separator: ", ")
}

/// The highest point (smallest y) of the marks whose x is `category`: their y and y2 values.
private func topOfMarks(at category: FieldValue, layers: [PreparedLayer], ctx: DrawContext) -> Double {
    var top = ctx.plot.maxY
    for layer in layers {
        for row in 0..<layer.rowCount where layer[.x]?.cell(row)?.label == category.label {
            for channel in [Channel.y, .y2] {
                if let y = ctx.position(layer[channel]?.cell(row), on: ctx.y) { top = min(top, y) }
            }
        }
    }
    return top
}
