import TIPScene

/// Where a note's text goes beside its point: the first of 16 places, eight directions
/// (north-east first, then the other diagonals, then above, below, right and left) at two
/// distances, whose text lies inside the plot and covers none of `taken` (labels already
/// placed), `filled` (bars and cells) or `markers` (points, each with how far its symbol
/// reaches). Returns the text and its leader line from the edge of the point's own marker
/// to the nearest point of the text's box, or nil when no place is free.
///
/// - Complexity: O(16 · (t + f + m)).
func placedNote(
    _ text: String, at point: Point, ctx: DrawContext, taken: [TextRun], filled: [Rect],
    markers: [(center: Point, reach: Double)]
) -> (run: TextRun, leader: Path)? {
    let font = ctx.theme.valueLabelFont
    let directions: [(Double, Double)] = [
        (1, -1), (-1, -1), (1, 1), (-1, 1), (0, -1.4), (0, 1.4), (1.4, 0), (-1.4, 0),
    ]
    let area = ctx.plot.insetBy(2)
    // The leader starts just off the point's own marker, so it never covers the mark it names.
    let own = markers.filter { $0.center == point }.map(\.reach).max() ?? 0
    for distance in [16.0, 34] {
        for (dx, dy) in directions {
            let end = Point(x: point.x + dx * distance, y: point.y + dy * distance)
            let anchor: TextAnchor = dx > 0 ? .start : dx < 0 ? .end : .middle
            let probe = ctx.block.run(text, at: .init(x: 0, y: 0), anchor: anchor, font: font, color: .black)
            let m = probe.metrics
            // The box's near edge (or its middle, straight above, below or beside) sits at the leader's end.
            let top = dy < 0 ? end.y - m.height : dy > 0 ? end.y : end.y - m.height / 2
            let run = ctx.block.run(
                text, at: Point(x: end.x, y: top + m.ascent), anchor: anchor, font: font, color: ctx.theme.textColor)
            let box = run.bounds
            guard area.contains(box) else { continue }
            let room = box.insetBy(-2)
            if taken.contains(where: { $0.bounds.overlaps(room) }) { continue }
            if filled.contains(where: { $0.overlaps(room) }) { continue }
            if markers.contains(where: { room.insetBy(-$0.reach - 1).contains($0.center) }) { continue }
            let near = Point(x: min(max(point.x, box.minX), box.maxX), y: min(max(point.y, box.minY), box.maxY))
            let length = ((near.x - point.x) * (near.x - point.x) + (near.y - point.y) * (near.y - point.y))
                .squareRoot()
            let gap = (own + 3) / length
            guard length > own + 6 else { continue }
            let start = Point(x: point.x + (near.x - point.x) * gap, y: point.y + (near.y - point.y) * gap)
            return (run, Path([.move(start), .line(near)]))
        }
    }
    return nil
}
