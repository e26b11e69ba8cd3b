import TIPScene

extension CompiledPlot {
    /// More panels than this cannot keep their titles and axes readable on the canvases we
    /// allow; split the rows into several plots (the report pages them).
    static let maximumPanels = 24

    /// Too many panels for one plot, as a problem naming the count.
    ///
    /// - Complexity: O(rows).
    var facetProblems: [ChartProblem] {
        var values = Set<String>()
        for layer in layers {
            guard let e = layer[.facet] else { continue }
            for row in 0..<layer.rowCount { if let cell = e.cell(row) { values.insert(cell.label) } }
        }
        guard values.count > Self.maximumPanels else { return [] }
        return [
            ChartProblem(
                .tooManyElements,
                "\(values.count) panels are too many for one chart (at most \(Self.maximumPanels)); "
                    + "filter the rows (--country or --metric on the command line)")
        ]
    }

    /// The panels of a faceted plot, one per value of the facet field in the facet
    /// channel's order (its sort or domain; ascending by default):
    /// each holds its layers' rows for that value (layers without a facet field appear in
    /// every panel), the shared colours and x axis, and the shared y axis unless
    /// `independentY`. Nil when no layer has a facet field.
    ///
    /// - Complexity: O(panels × rows).
    func facetPanels(independentY: Bool) -> [(title: String, plot: CompiledPlot)]? {
        let faceted = layers.compactMap { l in l[.facet].map { (l, $0) } }
        guard !faceted.isEmpty else { return nil }
        let first = faceted[0].1.spec
        let values = Plot.orderedCategories(
            faceted.flatMap { l, e in (0..<l.rowCount).compactMap { e.cell($0) } }, sort: first.sort,
            scale: first.scale)
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
            // A y title longer than a small panel is tall would run into the titles above
            // and below: it is dropped (the chart's title names the measure).
            if let title = panelWords.yAxisTitle,
                measurer.metrics(of: title, font: theme.axisTitleFont).width > (inner.height - 30) * 0.9
            {
                panelWords.yAxisTitle = nil
            }
            items +=
                panel.plot.panelItems(
                    body: inner, words: panelWords, theme: theme, measurer: measurer, labelsBars: labelsBars
                ).items
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
