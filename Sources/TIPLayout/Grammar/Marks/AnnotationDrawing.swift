import TIPScene

/// The room above the marks that brackets need: their text and the bracket line over a
/// value label, in points.
func bracketHeadroom(_ annotations: [Annotation], theme: Theme, measurer: any TextMeasurer) -> Double {
    guard annotations.contains(where: { if case .bracket = $0 { true } else { false } }) else { return 0 }
    return measurer.metrics(of: "Ag", font: theme.valueLabelFont).height * 2.6 + 6
}

/// Draws `annotations` over the layers' marks. A bracket rises from above the highest mark
/// at each of its two categories (and above its value label when bars are labelled) to a
/// common line, never above the plot's top, with its text centred over it in bold.
///
/// - Complexity: O(a · n) for a annotations over n rows.
func drawAnnotations(
    _ annotations: [Annotation], layers: [PreparedLayer], ctx: DrawContext, labelled: Bool
) -> (lines: [SceneItem], labels: [TextRun]) {
    var lines: [SceneItem] = []
    var labels: [TextRun] = []
    let font = Font(size: ctx.theme.valueLabelFont.size, weight: .bold)
    let lineHeight = ctx.block.measurer.metrics(of: "Ag", font: ctx.theme.valueLabelFont).height
    let clearance = labelled ? lineHeight + 7 : 5
    for annotation in annotations {
        switch annotation {
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
    return (lines, labels)
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
