extension PreparedLayer {
    /// Each row's rank on the order channel (Vega-Lite's `order`), or nil when the layer has
    /// no order field: a number's own value (negated when the sort is descending), or a
    /// category's position in the channel's sort. A missing value ranks last.
    ///
    /// Stacks put their segments in this order from the baseline up; lines join their points
    /// in this order instead of x order (a connected scatter plot).
    ///
    /// - Complexity: O(n) for numbers, O(n + k log k) for k categories.
    func orderRanks() -> [Double]? {
        guard let e = self[.order], e.isData else { return nil }
        let last = Double.greatestFiniteMagnitude
        if !e.isDiscrete {
            let descending = e.spec.sort == .descending
            return (0..<rowCount).map { row in
                guard let v = e.cell(row)?.number, v.isFinite else { return last }
                return descending ? -v : v
            }
        }
        let cells = (0..<rowCount).compactMap { e.cell($0) }
        var index: [String: Double] = [:]
        for (i, c) in Plot.orderedCategories(cells, sort: e.spec.sort, scale: e.spec.scale).enumerated() {
            index[c] = Double(i)
        }
        return (0..<rowCount).map { row in e.cell(row).flatMap { index[$0.label] } ?? last }
    }
}
