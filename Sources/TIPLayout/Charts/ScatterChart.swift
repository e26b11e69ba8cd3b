import TIPScene

/// Points at (x, y), one colour per group: sentences against convictions, values against
/// years, or a simulation's draws.
///
/// Each group becomes one ``/TIPScene/MarkerSet``, which the PNG renderer stamps instead of
/// tracing a path per point, so 100,000 points draw in milliseconds. Dense groups get
/// smaller, translucent dots, so that overplotting shows as darker areas instead of a solid
/// blot. A point with a NaN coordinate is missing and not drawn.
public struct ScatterChart: Chart, Hashable, Codable {
    /// One group of points.
    public struct Group: Sendable, Hashable, Codable {
        /// The group's name in the legend.
        public var name: String
        /// Horizontal positions.
        public var xs: [Double]
        /// Vertical positions, one per x.
        public var ys: [Double]
        /// Overrides the palette colour.
        public var color: Color?

        /// A group of points (xs[i], ys[i]).
        ///
        /// - Precondition: as many ys as xs (decoding checks this and throws instead).
        public init(name: String, xs: [Double], ys: [Double], color: Color? = nil) {
            precondition(xs.count == ys.count, "a scatter group needs one y per x")
            self.name = name
            self.xs = xs
            self.ys = ys
            self.color = color
        }
    }

    /// The groups, drawn in order (later groups on top).
    public var groups: [Group]
    /// How x values print.
    public var xFormat: ValueFormat
    /// How y values print.
    public var yFormat: ValueFormat
    /// Keep 0 on both axes.
    public var includesZero: Bool
    /// Title, subtitle, source and axis titles (name both axes: a scatter has no other key).
    public var text: ChartText

    /// A scatter chart of `groups`.
    ///
    /// - Precondition: each group has as many ys as xs.
    public init(
        groups: [Group], xFormat: ValueFormat = .number(decimals: 0), yFormat: ValueFormat = .number(decimals: 0),
        includesZero: Bool = false, text: ChartText
    ) {
        self.groups = groups
        self.xFormat = xFormat
        self.yFormat = yFormat
        self.includesZero = includesZero
        self.text = text
    }

    public var problems: [ChartProblem] {
        groups.filter { $0.xs.count != $0.ys.count }.map {
            ChartProblem(
                .mismatchedLengths, "group '\($0.name)' has \($0.xs.count) x values and \($0.ys.count) y values")
        } + axisValueProblems(groups.flatMap(\.xs)) + axisValueProblems(groups.flatMap(\.ys))
    }

    /// The dot radius in points for a chart of `count` points: 3.5 up to 500 points, then
    /// 3.5 · (500 / count)^¼ to a tenth of a point, and never below 1.2.
    public static func markerRadius(forCount count: Int) -> Double {
        guard count > 500 else { return 3.5 }
        let radius = 3.5 * (500 / Double(count)).squareRoot().squareRoot()
        return max(1.2, (radius * 10).rounded() / 10)
    }

    /// The dots' opacity: opaque up to 500 points, 0.35 from 20,000 points.
    public static func markerOpacity(forCount count: Int) -> Double {
        guard count > 500 else { return 1 }
        return max(0.35, 1 - 0.65 * (Double(count) - 500) / 19_500)
    }

    public func scene(size: Size, theme: Theme, measurer: any TextMeasurer) -> Scene {
        guard problems.isEmpty else { return problemScene(size: size, theme: theme, measurer: measurer) }
        let legend =
            groups.count > 1
            ? groups.indices.map { LegendEntry(label: groups[$0].name, color: groups[$0].color ?? theme.color($0)) }
            : []
        let frame = ChartFrame(size: size, text: text, legend: legend, theme: theme, measurer: measurer)
        let (x, y) = (finiteExtent(groups.map(\.xs)), finiteExtent(groups.map(\.ys)))
        let layout = CartesianLayout(
            body: frame.body,
            x: .values(lower: x.lower, upper: x.upper, format: xFormat, nice: true, includeZero: includesZero),
            y: .values(lower: y.lower, upper: y.upper, format: yFormat, nice: true, includeZero: includesZero),
            text: text, theme: theme, measurer: measurer)
        guard let xScale = layout.x.linear, let yScale = layout.y.linear else { return Scene(size: size) }
        let total = groups.reduce(0) { $0 + $1.xs.count }
        let radius = Self.markerRadius(forCount: total), opacity = Self.markerOpacity(forCount: total)
        var marks: [SceneItem] = []
        for (i, group) in groups.enumerated() {
            var points: [Point] = []
            points.reserveCapacity(group.xs.count)
            let (xf, xo) = (xScale.affine.factor, xScale.affine.offset)
            let (yf, yo) = (yScale.affine.factor, yScale.affine.offset)
            for j in group.xs.indices where group.xs[j].isFinite && group.ys[j].isFinite {
                points.append(Point(x: group.xs[j] * xf + xo, y: group.ys[j] * yf + yo))
            }
            let color = (group.color ?? theme.color(i)).withAlpha(opacity)
            // Sparse dots get a thin outline in the background colour, so touching dots stay apart.
            let style =
                opacity < 1
                ? ShapeStyle.filled(color)
                : ShapeStyle(fill: color, stroke: StrokeStyle(color: theme.background, width: 0.8))
            marks.append(.markers(MarkerSet(points: points, radius: radius, style: style)))
        }
        let summary =
            "Scatter chart of \(total) points in \(groups.count) group\(groups.count == 1 ? "" : "s"). "
            + groups.map { "\($0.name): \($0.xs.count) points" }.joined(separator: "; ") + "."
        let clipped = SceneItem.group(clip: layout.plot.insetBy(-radius - 1), items: marks)
        return assemble(
            size: size, theme: theme, frame: frame, items: layout.gridItems + [clipped] + layout.axisItems,
            generatedSummary: summary)
    }
}
