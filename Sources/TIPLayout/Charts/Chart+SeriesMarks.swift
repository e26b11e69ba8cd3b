import TIPScene

// Each chart's series for the layout checker's mark rule (``/TIPScene/Scene/unmarkedSeries(_:)``),
// in the colours the chart draws them in.

extension LineChart {
    /// One key per series, in its line colour.
    public func seriesMarkKeys(theme: Theme) -> [SeriesMarkKey] {
        series.enumerated().map { i, s in
            SeriesMarkKey(name: s.name, color: s.color ?? theme.color(i), hasData: s.values.contains(where: \.isFinite))
        }
    }
}

extension BarChart {
    /// One key per series, or per category when a lone series colours its categories.
    public func seriesMarkKeys(theme: Theme) -> [SeriesMarkKey] {
        if colorsByCategory, series.count == 1 {
            return categories.indices.map { c in
                SeriesMarkKey(
                    name: categories[c], color: color(series: 0, category: c, theme: theme),
                    hasData: c < series[0].values.count && series[0].values[c].isFinite)
            }
        }
        return series.indices.map { s in
            SeriesMarkKey(
                name: series[s].name, color: color(series: s, category: 0, theme: theme),
                hasData: series[s].values.contains(where: \.isFinite))
        }
    }
}

extension ScatterChart {
    /// One key per group, in its marker colour.
    public func seriesMarkKeys(theme: Theme) -> [SeriesMarkKey] {
        groups.enumerated().map { i, g in
            SeriesMarkKey(
                name: g.name, color: g.color ?? theme.color(i),
                hasData: zip(g.xs, g.ys).contains { $0.isFinite && $1.isFinite })
        }
    }
}

extension DotChart {
    /// The one series of dots.
    public func seriesMarkKeys(theme: Theme) -> [SeriesMarkKey] {
        [SeriesMarkKey(name: text.title, color: theme.color(0), hasData: values.contains(where: \.isFinite))]
    }
}

extension HistogramChart {
    /// The bars, when any bin holds an observation.
    public func seriesMarkKeys(theme: Theme) -> [SeriesMarkKey] {
        [SeriesMarkKey(name: text.title, color: color ?? theme.color(0), hasData: counts.contains { $0 > 0 })]
    }
}
