import TIPScene
import RealModule
import TIPStatistics

/// Parts of a whole as a ring (or a pie when `innerRadiusRatio` is 0), with each slice's
/// share on it, and the total in the centre.
///
/// The legend lists each slice with its count and share; shares are rounded by largest
/// remainder so they add up to exactly 100 %.
public struct DonutChart: Chart, Hashable, Codable {
    /// The slices in drawing order, clockwise from the top.
    public var slices: [DonutSlice]
    /// Inner radius over outer radius, 0 for a pie.
    public var innerRadiusRatio: Double
    /// How slice values print in the legend.
    public var valueFormat: ValueFormat
    /// A word under the total in the centre ("victims").
    public var centerLabel: String?
    /// Title, subtitle, source and axis titles.
    public var text: ChartText

    /// A donut (or a pie, with `innerRadiusRatio: 0`) of `slices`.
    ///
    /// - Parameters:
    ///   - slices: labelled, non-negative values.
    ///   - innerRadiusRatio: the hole as a fraction of the radius.
    ///   - valueFormat: how values print in the legend.
    ///   - centerLabel: a caption under the total in the hole.
    ///   - text: title, subtitle and source.
    public init(
        slices: [DonutSlice], innerRadiusRatio: Double = 0.56, valueFormat: ValueFormat = .count,
        centerLabel: String? = nil, text: ChartText
    ) {
        self.slices = slices
        self.innerRadiusRatio = innerRadiusRatio
        self.valueFormat = valueFormat
        self.centerLabel = centerLabel
        self.text = text
    }

    public var problems: [ChartProblem] {
        let values = slices.map(\.value)
        var found = drawableValueProblems(values)
        if values.contains(where: { $0 < 0 }) {
            found.append(ChartProblem(.undrawableValue, "a donut cannot show negative values"))
        }
        if found.isEmpty, !compensatedSum(values).isFinite {
            found.append(ChartProblem(.overflow, "the slices add up to more than the largest double-precision number"))
        }
        return found
    }

    public func scene(size: Size, theme: Theme, measurer: any TextMeasurer) -> Scene {
        guard problems.isEmpty else { return problemScene(size: size, theme: theme, measurer: measurer) }
        let shares = try? Shares(slices.map(\.value))
        let labels =
            shares?.roundedPercentages(decimals: 1).map {
                ValueFormat.percent(decimals: $0.decimals).string($0.value, locale: theme.numberLocale)
            } ?? slices.map { _ in "n/a" }
        let legend = slices.indices.map { i in
            let value = valueFormat.string(slices[i].value, locale: theme.numberLocale)
            return LegendEntry(label: "\(slices[i].label): \(value) (\(labels[i]))", color: theme.color(i))
        }
        let frame = ChartFrame(size: size, text: text, legend: legend, theme: theme, measurer: measurer)
        let block = TextBlock(theme: theme, measurer: measurer)
        let body = frame.body
        let labelFont = Font(size: theme.valueLabelFont.size, weight: .bold)
        let lineHeight = measurer.metrics(of: "Ag", font: labelFont).height
        // Leave a label's height around the ring for slices too thin to hold their label.
        let outer = max(4, min(body.width, body.height) / 2 - lineHeight - 4)
        let inner = outer * min(max(innerRadiusRatio, 0), 0.9)
        let center = body.center
        var items: [SceneItem] = []
        var angle = -Double.pi / 2
        let total = shares?.total ?? 0
        for (i, slice) in slices.enumerated() where total > 0 && slice.value > 0 {
            let sweep = 2 * .pi * slice.value / total
            let end = angle + sweep
            var path: [Path.Element] = [.arc(center: center, radius: outer, start: angle, end: end)]
            path +=
                inner > 0
                ? [.arcNegative(center: center, radius: inner, start: end, end: angle), .close]
                : [.line(center), .close]
            items.append(
                .path(
                    Path(path),
                    ShapeStyle(fill: theme.color(i), stroke: StrokeStyle(color: theme.background, width: 1.5))))
            let middle = angle + sweep / 2
            let m = measurer.metrics(of: labels[i], font: labelFont)
            let ringRadius = (outer + inner) / 2
            let chord = 2 * ringRadius * Double.sin(min(sweep, .pi) / 2)
            let fitsInside = chord >= m.width + 6 && (outer - inner >= m.height + 4 || inner == 0)
            let r = fitsInside ? ringRadius : outer + 4 + max(m.width, m.height) / 2
            let p = Point(
                x: center.x + r * Double.cos(middle), y: center.y + r * Double.sin(middle) + m.ascent - m.height / 2)
            items.append(
                .text(
                    block.run(
                        labels[i], at: p, anchor: .middle, font: labelFont,
                        color: fitsInside ? labelColor(on: theme.color(i), theme: theme) : theme.textColor)))
            angle = end
        }
        if inner > 0, total > 0 {
            let totalFont = Font(size: min(theme.titleFont.size * 1.6, inner * 0.6), weight: .bold)
            let totalText = valueFormat.string(total, locale: theme.numberLocale)
            let tm = measurer.metrics(of: totalText, font: totalFont)
            let caption = centerLabel.map {
                block.run(
                    $0, at: .init(x: center.x, y: 0), anchor: .middle, font: theme.subtitleFont,
                    color: theme.mutedTextColor)
            }
            let captionHeight = caption?.metrics.height ?? 0
            let top = center.y - (tm.height + captionHeight) / 2
            items.append(
                .text(
                    block.run(
                        totalText, at: Point(x: center.x, y: top + tm.ascent), anchor: .middle, font: totalFont,
                        color: theme.textColor)))
            if var caption {
                caption.position.y = top + tm.height + caption.metrics.ascent
                items.append(.text(caption))
            }
        }
        let summary =
            "Donut chart of \(valueFormat.string(total)) in total. " + legend.map(\.label).joined(separator: "; ") + "."
        return assemble(size: size, theme: theme, frame: frame, items: items, generatedSummary: summary)
    }
}

/// One slice of a donut or pie.
public struct DonutSlice: Sendable, Hashable, Codable {
    /// The slice's name in the legend.
    public var label: String
    /// The slice's size; its share is value / total.
    public var value: Double
    /// A slice named `label` of size `value`.
    public init(label: String, value: Double) {
        self.label = label
        self.value = value
    }
}
