extension ShapeStyle {
    /// The hatch lines that cover `box`: segments of the lines x − y = c, for c on a lattice
    /// ``hatchSpacing`` apart in canvas coordinates, each across the whole box. Renderers clip
    /// them to the shape; since the lattice is the canvas's, not the box's, any box that
    /// covers the shape gives the same pixels. Empty for an empty, non-finite or huge box
    /// (more than 100,000 lines).
    ///
    /// - Complexity: O(extent / spacing).
    public static func hatchLines(covering box: Rect) -> [(from: Point, to: Point)] {
        let (x0, y0, x1, y1) = (box.x, box.y, box.x + box.width, box.y + box.height)
        let span = (x1 - x0) + (y1 - y0)
        guard span.isFinite, span > 0, span / hatchSpacing < 100_000 else { return [] }
        var lines: [(from: Point, to: Point)] = []
        var c = ((x0 - y1) / hatchSpacing).rounded(.down) * hatchSpacing
        while c <= x1 - y0 {
            lines.append((Point(x: c + y0, y: y0), Point(x: c + y1, y: y1)))
            c += hatchSpacing
        }
        return lines
    }
}
