import TIPScene
/// Lines through values, one per series, over categories (years) or numeric x values.
///
/// A NaN value is a gap: the line breaks there and no point is invented. Series are kept
/// in data units in the scene (``/TIPScene/Polyline``), so a series of a million points is stored
/// once, whatever the number of layers. Markers are drawn for up to
/// ``LineChart/markerLimit`` points per series; above that, only at points no line passes
/// through (a value between two gaps) and at censored values, so no value ever vanishes.
public struct LineChart: Chart, Hashable, Codable {
    /// The horizontal axis: categories (years as labels) or numeric positions.
    public enum XAxis: Sendable, Hashable, Codable {
        /// Categories such as years, evenly spaced; values[i] belongs to category i.
        case categories([String])
        /// Numeric x positions shared by every series.
        case values([Double], format: ValueFormat)

        var count: Int {
            switch self {
            case let .categories(names): names.count
            case let .values(xs, _): xs.count
            }
        }
    }

    /// The horizontal positions the values sit at.
    public var x: XAxis
    /// The lines; each has one value per x position. NaN breaks the line.
    public var series: [Series]
    /// Whether points get markers (only up to ``markerLimit`` points per series).
    public var showsMarkers: Bool
    /// How values print on the value axis.
    public var valueFormat: ValueFormat
    /// Keep 0 on the value axis (true for counts).
    public var includesZero: Bool
    /// Title, subtitle, source and axis titles.
    public var text: ChartText

    /// Above this many points a series is drawn as a line without markers.
    public static let markerLimit = 200

    /// A line chart of `series` over `x`.
    ///
    /// - Parameters:
    ///   - x: categories or numeric positions.
    ///   - series: one or more series, each with one value per position; NaN leaves a gap.
    ///   - showsMarkers: draw a marker at each point (short series only).
    ///   - valueFormat: how values print (whole counts by default).
    ///   - includesZero: start the value axis at zero.
    ///   - text: title, subtitle, source and axis titles.
    /// - Precondition: every series has one value per x position (decoding checks this and throws instead).
    public init(
        x: XAxis, series: [Series], showsMarkers: Bool = true, valueFormat: ValueFormat = .count,
        includesZero: Bool = true, text: ChartText
    ) {
        precondition(series.allSatisfy { $0.values.count == x.count }, "each series needs one value per x")
        self.x = x
        self.series = series
        self.showsMarkers = showsMarkers
        self.valueFormat = valueFormat
        self.includesZero = includesZero
        self.text = text
    }

    public var problems: [ChartProblem] {
        series.filter { $0.values.count != x.count || ($0.censored?.count ?? $0.values.count) != $0.values.count }
            .map {
                ChartProblem(
                    .mismatchedLengths,
                    "series '\($0.name)' has \($0.values.count) values (and \($0.censored?.count ?? $0.values.count) "
                        + "censored flags) for \(x.count) x positions")
            }
            + axisValueProblems(series.flatMap(\.values)) + xValueProblems
    }

    /// The problems of numeric x positions, which lie along an axis too.
    private var xValueProblems: [ChartProblem] {
        if case let .values(xs, _) = x { return axisValueProblems(xs) }
        return []
    }

    /// Lays the chart out on a canvas of `size` points, measuring text with `measurer`.
    public func scene(size: Size, theme: Theme, measurer: any TextMeasurer) -> Scene {
        guard problems.isEmpty else { return problemScene(size: size, theme: theme, measurer: measurer) }
        let legend =
            series.count > 1
            ? series.indices.map { LegendEntry(label: series[$0].name, color: series[$0].color ?? theme.color($0)) }
            : []
        let frame = ChartFrame(size: size, text: text, legend: legend, theme: theme, measurer: measurer)
        let (lo, hi) = finiteExtent(series.map(\.values))
        let items = panelItems(in: frame.body, lower: lo, upper: hi, theme: theme, measurer: measurer, text: text)
        let summary =
            "Line chart with \(series.count) series over \(x.count) points. "
            + series.map {
                "\($0.name): from \(valueFormat.string($0.values.first ?? .nan)) to "
                    + "\(valueFormat.string($0.values.last ?? .nan))"
            }
            .joined(separator: "; ") + "."
        return assemble(size: size, theme: theme, frame: frame, items: items, generatedSummary: summary)
    }

