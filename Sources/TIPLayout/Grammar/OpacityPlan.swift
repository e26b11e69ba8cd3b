import TIPScene
import TIPStatistics

/// How the opacity channel maps a quantitative field to a fill's opacity, over every layer.
///
/// Zero-based and linear: a value v in [0, `upper`] gets `α = α₀ + (1 − α₀) · v / upper`
/// with α₀ = ``minimumOpacity``, so that the faintest mark still shows.
struct OpacityPlan: Equatable {
    /// The largest value of the field; the scale's domain is [0, upper].
    var upper: Double
    /// The legend title.
    var title: String?
    /// How the legend prints its values.
    var format: ValueFormat

    /// The opacity of a value of zero.
    static let minimumOpacity = 0.2

    /// The opacity of a mark of `value` (clamped to the domain).
    ///
    /// - Complexity: O(1).
    func opacity(_ value: Double) -> Double {
        let t = upper > 0 && value.isFinite ? min(max(value / upper, 0), 1) : 0
        return Self.minimumOpacity + (1 - Self.minimumOpacity) * t
    }

    /// The legend: the title, then up to three nice values as swatches of `color`.
    func legend(color: Color, theme: Theme) -> [LegendEntry] {
        let shown = guideValues(upTo: upper)
        return [LegendEntry(label: title ?? "opacity", color: theme.textColor, symbol: .title)]
            + shown.map { v in
                LegendEntry(label: format.string(v, locale: theme.numberLocale), color: color.withAlpha(opacity(v)))
            }
    }
}

extension Plot {
    /// The opacity scale over every layer's opacity field, or nil when no layer has one.
    ///
    /// - Throws: ``PlotError`` for a field that is not quantitative or holds a negative value.
    /// - Complexity: O(n).
    func opacityPlan(_ layers: [PreparedLayer]) throws(PlotError) -> OpacityPlan? {
        try zeroBasedDomain(
            .opacity, layers, categories: "show categories by colour", negative: "an opacity field cannot be negative"
        ).map { OpacityPlan(upper: $0.upper, title: $0.title, format: $0.format) }
    }
}
