import TIPScene
/// Adjacent bars over contiguous bins (from ``/TIPStatistics/Histogram``), with optional
/// vertical reference lines such as the mean and median.
public struct HistogramChart: Chart, Hashable, Codable {
    /// `counts.count + 1` increasing bin edges.
    public var edges: [Double]
    /// The number of observations in each bin.
    public var counts: [Int]
    /// Vertical reference lines, such as the mean and the median.
    public var markers: [ReferenceLine]
    /// How bin edges print on the horizontal axis.
    public var valueFormat: ValueFormat
    /// The bars' colour; the palette's first colour when `nil`.
    public var color: Color?
    /// Title, subtitle, source and axis titles.
    public var text: ChartText

    /// A histogram from precomputed bins (see `Histogram` in TIPStatistics).
    ///
    /// - Parameters:
    ///   - edges: `counts.count + 1` strictly increasing, finite edges.
    ///   - counts: observations per bin.
    ///   - markers: reference lines, such as the mean and the median.
    ///   - valueFormat: how the edges print.
    ///   - color: the bars' colour.
    ///   - text: title, subtitle, source and axis titles.
    /// - Precondition: one more edge than counts (decoding checks this and throws instead).
    public init(
        edges: [Double], counts: [Int], markers: [ReferenceLine] = [], valueFormat: ValueFormat = .number(decimals: 0),
        color: Color? = nil, text: ChartText
    ) {
        precondition(
            edges.isEmpty ? counts.isEmpty : edges.count == counts.count + 1,
            "a histogram needs one more edge than counts")
        self.edges = edges
        self.counts = counts
        self.markers = markers
        self.valueFormat = valueFormat
        self.color = color
        self.text = text
    }

    /// More bins than this would be narrower than a pixel on any canvas the tool allows
    /// (10,000 points wide); a binning that asks for more is refused with a message.
    public static let maximumDrawnBins = 2_000

    public var problems: [ChartProblem] {
        let shapeOK = edges.isEmpty ? counts.isEmpty : edges.count == counts.count + 1
        let increasing = zip(edges, edges.dropFirst()).allSatisfy { $0 < $1 } && edges.allSatisfy(\.isFinite)
        return
            (shapeOK
            ? []
            : [
                ChartProblem(
                    .mismatchedLengths,
                    "\(edges.count) edges for \(counts.count) bins; a histogram needs one more edge than bins")
            ])
            + (increasing ? [] : [ChartProblem(.invalidStructure, "bin edges must be finite and strictly increasing")])
            + (increasing && !((edges.last ?? 0) - (edges.first ?? 0)).isFinite
                ? [ChartProblem(.overflow, "the bin edges span a range too wide to draw")] : [])
            + (increasing ? axisValueProblems([edges.first ?? 0, edges.last ?? 0]) : [])
            + (counts.contains { $0 < 0 } ? [ChartProblem(.undrawableValue, "a bin count cannot be negative")] : [])
            + (counts.count > Self.maximumDrawnBins
                ? [
                    ChartProblem(
                        .tooManyElements,
                        "\(counts.count) bins are too many to draw (at most \(Self.maximumDrawnBins)); "
                            + "choose wider bins"
                    )
                ]
                : [])
    }