    /// Axes and lines inside `body`, with the value axis covering at least `lower...upper`
    /// (small multiples pass the range of all panels, so they share one scale).
    func panelItems(
        in body: Rect, lower lo: Double, upper hi: Double, theme: Theme, measurer: any TextMeasurer,
        text: ChartText = ChartText(title: ""), avoiding: [Rect] = []
    ) -> [SceneItem] {
        let xRequest: AxisRequest =
            switch x {
            case let .categories(names): .categories(names)
            case let .values(xs, format):
                .values(lower: xs.min() ?? 0, upper: xs.max() ?? 1, format: format, nice: true, includeZero: false)
            }
        let layout = CartesianLayout(
            body: body, x: xRequest,
            y: .values(lower: lo, upper: hi, format: valueFormat, nice: true, includeZero: includesZero),
            text: text, theme: theme, measurer: measurer)
        guard let ys = layout.y.linear else { return [] }
        let (xFactor, xOffset, xData): (Double, Double, [Double]) =
            switch (x, layout.x) {
            case let (.categories(names), .band(band)): (band.step, band.center(0), names.indices.map(Double.init))
            case let (.values(xs, _), .linear(scale, _, _, _, _)): (scale.affine.factor, scale.affine.offset, xs)
            default: (1, 0, [])
            }
        var marks: [SceneItem] = []
        // Censored labels go where they clear every label placed before them, the axis labels
        // and `avoiding` (such as a panel's title), inside the body.
        var placedLabels = avoiding
        for case let .text(run) in layout.axisItems { placedLabels.append(run.bounds.insetBy(-1)) }
        var censoredAt: [Int: Int] = [:]
        for (i, s) in series.enumerated() {
            let color = s.color ?? theme.color(i)
            let stroke = StrokeStyle(color: color, width: 2, cap: .round)
            // A censored value is a bound, not a point on the line: the line breaks there.
            let lineValues =
                s.censored == nil ? s.values : s.values.indices.map { s.isCensored($0) ? .nan : s.values[$0] }
            for segment in Self.segments(lineValues) {
                let xsPart = segment == s.values.indices ? xData : Array(xData[segment])
                let ysPart = segment == s.values.indices ? lineValues : Array(lineValues[segment])
                // Denser than the canvas: keep what shows (M4), so a million points draw as a few thousand.
                marks.append(
                    .polyline(
                        Polyline(
                            xs: xsPart, ys: ysPart, scaleX: xFactor, offsetX: xOffset,
                            scaleY: ys.affine.factor, offsetY: ys.affine.offset
                        ).decimated(columnWidth: Self.decimationColumn), stroke))
            }
            // Every marker of a short series; in any series, the points no line passes
            // through (a value between gaps) and the censored bounds, which would otherwise vanish.
            let allMarkers = showsMarkers && s.values.count <= Self.markerLimit
            let marked = allMarkers ? Array(s.values.indices) : Self.pointsWithoutLine(lineValues, censored: s)
            if !marked.isEmpty {
                for j in marked where s.values[j].isFinite {
                    let v = s.values[j]
                    var center = Point(x: xData[j] * xFactor + xOffset, y: ys(v))
                    if s.isCensored(j) {
                        // Several series censored at one position: each marker steps 7 points right
                        // of the previous one, so none hides another.
                        center.x += 7 * Double(censoredAt[j, default: 0])
                        censoredAt[j, default: 0] += 1
                        marks.append(
                            .path(
                                .circle(center: center, radius: 3.2),
                                ShapeStyle(fill: theme.background, stroke: StrokeStyle(color: color, width: 1.5))))
                        let block = TextBlock(theme: theme, measurer: measurer)
                        let run = block.run(
                            "<" + valueFormat.string(v, locale: theme.numberLocale),
                            at: Point(x: center.x, y: center.y - 7), anchor: .middle,
                            font: theme.valueLabelFont, color: color)
                        let box = run.bounds.insetBy(-1)
                        let inside = box.minX >= body.minX && box.maxX <= body.maxX && box.minY >= body.minY
                        if inside, !placedLabels.contains(where: { $0.overlaps(box) }) {
                            marks += haloed(run, theme: theme)
                            placedLabels.append(box)
                        }
                    } else {
                        marks.append(
                            .path(
                                .circle(center: center, radius: 3.2),
                                ShapeStyle(fill: color, stroke: StrokeStyle(color: theme.background, width: 1))))
                    }
                }
            }
        }
        // No clip: the value domain always covers the data, and a clip could cut a "<5" label.
        return layout.gridItems + marks + layout.axisItems
    }

    /// Lines are decimated to columns this wide, in points: one pixel at scale 2.
    static let decimationColumn = 0.5

    /// The positions a line cannot show: finite values with no finite neighbour (a
    /// one-point segment draws nothing), and censored values (the line breaks there).
    ///
    /// - Complexity: O(n).
    static func pointsWithoutLine(_ lineValues: [Double], censored series: Series) -> [Int] {
        lineValues.indices.filter { i in
            if series.isCensored(i) { return series.values[i].isFinite }
            guard lineValues[i].isFinite else { return false }
            let before = i > 0 && lineValues[i - 1].isFinite
            let after = i + 1 < lineValues.count && lineValues[i + 1].isFinite
            return !before && !after
        }
    }

    /// The index ranges of runs of finite values.
    static func segments(_ values: [Double]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start: Int?
        for (i, v) in values.enumerated() {
            if v.isFinite { if start == nil { start = i } } else if let s = start { result.append(s..<i); start = nil }
        }
        if let s = start { result.append(s..<values.count) }
        return result
    }
}
