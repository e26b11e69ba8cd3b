import TIPScene

extension CompiledPlot {
    /// The legend entries: the colour legend (unless direct labels name the lines), then the
    /// size, shape and opacity guides, each after its title. A shape of the colour's own
    /// field merges into the colour legend: each entry shows its symbol in its colour.
    /// Guides beside a colour legend draw their symbols grey, since colour means the other
    /// field; alone, they take the marks' colour.
    ///
    /// - Complexity: O(k) in the legend's entries.
    func legendEntries(theme: Theme, lineEnds: Bool) -> [LegendEntry] {
        let colorShown = hasColorField && !lineEnds
        let colorField = layers.lazy.compactMap { $0[.color] }.first { $0.isData }?.spec.field
        let merged = colorShown && shape != nil && shape?.field == colorField && colorField != nil
        var guides: [LegendEntry] = []
        let neutral =
            colorShown
            ? theme.mutedTextColor : layers.first(where: \.isPrimary)?.defaultColor(theme: theme) ?? theme.color(0)
        if let size, showsGuide(.size) { guides += size.legend(color: neutral, theme: theme) }
        if let shape, !merged, showsGuide(.shape) { guides += shape.legend(color: neutral, theme: theme) }
        if let opacity, showsGuide(.opacity) { guides += opacity.legend(color: neutral, theme: theme) }
        // A map's grey countries are those the data do not give.
        let noData = isGeographic ? [LegendEntry(label: (projection ?? .world).noDataLabel, color: noDataColor)] : []
        guard colorShown else { return guides + noData }
        // A map shows a ramp as its colour bar, not as stops in the legend.
        var entries: [LegendEntry] = {
            if isGeographic, case .sequential = color { return [] }
            return color.legend(theme: theme, format: valueFormat)
        }()
        if merged, let shape {
            entries = entries.map { entry in
                var marked = entry
                marked.symbol = shape.shape(.text(entry.label)).map { .marker($0, radius: 4) }
                return marked
            }
        }
        // Beside other guides, the colour legend says what its colours mean.
        if !guides.isEmpty, case let title?? = colorTitle {
            entries.insert(LegendEntry(label: title, color: theme.textColor, symbol: .title), at: 0)
        }
        return entries + guides + noData
    }

    /// Whether some layer shows `channel` from data and none hides its legend.
    private func showsGuide(_ channel: Channel) -> Bool {
        let encodings = layers.compactMap { $0[channel] }.filter(\.isData)
        return !encodings.isEmpty && encodings.allSatisfy(\.spec.showsGuide)
    }

    /// The colour scale's title, when it has one.
    private var colorTitle: String?? {
        switch color {
        case let .categorical(_, title, _): title
        case let .sequential(_, _, _, title, _): title
        case .none: nil
        }
    }
}
