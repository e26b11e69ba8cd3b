import TIPScene
import TIPStatistics
/// Bars for values by category: one series, grouped series, or stacked series
/// (absolute or 100 %), vertical or horizontal.
///
/// ```swift
/// let chart = BarChart(categories: ["2006", "2007"],
///                      series: [Series(name: "Convictions", values: [1, 19])],
///                      text: ChartText(title: "Convictions", source: "Source: …"))
/// let scene = chart.scene(size: Size(width: 640, height: 400), measurer: measurer)
/// ```
public struct BarChart: Chart, Hashable, Codable {
    /// Which way bars grow: up from the category axis, or right from it (long category names
    /// read best horizontally).
    public enum Orientation: String, Sendable, Hashable, Codable {
        /// Bars grow upwards from categories along the bottom.
        case vertical
        /// Bars grow rightwards from categories down the side.
        case horizontal
    }
    /// How several series share a category: side by side, stacked, or stacked to 100 %.
    public enum Mode: String, Sendable, Hashable, Codable {
        /// Side by side within each category.
        case grouped
        /// Stacked: the bar's length is the category's total.
        case stacked
        /// Stacked and scaled so each category adds up to 100 %.
        case stackedPercent
    }

    /// The category labels along the band axis, in drawing order (years are categories: "2006", "2007").
    public var categories: [String]
    /// The series drawn; each has one value per category. NaN is a missing value, labelled "n/a".
    public var series: [Series]
    /// Vertical (the default) or horizontal bars.
    public var orientation: Orientation
    /// Grouped, stacked or 100 % stacked, for several series.
    public var mode: Mode
    /// How values print on the value axis and the value labels.
    public var valueFormat: ValueFormat
    /// Whether each bar carries its value.
    public var showsValueLabels: Bool
    /// With one series, colour each bar by its category instead of one colour.
    public var colorsByCategory: Bool
    /// Draw the percent change between consecutive bars of a single series (e.g. "+1,800%").
    public var annotatesChange: Bool
    /// Replaces the formatted value labels, per series and category ("nearly $35,000").
    public var valueLabels: [[String]]?
    /// Title, subtitle, source and axis titles.
    public var text: ChartText

    /// A bar chart of `series` over `categories`.
    ///
    /// - Parameters:
    ///   - categories: the band-axis labels, in order.
    ///   - series: one or more series, each with one value per category.
    ///   - orientation: vertical (default) or horizontal bars.
    ///   - mode: grouped (default), stacked, or stacked to 100 %.
    ///   - valueFormat: how values print (whole counts by default).
    ///   - showsValueLabels: label each bar with its value.
    ///   - colorsByCategory: with one series, give each category its own colour.
    ///   - annotatesChange: with one series, annotate the change between neighbouring bars ("+1,800%").
    ///   - valueLabels: replacement labels, one per value of every series ("nearly $35,000").
    ///   - text: title, subtitle, source and axis titles.
    /// - Precondition: every series has one value per category (decoding checks this and throws instead).
    public init(
        categories: [String], series: [Series], orientation: Orientation = .vertical, mode: Mode = .grouped,
        valueFormat: ValueFormat = .count, showsValueLabels: Bool = true, colorsByCategory: Bool = false,
        annotatesChange: Bool = false, valueLabels: [[String]]? = nil, text: ChartText
    ) {
        precondition(
            series.allSatisfy { $0.values.count == categories.count }, "each series needs one value per category")
        self.categories = categories
        self.series = series
        self.orientation = orientation
        self.mode = mode
        self.valueFormat = valueFormat
        self.showsValueLabels = showsValueLabels
        self.colorsByCategory = colorsByCategory
        self.annotatesChange = annotatesChange
        self.valueLabels = valueLabels
        self.text = text
    }

    /// The value each segment represents after the mode is applied (percent of the
    /// category total for `.stackedPercent`). NaN marks a missing value: no bar, labelled "n/a".
    func plottedValues() -> [[Double]] {
        guard mode == .stackedPercent else { return series.map(\.values) }
        let totals = categories.indices.map { c in
            series.reduce(0) { $0 + ($1.values[c].isFinite ? abs($1.values[c]) : 0) }
        }
        return series.map { s in s.values.indices.map { totals[$0] == 0 ? 0 : 100 * s.values[$0] / totals[$0] } }
    }

    func color(series s: Int, category c: Int, theme: Theme) -> Color {
        if let color = series[s].color { return color }
        return colorsByCategory && series.count == 1 ? theme.color(c) : theme.color(s)
    }

