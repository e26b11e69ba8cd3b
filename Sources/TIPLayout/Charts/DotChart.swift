import TIPScene
/// A dot per category on a horizontal value axis; with `lollipop`, a stem joins each dot
/// to zero. Lighter than bars when many categories are compared.
public struct DotChart: Chart, Hashable, Codable {
    /// The category labels down the side, in drawing order.
    public var categories: [String]
    /// One value per category; NaN is a missing value.
    public var values: [Double]
    /// Draw a stem from zero to each dot.
    public var lollipop: Bool
    /// How values print on the axis and the labels.
    public var valueFormat: ValueFormat
    /// Whether each dot carries its value.
    public var showsValueLabels: Bool
    /// Title, subtitle, source and axis titles.
    public var text: ChartText

    /// A dot (or lollipop) chart of one value per category.
    ///
    /// - Precondition: one value per category (decoding checks this and throws instead).
    public init(
        categories: [String], values: [Double], lollipop: Bool = true, valueFormat: ValueFormat = .count,
        showsValueLabels: Bool = true, text: ChartText
    ) {
        precondition(categories.count == values.count, "a dot chart needs one value per category")
        self.categories = categories
        self.values = values
        self.lollipop = lollipop
        self.valueFormat = valueFormat
        self.showsValueLabels = showsValueLabels
        self.text = text
    }

    public var problems: [ChartProblem] {
        (categories.count == values.count
            ? [] : [ChartProblem(.mismatchedLengths, "\(values.count) values for \(categories.count) categories")])
            + axisValueProblems(values)
    }

    public func scene(size: Size, theme: Theme, measurer: any TextMeasurer) -> Scene {
        guard problems.isEmpty else { return problemScene(size: size, theme: theme, measurer: measurer) }
        let frame = ChartFrame(size: size, text: text, legend: [], theme: theme, measurer: measurer)
        let block = TextBlock(theme: theme, measurer: measurer)
        let finite = values.filter(\.isFinite)
        let widest =
            values.map {
                measurer.metrics(of: valueFormat.string($0, locale: theme.numberLocale), font: theme.valueLabelFont)
                    .width
            }.max() ?? 0
        let layout = CartesianLayout(
            body: frame.body, x: .values(lower: finite.min() ?? 0, upper: finite.max() ?? 1, format: valueFormat),
            y: .categories(categories), text: text, headroom: Headroom(x: showsValueLabels ? widest + 10 : 6),
            theme: theme, measurer: measurer)
        guard let xs = layout.x.linear, let band = layout.y.band else {
            return assemble(size: size, theme: theme, frame: frame, items: [], generatedSummary: "")
        }
        let color = theme.color(0)
        var marks: [SceneItem] = []
        for (i, v) in values.enumerated() where v.isFinite {
            let y = band.center(i)
            if lollipop {
                marks.append(
                    .path(
                        .line(from: Point(x: xs(0), y: y), to: Point(x: xs(v), y: y)),
                        ShapeStyle(stroke: StrokeStyle(color: color, width: 2))))
            }
            marks.append(.path(.circle(center: Point(x: xs(v), y: y), radius: 5), .filled(color)))
            if showsValueLabels {
                let m = measurer.metrics(of: "0", font: theme.valueLabelFont)
                let right = v >= 0
                marks.append(
                    .text(
                        block.run(
                            valueFormat.string(v, locale: theme.numberLocale),
                            at: Point(x: xs(v) + (right ? 9 : -9), y: y + m.ascent - m.height / 2),
                            anchor: right ? .start : .end, font: theme.valueLabelFont, color: theme.textColor)))
            }
        }
        let summary =
            "Dot chart. " + zip(categories, values).map { "\($0): \(valueFormat.string($1))" }.joined(separator: ", ")
            + "."
        return assemble(
            size: size, theme: theme, frame: frame, items: layout.gridItems + layout.axisItems + marks,
            generatedSummary: summary)
    }
}
