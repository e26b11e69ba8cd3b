import TIPScene

/// Bars: on a band axis, each row's bar fills its band (or its `xOffset` share of it)
/// from the baseline, or from the range channel, to the value. Between two continuous axes,
/// a bar spans `x`…`x2` (a histogram's bin). A censored value ("<5") is an outlined,
/// dashed bar; a missing one draws nothing. With value labels, a `text` channel gives each
/// bar's label in place of its formatted value, and a missing value's label ("n/a") at the
/// baseline.
///
/// - Complexity: O(n).
func drawBars(_ layer: PreparedLayer, _ ctx: DrawContext, labels format: ValueFormat? = nil) -> DrawnLayer {
    var out = DrawnLayer()
    let vertical = ctx.isVertical
    let (bandChannel, valueChannel, rangeChannel, offsetChannel): (Channel, Channel, Channel, Channel) =
        vertical ? (.x, .y, .y2, .xOffset) : (.y, .x, .x2, .yOffset)
    let bandAxis = vertical ? ctx.x : ctx.y
    let valueAxis = vertical ? ctx.y : ctx.x
    // Side by side in the colour legend's default order: ascending.
    let dodge = layer[offsetChannel].map { e in
        sortedLabels((0..<layer.rowCount).compactMap { e.cell($0) })
    }
    for row in 0..<layer.rowCount {
        guard let cell = layer[valueChannel]?.cell(row) else { continue }
        let start =
            layer[rangeChannel]?.cell(row).flatMap { ctx.position($0, on: valueAxis) }
            ?? ctx.baseline(on: valueAxis, vertical: vertical)
        // A missing value draws no bar; a label given for it ("n/a") sits at the baseline.
        let missingLabel = format != nil && layer.isPrimary ? layer[.text]?.cell(row)?.givenLabel : nil
        guard let end = ctx.position(cell, on: valueAxis) ?? (missingLabel != nil ? start : nil) else { continue }
        var across: (start: Double, width: Double)
        if let band = ctx.band(layer[bandChannel]?.cell(row) ?? .text(""), on: bandAxis) {
            across = band
        } else if let a = layer[bandChannel]?.cell(row).flatMap({ ctx.position($0, on: bandAxis) }) {
            let rangeEnd = layer[bandChannel == .x ? .x2 : .y2]?.cell(row).flatMap { ctx.position($0, on: bandAxis) }
            across = rangeEnd.map { (min(a, $0) + 0.5, max(abs($0 - a) - 1, 0.5)) } ?? (a - 3, 6)
        } else {
            continue
        }
        if let dodge, let key = layer[offsetChannel]?.cell(row)?.label, let i = dodge.firstIndex(of: key) {
            let share = across.width / Double(dodge.count)
            across = (across.start + share * Double(i) + share * 0.05, share * 0.9)
        }
        let (lo, hi) = (min(start, end), max(start, end))
        let rect =
            vertical
            ? Rect(x: across.start, y: lo, width: across.width, height: hi - lo)
            : Rect(x: lo, y: across.start, width: hi - lo, height: across.width)
        let fill = ctx.fill(layer, row: row)
        if cell.number == nil {
            if let missingLabel {
                out.labels.append(
                    barLabel(
                        missingLabel, rect: rect, vertical: vertical, inside: false, negative: false, fill: fill,
                        ctx: ctx))
            }
            continue
        }
        let alpha = ctx.alpha(layer, row: row, fallback: 1)
        let censored = layer[rangeChannel]?.cell(row)?.isCensored == true || cell.isCensored
        if let format, layer.isPrimary {
            let stacked = layer[rangeChannel] != nil
            let top = stacked ? layer[rangeChannel]?.cell(row) : cell
            let shown = stacked ? top?.number.map { $0 - (cell.number ?? 0) } : cell.number
            // A text channel gives the label itself ("nearly $35,000"); else the value, formatted.
            let given = layer[.text]?.cell(row).flatMap(\.givenLabel)
            if let shown {
                let label =
                    given ?? (censored ? "<" : "") + format.string(shown, locale: ctx.theme.numberLocale)
                let run = barLabel(
                    label, rect: rect, vertical: vertical, inside: stacked, negative: shown < 0,
                    fill: fill, ctx: ctx)
                if stacked { out.insideLabels.append(run) } else { out.labels.append(run) }
            }
        }
        out.marks.append(
            .rect(
                rect,
                censored
                    ? ShapeStyle(
                        fill: fill.withAlpha(0.12), stroke: StrokeStyle(color: fill, width: 1.2, dash: [3, 2]))
                    : .filled(fill.withAlpha(alpha))))
    }
    return out
}

/// The distinct labels of `cells`, ascending (numbers as numbers).
func sortedLabels(_ cells: [FieldValue]) -> [String] {
    var seen = Set<String>()
    return cells.filter { seen.insert($0.label).inserted }.sorted { compareCells($0, $1) < 0 }.map(\.label)
}

/// A bar's value label: centred inside a stacked segment (the collision pass drops it when
/// it does not fit), else beyond the bar's end.
private func barLabel(
    _ label: String, rect: Rect, vertical: Bool, inside: Bool, negative: Bool, fill: Color, ctx: DrawContext
) -> TextRun {
    let font = ctx.theme.valueLabelFont
    let m = ctx.block.measurer.metrics(of: label, font: font)
    if inside {
        return ctx.block.run(
            label, at: Point(x: rect.center.x, y: rect.center.y + m.ascent - m.height / 2), anchor: .middle,
            font: font, color: labelColor(on: fill, theme: ctx.theme))
    }
    if vertical {
        let y = negative ? rect.maxY + m.ascent + 3 : rect.minY - 4
        return ctx.block.run(
            label, at: Point(x: rect.center.x, y: y), anchor: .middle, font: font, color: ctx.theme.textColor)
    }
    let baseline = rect.center.y + m.ascent - m.height / 2
    return negative
        ? ctx.block.run(
            label, at: Point(x: rect.minX - 4, y: baseline), anchor: .end, font: font, color: ctx.theme.textColor)
        : ctx.block.run(
            label, at: Point(x: rect.maxX + 4, y: baseline), anchor: .start, font: font, color: ctx.theme.textColor)
}

extension FieldValue {
    /// The cell as a label of its own, nil when it is missing.
    var givenLabel: String? { if case .missing = self { nil } else { label } }
}
