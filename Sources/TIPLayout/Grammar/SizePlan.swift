import TIPScene
import TIPStatistics

/// How the size channel maps a quantitative field to a point's area, over every layer.
///
/// The scale is zero-based and linear in **area**, as Vega-Lite's and ggplot2's
/// `scale_size_area` are: a value v in [0, `upper`] gets the radius
/// `r = √(r₀² + (r₁² − r₀²) · v / upper)` with r₀ = ``minimumRadius`` (zero stays visible)
/// and r₁ = ``maximumRadius``. Equal steps of value add equal area (ink), never more.
struct SizePlan: Equatable {
    /// The largest value of the field; the scale's domain is [0, upper].
    var upper: Double
    /// The legend title.
    var title: String?
    /// How the legend prints its values.
    var format: ValueFormat

    /// The radius of a value of zero.
    static let minimumRadius = 2.0
    /// The radius of the largest value.
    static let maximumRadius = 10.0

    /// The radius of a point of size `value` (clamped to the domain).
    ///
    /// - Complexity: O(1).
    func radius(_ value: Double) -> Double {
        let t = upper > 0 && value.isFinite ? min(max(value / upper, 0), 1) : 0
        let (r0, r1) = (Self.minimumRadius, Self.maximumRadius)
        return (r0 * r0 + (r1 * r1 - r0 * r0) * t).squareRoot()
    }

    /// The legend: the title, then up to three nice values with their dots in `color`.
    func legend(color: Color, theme: Theme) -> [LegendEntry] {
        let shown = guideValues(upTo: upper)
        return [LegendEntry(label: title ?? "size", color: theme.textColor, symbol: .title)]
            + shown.map { v in
                LegendEntry(
                    label: format.string(v, locale: theme.numberLocale), color: color,
                    symbol: .marker(.circle, radius: radius(v)))
            }
    }
}

extension Plot {
    /// The size scale over every layer's size field, or nil when no layer has one.
    ///
    /// - Throws: ``PlotError`` when the field is not quantitative or holds a negative value
    ///   (an area cannot be negative), naming the row.
    /// - Complexity: O(n).
    func sizePlan(_ layers: [PreparedLayer]) throws(PlotError) -> SizePlan? {
        try zeroBasedDomain(
            .size, layers, categories: "show categories by colour or shape",
            negative: "a size cannot be negative"
        ).map { SizePlan(upper: $0.upper, title: $0.title, format: $0.format) }
    }
}

/// The values a size or opacity legend shows for a domain of [0, `upper`]: small, middle
/// and large nice values, the first, the last and the one nearest half the last of
/// ``niceTicks(from:to:count:integersOnly:)`` above zero; [0] for an empty domain.
///
/// - Complexity: O(1).
func guideValues(upTo upper: Double) -> [Double] {
    guard upper > 0, upper.isFinite else { return [0] }
    let ticks = niceTicks(from: 0, to: upper, count: 4).filter { $0 > 0 && $0 <= upper }
    guard let first = ticks.first, let last = ticks.last else { return [upper] }
    let middle = ticks.min { abs($0 - last / 2) < abs($1 - last / 2) } ?? first
    return [first, middle, last].uniqued()
}
