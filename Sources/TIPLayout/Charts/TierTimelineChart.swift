import TIPScene
import TIPStatistics

/// Ordinal placements over report editions: a grid with a row per country and a column
/// per edition, each cell coloured by its level; or, for one row, a step line with the
/// levels as rows of the y axis (best at the top). Built for TIP tiers, but any ordered
/// levels work.
///
/// A missing placement is an empty outlined cell (grid) or a break in the line (steps),
/// never a colour.
public struct TierTimelineChart: Chart, Hashable, Codable {
    /// One ordinal level: its name, a short label for cells, and its colour.
    public struct Level: Sendable, Hashable, Codable {
        /// "Tier 2 Watch List".
        public var name: String
        /// "2WL".
        public var shortLabel: String
        /// The fill of cells at this level.
        public var color: Color

        /// A level named `name`.
        public init(name: String, shortLabel: String, color: Color) {
            self.name = name
            self.shortLabel = shortLabel
            self.color = color
        }
    }

    /// One row: a name and, per column, the index of its level or `nil` when none is given.
    public struct Row: Sendable, Hashable, Codable {
        /// The row's label (a country).
        public var name: String
        /// One level index per column, `nil` where the row has no placement.
        public var cells: [Int?]

        /// A row named `name`.
        public init(name: String, cells: [Int?]) {
            self.name = name
            self.cells = cells
        }
    }

    /// Grid of cells, or a step line for one row.
    public enum Style: String, Sendable, Hashable, Codable {
        /// Rows × columns of coloured cells.
        case grid
        /// One row as a step line over the levels.
        case steps
    }

    /// The levels, best first.
    public var levels: [Level]
    /// The column labels (edition years), in order.
    public var columns: [String]
    /// The rows, in drawing order.
    public var rows: [Row]
    /// Grid or steps.
    public var style: Style
    /// Title, subtitle, source and axis titles.
    public var text: ChartText

    /// The TIP tiers' levels: an ordinal blue-to-red ramp (ColorBrewer RdBu, readable with
    /// red-green colour blindness), and grey for Special Case.
    public static let tierLevels = [
        Level(name: "Tier 1", shortLabel: "1", color: Color(hex: 0x2166AC)),
        Level(name: "Tier 2", shortLabel: "2", color: Color(hex: 0x92C5DE)),
        Level(name: "Tier 2 Watch List", shortLabel: "2WL", color: Color(hex: 0xF4A582)),
        Level(name: "Tier 3", shortLabel: "3", color: Color(hex: 0xB2182B)),
        Level(name: "Special Case", shortLabel: "SC", color: Color(hex: 0xBBBBBB)),
    ]

    /// A timeline of `rows` over `columns`.
    ///
    /// - Precondition: every row has one cell per column, each a valid level index, and the
    ///   steps style has one row (decoding checks this and throws instead). More than
    ///   ``maximumRows`` rows is not a precondition: ``Chart/validated()`` refuses it, and the
    ///   scene states it.
    public init(
        levels: [Level] = Self.tierLevels, columns: [String], rows: [Row], style: Style = .grid, text: ChartText
    ) {
        self.levels = levels
        self.columns = columns
        self.rows = rows
        self.style = style
        self.text = text
        let broken = problems.filter { $0.kind != .tooManyElements }
        precondition(broken.isEmpty, broken.map(\.message).joined(separator: "; "))
    }

    /// More rows than this cannot keep their names apart on the smallest canvas we allow
    /// (400 × 300); reports page longer lists.
    public static let maximumRows = 12

