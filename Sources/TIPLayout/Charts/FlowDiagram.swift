import TIPScene
/// Nodes in columns joined by curved links, coloured by group: routes from origins
/// through a hub to destinations. Links have one width: the diagram shows that a route
/// exists, not how many people travel it.
///
/// The one custom diagram beside the grammar's ``Plot``: nodes sit by column and rank, not on
/// scales of data values, so no mark expresses them. It draws into the same ``/TIPScene/Scene``,
/// so the layout checker and every renderer treat it as any plot.
public struct FlowDiagram: Chart, Hashable, Codable {
    /// Node names per column, left to right.
    public var columns: [[String]]
    /// The links between nodes; each belongs to one of ``groups``.
    public var links: [FlowLink]
    /// Group names in legend order; each link's group must be one of them.
    public var groups: [String]
    /// A note under the middle column's node(s).
    public var centerNote: String?
    /// Title, subtitle and source.
    public var text: ChartText

    /// A flow diagram of `links` between the nodes of `columns`, coloured by group.
    public init(columns: [[String]], links: [FlowLink], groups: [String], centerNote: String? = nil, text: ChartText) {
        self.columns = columns
        self.links = links
        self.groups = groups
        self.centerNote = centerNote
        self.text = text
    }

    public var problems: [ChartProblem] {
        columns.isEmpty ? [ChartProblem(.invalidStructure, "a flow diagram needs at least one column")] : []
    }