    /// Why the chart cannot be drawn: mismatched lengths, infinite values, stacked sums or spans
    /// beyond a double. Empty when it can.
    public var problems: [ChartProblem] {
        var found: [ChartProblem] = []
        for s in series where s.values.count != categories.count {
            found.append(
                ChartProblem(
                    .mismatchedLengths,
                    "series '\(s.name)' has \(s.values.count) values for \(categories.count) categories"))
        }
        for s in series where (s.censored?.count ?? s.values.count) != s.values.count {
            found.append(
                ChartProblem(
                    .mismatchedLengths,
                    "series '\(s.name)' has \(s.censored?.count ?? 0) censored flags for \(s.values.count) values"))
        }
        if let labels = valueLabels,
            labels.count != series.count || zip(labels, series).contains(where: { $0.count != $1.values.count })
        {
            found.append(ChartProblem(.mismatchedLengths, "valueLabels must have one label per value of every series"))
        }
        guard found.isEmpty else { return found }
        found += drawableValueProblems(series.flatMap(\.values))
        guard found.isEmpty else { return found }
        let extent = BarGeometry.extent(values: plottedValues(), stacked: mode != .grouped)
        if !(extent.upper - extent.lower).isFinite {
            found.append(
                ChartProblem(
                    .overflow,
                    mode == .grouped
                        ? "the values span a range too wide to draw"
                        : "the stacked values add up to more than the largest double-precision number"))
        }
        if found.isEmpty { found += axisValueProblems([extent.lower, extent.upper]) }
        return found
    }

    /// Lays the chart out on a canvas of `size` points, measuring text with `measurer`.
    public func scene(size: Size, theme: Theme, measurer: any TextMeasurer) -> Scene {
        guard problems.isEmpty else { return problemScene(size: size, theme: theme, measurer: measurer) }
        let values = plottedValues()
        let legend =
            series.count > 1
            ? series.indices.map {
                LegendEntry(label: series[$0].name, color: color(series: $0, category: 0, theme: theme))
            } : []
        let frame = ChartFrame(size: size, text: text, legend: legend, theme: theme, measurer: measurer)
        let format: ValueFormat = mode == .stackedPercent ? .percent(decimals: 0) : valueFormat
        let extent = BarGeometry.extent(values: values, stacked: mode != .grouped)
        let valueAxis = AxisRequest.values(lower: extent.lower, upper: extent.upper, format: format)
        let categoryAxis = AxisRequest.categories(categories)
        let labelFont = theme.valueLabelFont
        let sampleLabel = measurer.metrics(of: format.string(extent.upper, locale: theme.numberLocale), font: labelFont)
        let wideLabel =
            allLabels(values: values, format: format, locale: theme.numberLocale).map {
                measurer.metrics(of: $0, font: labelFont).width
            }.max() ?? 0
        let room =
            showsValueLabels || annotatesChange
            ? (orientation == .vertical ? sampleLabel.height * (annotatesChange ? 2.6 : 1) + 6 : wideLabel + 8) : 0
        let headroom = orientation == .vertical ? Headroom(y: room) : Headroom(x: room)
        let layout =
            orientation == .vertical
            ? CartesianLayout(
                body: frame.body, x: categoryAxis, y: valueAxis, text: text, headroom: headroom, theme: theme,
                measurer: measurer)
            : CartesianLayout(
                body: frame.body, x: valueAxis, y: categoryAxis, text: text, headroom: headroom, theme: theme,
                measurer: measurer)
        let geometry = BarGeometry(chart: self, values: values, layout: layout)
        var marks: [SceneItem] = []
        var labels: [SceneItem] = []
        let block = TextBlock(theme: theme, measurer: measurer)
        for bar in geometry.bars {
            let fill = color(series: bar.series, category: bar.category, theme: theme)
            guard bar.value.isFinite else {
                // Missing: no bar, and say so rather than draw a zero.
                if let run = geometry.label("n/a", for: bar, fill: fill, stacked: false, theme: theme, block: block) {
                    labels.append(.text(run))
                }
                continue
            }
            let censored = series[bar.series].isCensored(bar.category)
            marks.append(
                .rect(
                    bar.rect,
                    censored
                        ? ShapeStyle(
                            fill: fill.withAlpha(0.12), stroke: StrokeStyle(color: fill, width: 1.2, dash: [3, 2]))
                        : .filled(fill)))
            guard showsValueLabels else { continue }
            let formatted =
                mode == .stackedPercent
                ? format.string(bar.value, locale: theme.numberLocale)
                : valueFormat.string(series[bar.series].values[bar.category], locale: theme.numberLocale)
            let label = valueLabels?[bar.series][bar.category] ?? (censored ? "<" + formatted : formatted)
            if let run = geometry.label(
                label, for: bar, fill: fill, stacked: mode != .grouped, theme: theme, block: block)
            {
                labels.append(.text(run))
            }
        }
        if annotatesChange, series.count == 1 {
            labels += geometry.changeAnnotations(values: series[0].values, theme: theme, block: block)
        }
        let summary =
            "Bar chart. "
            + series.map { s in
                s.name + ": "
                    + zip(categories, s.values).map { "\($0) \(valueFormat.string($1))" }.joined(separator: ", ")
            }.joined(separator: "; ") + "."
        return assemble(
            size: size, theme: theme, frame: frame,
            items: layout.gridItems + marks + layout.axisItems + labels, generatedSummary: summary)
    }

    private func allLabels(values: [[Double]], format: ValueFormat, locale: NumberLocale?) -> [String] {
        if let valueLabels { return valueLabels.flatMap { $0 } }
        return mode == .stackedPercent
            ? values.flatMap { $0.map { format.string($0, locale: locale) } }
            : series.flatMap { $0.values.map { valueFormat.string($0, locale: locale) } }
    }
}
