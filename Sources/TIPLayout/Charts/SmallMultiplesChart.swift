import TIPScene
/// One small line chart per panel (a country, say). Panels fill a grid left to right, top
/// to bottom, and share one value scale so they compare at a glance, unless their largest
/// values differ more than ``SmallMultiplesChart/sharedScaleLimit``-fold: then each panel
/// gets its own scale (a shared one would flatten the small panels), and
/// ``usesSharedScale`` reports it so the caption can say so.
public struct SmallMultiplesChart: Chart, Hashable, Codable {
    /// One small chart: a title and its series over its categories.
    public struct Panel: Sendable, Hashable, Codable {
        /// The panel's title (a country, say), truncated rather than wrapped.
        public var title: String
        /// Categories (years) of this panel.
        public var categories: [String]
        /// The panel's series, each with one value per category.
        public var series: [Series]

        /// A panel titled `title`.
        public init(title: String, categories: [String], series: [Series]) {
            precondition(
                series.allSatisfy { $0.values.count == categories.count }, "each series needs one value per category")
            self.title = title
            self.categories = categories
            self.series = series
        }
    }

    /// The panels, in reading order.
    public var panels: [Panel]
    /// How values print on every panel's axis.
    public var valueFormat: ValueFormat
    /// Title, subtitle and source of the whole chart.
    public var text: ChartText

    /// Panels whose largest values differ by more than this factor get their own scales.
    public static let sharedScaleLimit = 10.0

    /// Whether the panels share one value scale: true unless their largest values differ
    /// more than ``sharedScaleLimit``-fold.
    public var usesSharedScale: Bool {
        let maxima = panels.map { $0.series.flatMap(\.values).filter(\.isFinite).map(abs).max() ?? 0 }.filter { $0 > 0 }
        guard let lo = maxima.min(), let hi = maxima.max() else { return true }
        return hi / lo <= Self.sharedScaleLimit
    }

    /// A grid of `panels`, sharing one scale unless their maxima differ more than ``sharedScaleLimit``-fold.
    ///
    /// - Precondition: every series has one value per category of its panel (decoding checks this and throws instead).
    public init(panels: [Panel], valueFormat: ValueFormat = .count, text: ChartText) {
        self.panels = panels
        self.valueFormat = valueFormat
        self.text = text
    }

    /// Columns for `n` panels in a `width × height` area: the grid whose cells are closest to 4:3.
    static func columns(for n: Int, width: Double, height: Double) -> Int {
        guard n > 1 else { return 1 }
        return (1...n).min { a, b in
            func misfit(_ c: Int) -> Double {
                let rows = Double((n + c - 1) / c)
                let aspect = (width / Double(c)) / (height / rows)
                return abs(aspect - 4.0 / 3.0) + (Double(c) * rows - Double(n)) * 0.05
            }
            return misfit(a) < misfit(b)
        } ?? 1
    }

    /// More panels than this cannot keep their titles and ticks apart on any canvas we allow.
    public static let maximumPanels = 24

    public var problems: [ChartProblem] {
        panels.flatMap { panel in
            panel.series.filter { $0.values.count != panel.categories.count }
                .map {
                    ChartProblem(
                        .mismatchedLengths,
                        "panel '\(panel.title)': series '\($0.name)' has \($0.values.count) values for "
                            + "\(panel.categories.count) categories")
                }
        } + axisValueProblems(panels.flatMap { $0.series.flatMap(\.values) })
            + (panels.count > Self.maximumPanels
                ? [
                    ChartProblem(
                        .tooManyElements,
                        "\(panels.count) panels are too many for one chart (at most \(Self.maximumPanels)); "
                            + "filter with --country or --metric")
                ] : [])
    }

    /// The series names across the panels, in the order they first appear.
    var seriesNames: [String] {
        panels.flatMap { $0.series.map(\.name) }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    }

    /// The colour of the series `name`, the `index`-th of ``seriesNames``: its swatch and its
    /// marks get the series' own colour where a panel gives one, else the palette's.
    func color(ofSeries name: String, at index: Int, theme: Theme) -> Color {
        panels.lazy.flatMap(\.series).first { $0.name == name && $0.color != nil }?.color ?? theme.color(index)
    }

    public func scene(size: Size, theme: Theme, measurer: any TextMeasurer) -> Scene {
        guard problems.isEmpty else { return problemScene(size: size, theme: theme, measurer: measurer) }
        let names = seriesNames
        let nameColor = { (i: Int) -> Color in self.color(ofSeries: names[i], at: i, theme: theme) }
        let legend = names.count > 1 ? names.indices.map { LegendEntry(label: names[$0], color: nameColor($0)) } : []
        let frame = ChartFrame(size: size, text: text, legend: legend, theme: theme, measurer: measurer)
        let block = TextBlock(theme: theme, measurer: measurer)
        let values = panels.flatMap { $0.series.flatMap(\.values) }.filter(\.isFinite)
        let (lo, hi) = (values.min() ?? 0, values.max() ?? 1)
        let columns = Self.columns(for: panels.count, width: frame.body.width, height: frame.body.height)
        let rows = max(1, (panels.count + columns - 1) / columns)
        let gap = 14.0
        let cellWidth = (frame.body.width - gap * Double(columns - 1)) / Double(columns)
        let cellHeight = (frame.body.height - gap * Double(rows - 1)) / Double(rows)
        var items: [SceneItem] = []
        let titleFont = Font(size: theme.axisTitleFont.size, weight: .bold)
        for (index, panel) in panels.enumerated() {
            let cell = Rect(
                x: frame.body.minX + Double(index % columns) * (cellWidth + gap),
                y: frame.body.minY + Double(index / columns) * (cellHeight + gap), width: cellWidth, height: cellHeight)
            // One line, cut with an ellipsis: a long region name never wraps over the panel.
            let name = truncated(panel.title, font: titleFont, width: cell.width, measurer: measurer)
            let title = block.run(
                name, at: Point(x: cell.minX, y: cell.minY + measurer.metrics(of: name, font: titleFont).ascent),
                font: titleFont, color: theme.textColor)
            items.append(.text(title))
            let titleBottom = cell.minY + title.metrics.height * theme.lineSpacing
            let body = Rect(
                x: cell.minX, y: titleBottom + 2, width: cell.width, height: max(10, cell.maxY - titleBottom - 2))
            let chart = LineChart(
                x: .categories(panel.categories),
                series: panel.series.map { s in
                    var s = s
                    s.color = s.color ?? theme.color(names.firstIndex(of: s.name) ?? 0)
                    return s
                }, valueFormat: valueFormat, text: ChartText(title: ""))
            let own = panel.series.flatMap(\.values).filter(\.isFinite)
            let (panelLo, panelHi) = usesSharedScale ? (lo, hi) : (own.min() ?? 0, own.max() ?? 1)
            items += chart.panelItems(
                in: body, lower: panelLo, upper: panelHi, theme: theme, measurer: measurer,
                avoiding: [title.bounds.insetBy(-1)])
        }
        let summary =
            "Small multiples, one panel per \(panels.count == 1 ? "group" : "group of \(panels.count)"): "
            + panels.map { p in
                p.title + " ("
                    + p.series.map { s in "\(s.name) " + s.values.map { valueFormat.string($0) }.joined(separator: ", ")
                    }.joined(separator: "; ") + ")"
            }
            .joined(separator: "; ") + "."
        return assemble(size: size, theme: theme, frame: frame, items: items, generatedSummary: summary)
    }
}