    public var problems: [ChartProblem] {
        var found: [ChartProblem] = []
        if rows.count > Self.maximumRows {
            found.append(
                ChartProblem(
                    .tooManyElements,
                    "\(rows.count) rows are too many for one chart (at most \(Self.maximumRows)); filter with --country"
                ))
        }
        if let row = rows.first(where: { $0.cells.count != columns.count }) {
            found.append(
                ChartProblem(
                    .mismatchedLengths, "row '\(row.name)' has \(row.cells.count) cells for \(columns.count) columns"))
        }
        if rows.contains(where: { $0.cells.contains { $0.map { !levels.indices.contains($0) } ?? false } }) {
            found.append(ChartProblem(.mismatchedLengths, "a cell names a level beyond the \(levels.count) levels"))
        }
        if style == .steps, rows.count != 1 {
            found.append(ChartProblem(.mismatchedLengths, "the steps style draws one row, not \(rows.count)"))
        }
        return found
    }

    public func scene(size: Size, theme: Theme, measurer: any TextMeasurer) -> Scene {
        guard problems.isEmpty else { return problemScene(size: size, theme: theme, measurer: measurer) }
        let used = Set(rows.flatMap { $0.cells.compactMap { $0 } })
        var legend = levels.indices.filter(used.contains).map {
            LegendEntry(label: levels[$0].name, color: levels[$0].color)
        }
        if style == .grid, rows.contains(where: { $0.cells.contains(nil) }) {
            legend.append(LegendEntry(label: "No placement given", color: theme.gridColor))
        }
        let frame = ChartFrame(size: size, text: text, legend: legend, theme: theme, measurer: measurer)
        let items =
            style == .grid
            ? grid(frame.body, theme: theme, measurer: measurer)
            : steps(frame.body, theme: theme, measurer: measurer)
        let summary =
            "Tier timeline. "
            + rows.map { row in
                row.name + ": "
                    + zip(columns, row.cells).compactMap { column, cell in
                        cell.map { "\(column) \(levels[$0].name)" }
                    }.joined(separator: ", ")
            }.joined(separator: "; ") + "."
        return assemble(size: size, theme: theme, frame: frame, items: items, generatedSummary: summary)
    }

    /// Column labels under the body, every k-th one when they would collide.
    private func columnLabels(
        _ band: BandScale, bottom: Double, theme: Theme, measurer: any TextMeasurer
    )
        -> [SceneItem]
    {
        let block = TextBlock(theme: theme, measurer: measurer)
        let widest = columns.map { measurer.metrics(of: $0, font: theme.tickFont).width }.max() ?? 0
        let every = max(1, Int((widest + 6) / max(band.step, 0.001)) + 1)
        let ascent = measurer.metrics(of: "0", font: theme.tickFont).ascent
        return columns.indices.filter { $0 % every == 0 }.map { i in
            .text(
                block.run(
                    columns[i], at: Point(x: band.center(i), y: bottom + 4 + ascent), anchor: .middle,
                    font: theme.tickFont, color: theme.mutedTextColor))
        }
    }

