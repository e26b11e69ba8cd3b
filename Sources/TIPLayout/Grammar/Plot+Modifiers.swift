extension Plot {
    /// The plot with `title`.
    public func title(_ title: String) -> Plot { with { $0.text.title = title } }
    /// The plot with a subtitle under the title.
    public func subtitle(_ subtitle: String) -> Plot { with { $0.text.subtitle = subtitle } }
    /// The plot with a source line: every published chart states one.
    public func source(_ source: String) -> Plot { with { $0.text.source = source } }
    /// The horizontal axis' title, in place of the field's label (Swift Charts' `chartXAxisLabel`).
    public func xAxisTitle(_ title: String) -> Plot { with { $0.text.xAxisTitle = title } }
    /// The vertical axis' title (Swift Charts' `chartYAxisLabel`).
    public func yAxisTitle(_ title: String) -> Plot { with { $0.text.yAxisTitle = title } }
    /// Each coloured line's name at its end, in its colour, instead of a legend.
    public func labellingLineEnds(_ on: Bool = true) -> Plot { with { $0.labelsLineEnds = on } }
    /// Value labels at the end of every bar.
    public func labellingBars(_ on: Bool = true) -> Plot { with { $0.labelsBars = on } }

    /// The vertical scale's kind and domain (Swift Charts' `chartYScale(domain:type:)`):
    /// `.yScale(.log)`.
    public func yScale(_ type: ScaleType? = nil, domain: ClosedRange<Double>? = nil, zero: Bool? = nil) -> Plot {
        scaled(.y, type: type, domain: domain, zero: zero)
    }

    /// The horizontal scale's kind and domain (Swift Charts' `chartXScale(domain:type:)`).
    public func xScale(_ type: ScaleType? = nil, domain: ClosedRange<Double>? = nil, zero: Bool? = nil) -> Plot {
        scaled(.x, type: type, domain: domain, zero: zero)
    }

    /// Rows of every layer kept only where `predicate` holds, before anything is drawn.
    public func filter(_ predicate: Predicate) -> Plot { with { $0.transforms.append(.filter(predicate)) } }

    private func scaled(_ channel: Channel, type: ScaleType?, domain: ClosedRange<Double>?, zero: Bool?) -> Plot {
        with { plot in
            for i in plot.layers.indices where plot.layers[i].encoding[channel] != nil {
                var options = plot.layers[i].encoding[channel]?.scale ?? ScaleOptions()
                options.type = type ?? options.type
                options.domain = domain.map { [.number($0.lowerBound), .number($0.upperBound)] } ?? options.domain
                options.zero = zero ?? options.zero
                plot.layers[i].encoding[channel]?.scale = options
            }
        }
    }

    private func with(_ change: (inout Plot) -> Void) -> Plot {
        var copy = self
        change(&copy)
        return copy
    }
}