    public func scene(size: Size, theme: Theme, measurer: any TextMeasurer) -> Scene {
        guard problems.isEmpty else { return problemScene(size: size, theme: theme, measurer: measurer) }
        let legend = groups.indices.map { LegendEntry(label: groups[$0], color: theme.color($0)) }
        let frame = ChartFrame(size: size, text: text, legend: legend, theme: theme, measurer: measurer)
        let block = TextBlock(theme: theme, measurer: measurer)
        let body = frame.body
        // Node labels shrink (to 6 pt at least) when a column's rows would otherwise collide.
        let densest = Double(max(2, columns.map(\.count).max() ?? 2) - 1)
        let baseHeight = measurer.metrics(of: "Ag", font: theme.tickFont).height
        let fit = (body.height - baseHeight) / densest / (baseHeight * 1.1)
        let font = Font(size: max(6, min(theme.tickFont.size, theme.tickFont.size * fit)))
        let hubFont = Font(size: theme.tickFont.size + 1, weight: .bold)
        let m = measurer.metrics(of: "Ag", font: font)
        let widths = columns.map { $0.map { measurer.metrics(of: $0, font: font).width }.max() ?? 0 }
        let last = columns.count - 1
        // Outer columns put labels outside their nodes; inner columns draw labelled boxes.
        var nodeX: [Double] = []
        for c in columns.indices {
            if c == 0 {
                nodeX.append(body.minX + widths[0] + 8)
            } else if c == last {
                nodeX.append(body.maxX - widths[c] - 8)
            } else {
                nodeX.append(body.minX + (body.width) * Double(c) / Double(last))
            }
        }
        var position: [String: [Int: Point]] = [:]
        var items: [SceneItem] = []
        var labels: [SceneItem] = []
        for (c, names) in columns.enumerated() {
            let top = body.minY + m.height / 2, bottom = body.maxY - m.height / 2
            for (r, name) in names.enumerated() {
                // A lone node sits a little above the middle, leaving room for the note under it.
                let y =
                    names.count == 1
                    ? (top + bottom) / 2 - (centerNote == nil ? 0 : m.height)
                    : top + (bottom - top) * Double(r) / Double(names.count - 1)
                position[name, default: [:]][c] = Point(x: nodeX[c], y: y)
                if c == 0 || c == last {
                    items.append(
                        .path(.circle(center: Point(x: nodeX[c], y: y), radius: 3.5), .filled(theme.axisColor)))
                    let anchor: TextAnchor = c == 0 ? .end : .start
                    let x = c == 0 ? nodeX[c] - 7 : nodeX[c] + 7
                    labels.append(
                        .text(
                            block.run(
                                name, at: Point(x: x, y: y + m.ascent - m.height / 2), anchor: anchor, font: font,
                                color: theme.textColor)))
                } else {
                    let w = measurer.metrics(of: name, font: hubFont).width + 16
                    let h = m.height + 10
                    items.append(
                        .rect(
                            Rect(x: nodeX[c] - w / 2, y: y - h / 2, width: w, height: h),
                            ShapeStyle(fill: theme.textColor)))
                    labels.append(
                        .text(
                            block.run(
                                name,
                                at: Point(
                                    x: nodeX[c],
                                    y: y + measurer.metrics(of: name, font: hubFont).ascent - m.height / 2 - 0.5),
                                anchor: .middle, font: hubFont, color: .white)))
                    if let note = centerNote {
                        labels += block.lines(
                            note, font: font, color: theme.mutedTextColor, x: nodeX[c], top: y + h / 2 + 4,
                            width: max(w, (nodeX[last] - nodeX[0]) / 2 - 20), anchor: .middle
                        ).runs
                            .flatMap { haloed($0, theme: theme) }
                    }
                }
            }
        }
        // Links between adjacent columns; links sharing both ends are offset so each stays visible.
        var seen: [String: Int] = [:]
        var linkItems: [SceneItem] = []
        for link in links {
            guard let g = groups.firstIndex(of: link.group),
                let (a, b) = endpoints(link, position: position)
            else { continue }
            let key = link.from + "→" + link.to
            let offset = Double(seen[key, default: 0]) * 3.5
            seen[key, default: 0] += 1
            let start = Point(
                x: a.x + (columns.indices.contains(1) && a.x == nodeX[1] ? hubHalfWidth(measurer, hubFont) : 4),
                y: a.y + offset)
            let end = Point(
                x: b.x - (b.x == nodeX[min(1, last)] ? hubHalfWidth(measurer, hubFont) : 4), y: b.y + offset)
            let mid = (start.x + end.x) / 2
            linkItems.append(
                .path(
                    Path([.move(start), .curve(Point(x: mid, y: start.y), Point(x: mid, y: end.y), end)]),
                    ShapeStyle(stroke: StrokeStyle(color: theme.color(g).withAlpha(0.85), width: 2))))
        }
        let summary =
            "Flow diagram. "
            + groups.map { group in
                group + ": "
                    + links.filter { $0.group == group }.map { "\($0.from) to \($0.to)" }.joined(separator: ", ")
            }.joined(separator: ". ") + "."
        return assemble(
            size: size, theme: theme, frame: frame, items: linkItems + items + labels, generatedSummary: summary)
    }

    private func hubHalfWidth(_ measurer: any TextMeasurer, _ font: Font) -> Double {
        (columns.count > 2 ? columns[1].map { measurer.metrics(of: $0, font: font).width }.max() ?? 0 : 0) / 2 + 8
    }

    /// The positions of a link's ends in adjacent columns, left to right.
    private func endpoints(_ link: FlowLink, position: [String: [Int: Point]]) -> (Point, Point)? {
        guard let from = position[link.from], let to = position[link.to] else { return nil }
        for (c, a) in from.sorted(by: { $0.key < $1.key }) {
            if let b = to[c + 1] { return (a, b) }
        }
        return nil
    }
}

/// A link between two nodes of a ``FlowDiagram``.
public struct FlowLink: Sendable, Hashable, Codable {
    /// The node the link starts at.
    public var from: String
    /// The node the link ends at.
    public var to: String
    /// The group (legend entry) the link belongs to.
    public var group: String
    /// A link from `from` to `to` in `group`.
    public init(from: String, to: String, group: String) {
        self.from = from
        self.to = to
        self.group = group
    }
}