    private func grid(_ body: Rect, theme: Theme, measurer: any TextMeasurer) -> [SceneItem] {
        let block = TextBlock(theme: theme, measurer: measurer)
        let font = theme.tickFont
        let labelWidth = min(
            body.width * 0.3, (rows.map { measurer.metrics(of: $0.name, font: font).width }.max() ?? 0) + 1)
        let tickHeight = measurer.metrics(of: "0", font: font).height + 6
        let left = body.x + labelWidth + 8
        let xs = BandScale(
            categories: columns, range: Interval(from: left, to: body.x + body.width), paddingInner: 0.08,
            paddingOuter: 0)
        // Rows at most 28 points high, from the top: a few countries make a compact strip.
        let available = max(0, body.height - tickHeight)
        let pitch = min(available / Double(max(rows.count, 1)), 32.0)
        let rowHeight = pitch * 0.875
        var items: [SceneItem] = []
        let m = measurer.metrics(of: "Ag", font: font)
        for (r, row) in rows.enumerated() {
            let top = body.y + Double(r) * pitch
            let name = truncated(row.name, font: font, width: labelWidth, measurer: measurer)
            items.append(
                .text(
                    block.run(
                        name, at: Point(x: left - 8, y: top + rowHeight / 2 + m.ascent - m.height / 2), anchor: .end,
                        font: font, color: theme.textColor)))
            for (c, cell) in row.cells.enumerated() {
                let rect = Rect(x: xs.start(c), y: top, width: xs.bandwidth, height: rowHeight)
                guard let cell else {
                    items.append(
                        .rect(rect, ShapeStyle(fill: theme.background, stroke: StrokeStyle(color: theme.gridColor))))
                    continue
                }
                let level = levels[cell]
                items.append(.rect(rect, .filled(level.color)))
                let label = measurer.metrics(of: level.shortLabel, font: theme.valueLabelFont)
                if label.width + 4 <= rect.width, label.height + 2 <= rect.height {
                    items.append(
                        .text(
                            block.run(
                                level.shortLabel,
                                at: Point(
                                    x: rect.x + rect.width / 2, y: top + rowHeight / 2 + label.ascent - label.height / 2
                                ),
                                anchor: .middle, font: theme.valueLabelFont,
                                color: labelColor(on: level.color, theme: theme))))
                }
            }
        }
        let bottom = body.y + Double(max(rows.count - 1, 0)) * pitch + rowHeight
        return items + columnLabels(xs, bottom: bottom, theme: theme, measurer: measurer)
    }

    private func steps(_ body: Rect, theme: Theme, measurer: any TextMeasurer) -> [SceneItem] {
        let block = TextBlock(theme: theme, measurer: measurer)
        let font = theme.tickFont
        let names = levels.map(\.name)
        let labelWidth = (names.map { measurer.metrics(of: $0, font: font).width }.max() ?? 0) + 1
        let tickHeight = measurer.metrics(of: "0", font: font).height + 6
        let left = body.x + min(labelWidth, body.width * 0.35) + 8
        let xs = BandScale(
            categories: columns, range: Interval(from: left, to: body.x + body.width), paddingInner: 0,
            paddingOuter: 0)
        let ys = BandScale(
            categories: names, range: Interval(from: body.y, to: body.y + body.height - tickHeight),
            paddingInner: 0, paddingOuter: 0)
        var items: [SceneItem] = []
        let m = measurer.metrics(of: "Ag", font: font)
        for (i, level) in levels.enumerated() {
            let y = ys.center(i)
            items.append(
                .path(
                    .line(from: Point(x: left, y: y), to: Point(x: body.x + body.width, y: y)),
                    .stroked(theme.gridColor)))
            let name = truncated(level.name, font: font, width: left - 8 - body.x, measurer: measurer)
            items.append(
                .text(
                    block.run(
                        name, at: Point(x: left - 8, y: y + m.ascent - m.height / 2), anchor: .end, font: font,
                        color: theme.textColor)))
        }
        let cells = rows.first?.cells ?? []
        var path: [Path.Element] = []
        var previous: (x: Double, y: Double)?
        for (c, cell) in cells.enumerated() {
            guard let cell else {
                previous = nil
                continue
            }
            let x0 = xs.start(c), x1 = xs.start(c) + xs.step, y = ys.center(cell)
            if let p = previous, p.x == x0 {
                path.append(.line(Point(x: x0, y: y)))
            } else {
                path.append(.move(Point(x: x0, y: y)))
            }
            path.append(.line(Point(x: x1, y: y)))
            previous = (x1, y)
        }
        items.append(.path(Path(path), ShapeStyle(stroke: StrokeStyle(color: theme.textColor, width: 2))))
        for (c, cell) in cells.enumerated() {
            guard let cell else { continue }
            items.append(
                .path(
                    .circle(center: Point(x: xs.center(c), y: ys.center(cell)), radius: 4.5),
                    .filled(levels[cell].color)))
        }
        return items + columnLabels(xs, bottom: body.y + body.height - tickHeight, theme: theme, measurer: measurer)
    }
}
