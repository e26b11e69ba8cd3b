extension Plot {
    /// The plot with Vega-Lite's `row` and `column` channels as its facet: `row` stacks the
    /// panels in one column, `column` sets them side by side in one row. Unchanged when no
    /// layer uses either; a layer that also has a `facet` keeps it.
    ///
    /// - Complexity: O(layers).
    var withRowAndColumnFacets: Plot {
        var copy = self
        var across: Int?
        for i in copy.layers.indices {
            for (channel, columns) in [(Channel.row, 1), (.column, Int.max)] {
                guard let e = copy.layers[i].encoding.removeValue(forKey: channel) else { continue }
                if copy.layers[i].encoding[.facet] == nil { copy.layers[i].encoding[.facet] = e }
                across = across ?? columns
            }
        }
        if let across {
            copy.facet = Facet(columns: copy.facet?.columns ?? across, independentY: copy.facet?.independentY ?? false)
        }
        return copy
    }

    /// Whether a layer uses `row` or `column`.
    var usesRowOrColumn: Bool { layers.contains { $0.encoding[.row] != nil || $0.encoding[.column] != nil } }
}
