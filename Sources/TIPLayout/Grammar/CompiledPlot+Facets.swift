import TIPScene

extension CompiledPlot {
    /// The panels of a faceted plot, one per value of the facet field in ascending order:
    /// each holds its layers' rows for that value (layers without a facet field appear in
    /// every panel), the shared colours and x axis, and the shared y axis unless
    /// `independentY`. Nil when no layer has a facet field.
    ///
    /// - Complexity: O(panels × rows).
    func facetPanels(independentY: Bool) -> [(title: String, plot: CompiledPlot)]? {
        let faceted = layers.compactMap { l in l[.facet].map { (l, $0) } }
        guard !faceted.isEmpty else { return nil }
        let values = sortedLabels(faceted.flatMap { l, e in (0..<l.rowCount).compactMap { e.cell($0) } })
        return values.map { value in
            var panel = self
            panel.layers = layers.map { layer in
                guard let e = layer[.facet] else { return layer }
                let rows = (0..<layer.rowCount).filter { e.cell($0)?.label == value }
                return layer.gathered(rows)
            }
            if independentY, let own = try? Plot.axisPlanOf(.y, panel.layers) { panel.y = own }
            return (value, panel)
        }
    }

    /// Panels in a grid (`columns` wide, else near square), each under its title.
    func facetItems(
        _ panels: [(title: String, plot: CompiledPlot)], body: Rect, columns: Int?, words: ChartText, theme: Theme,
        measurer: any TextMeasurer, labelsBars: Bool
    ) -> [SceneItem] {
        let n = panels.count
        let across = max(1, min(n, columns ?? Int(Double(n).squareRoot().rounded(.up))))
        let down = (n + across - 1) / across
        let gap = theme.gap * 3
        let width = (body.width - gap * Double(across - 1)) / Double(across)
        let height = (body.height - gap * Double(down - 1)) / Double(down)
        let block = TextBlock(theme: theme, measurer: measurer)
        let font = Font(size: theme.axisTitleFont.size, weight: .bold)
        var items: [SceneItem] = []
        // Every panel of a row starts its plot below the row's tallest title, so axes align.
        let titleHeights = panels.map { block.height($0.title, font: font, width: max(10, width)) }
        for (i, panel) in panels.enumerated() {
            let row = i / across
            let rowTitle = titleHeights[(row * across)..<min(n, row * across + across)].max() ?? 0
            let cell = Rect(
                x: body.minX + Double(i % across) * (width + gap), y: body.minY + Double(i / across) * (height + gap),
                width: max(10, width), height: max(10, height))
            let title = block.lines(
                panel.title, font: font, color: theme.textColor, x: cell.minX, top: cell.minY, width: cell.width,
                anchor: .start)
            items += title.runs.map(SceneItem.text)
            // Axis titles once: the y title on the first column, the x title on the last row.
            var panelWords = words
            if i % across != 0 { panelWords.yAxisTitle = nil }
            if i / across != down - 1 { panelWords.xAxisTitle = nil }
            let top = cell.minY + rowTitle + 2
            let inner = Rect(x: cell.minX, y: top, width: cell.width, height: max(10, cell.maxY - top))
            items += panel.plot.panelItems(
                body: inner, words: panelWords, theme: theme, measurer: measurer, labelsBars: labelsBars)
        }
        return items
    }
}

extension PreparedLayer {
    /// The layer with only the rows at `indices`, in every channel.
    func gathered(_ indices: [Int]) -> PreparedLayer {
        var out = self
        out.table = table.gathered(indices)
        for (channel, e) in encoding {
            if case let .column(c) = e.source { out.encoding[channel]?.source = .column(c.gathered(indices)) }
        }
        return out
    }
}