    public func scene(size: Size, theme: Theme, measurer: any TextMeasurer) -> Scene {
        guard problems.isEmpty else { return problemScene(size: size, theme: theme, measurer: measurer) }
        let frame = ChartFrame(size: size, text: text, legend: [], theme: theme, measurer: measurer)
        let block = TextBlock(theme: theme, measurer: measurer)
        let lo = edges.first ?? 0, hi = edges.last ?? 1
        let markerFont = theme.valueLabelFont
        let lineHeight = measurer.metrics(of: "Ag", font: markerFont).height
        // Marker labels stack in rows above the bars; reserve one row per marker plus the count labels.
        let headroom = lineHeight * Double(markers.count + 1) + 8
        let layout = CartesianLayout(
            body: frame.body,
            x: .values(lower: lo, upper: hi, format: valueFormat, nice: false, includeZero: false),
            y: .values(lower: 0, upper: Double(counts.max() ?? 1), format: .count),
            text: text, headroom: Headroom(y: headroom), theme: theme, measurer: measurer)
        guard let xs = layout.x.linear, let ys = layout.y.linear else {
            return assemble(size: size, theme: theme, frame: frame, items: [], generatedSummary: "")
        }
        let fill = color ?? theme.color(0)
        var marks: [SceneItem] = []
        var labels: [SceneItem] = []
        for (i, count) in counts.enumerated() where count > 0 {
            let x0 = xs(edges[i]), x1 = xs(edges[i + 1])
            let rect = Rect(
                x: x0 + 0.5, y: ys(Double(count)), width: max(0, x1 - x0 - 1), height: ys(0) - ys(Double(count)))
            marks.append(.rect(rect, .filled(fill)))
            do {
                let run = block.run(
                    String(count),
                    at: Point(x: rect.center.x, y: rect.minY - 3 - measurer.metrics(of: "0", font: markerFont).descent),
                    anchor: .middle, font: markerFont, color: theme.textColor)
                labels += haloed(run, theme: theme)
            }
        }
        // Reference lines first, so that the count labels' halos mask them.
        labels = ReferenceLine.place(markers, scale: xs, plot: layout.plot, theme: theme, block: block) + labels
        let summary =
            "Histogram. "
            + counts.indices.map {
                "\(valueFormat.string(edges[$0], decimals: 1))–\(valueFormat.string(edges[$0 + 1], decimals: 1)): "
                    + "\(counts[$0])"
            }
            .joined(separator: ", ") + ". " + markers.map(\.label).joined(separator: "; ") + "."
        return assemble(
            size: size, theme: theme, frame: frame, items: layout.gridItems + marks + layout.axisItems + labels,
            generatedSummary: summary)
    }
}

/// A labelled vertical line at a data value, such as a mean.
public struct ReferenceLine: Sendable, Hashable, Codable {
    /// Where the line is drawn, in data units.
    public var value: Double
    /// The text beside the line ("mean 6.8").
    public var label: String

    /// A reference line at `value` labelled `label`.
    public init(value: Double, label: String) {
        self.value = value
        self.label = label
    }

    /// Dashed lines over the plot and their labels at the top, each label on its own row
    /// so that close values (a mean of 6.8 and a median of 7) never overlap.
    static func place(
        _ lines: [ReferenceLine], scale: LinearScale, plot: Rect, theme: Theme, block: TextBlock
    ) -> [SceneItem] {
        var items: [SceneItem] = []
        let font = Font(size: theme.valueLabelFont.size, weight: .bold)
        let m = block.measurer.metrics(of: "Ag", font: font)
        for (row, line) in lines.enumerated() {
            let x = scale(line.value)
            let color = theme.palette.count > 5 ? theme.palette[5] : theme.textColor
            let baseline = plot.minY + m.ascent + Double(row) * m.height * theme.lineSpacing
            items.append(
                .path(
                    .line(from: Point(x: x, y: baseline + m.descent + 1), to: Point(x: x, y: plot.maxY)),
                    ShapeStyle(stroke: StrokeStyle(color: color, width: 1.5, dash: [4, 3]))))
            // Put the label on the side of the line with more room, inside the plot.
            let width = block.measurer.metrics(of: line.label, font: font).width
            let rightRoom = plot.maxX - x
            let anchor: TextAnchor = rightRoom >= width + 4 ? .start : .end
            let labelX = anchor == .start ? x + 4 : x - 4
            items.append(
                .text(
                    block.run(
                        line.label, at: Point(x: labelX, y: baseline), anchor: anchor, font: font,
                        color: theme.textColor)))
        }
        return items
    }
}
