extension Polyline {
    /// The polyline reduced to what can show on the canvas (M4, Jugel et al. 2014): for each
    /// column of `columnWidth` canvas points, the first, last, lowest and highest point, in
    /// their original order. A stroke of the result covers the same pixels as the full
    /// stroke up to anti-aliasing, with at most four points per column.
    ///
    /// Unchanged when it already has no more points than that, when its x values are not
    /// finite and non-decreasing, or when a value is NaN (lines pass their gaps as
    /// separate polylines).
    ///
    /// - Precondition: `columnWidth > 0`.
    /// - Complexity: O(n).
    public func decimated(columnWidth: Double = 0.5) -> Polyline {
        precondition(columnWidth > 0, "a column needs a positive width")
        let n = xs.count
        guard n > 8, let first = xs.first, let last = xs.last, first.isFinite, last.isFinite else { return self }
        let span = abs((last - first) * scaleX) / columnWidth
        guard span.isFinite, Double(n) > 4 * (span + 1) else { return self }
        var keep: [Int] = []
        keep.reserveCapacity(Int(4 * (span + 2)))
        var column = Int.min
        var start = 0, low = 0, high = 0
        func flush(end: Int) {
            // First, extremes, last: sorted by index, without repeats.
            var picked = [start, low, high, end]
            picked.sort()
            for i in picked where keep.last != i { keep.append(i) }
        }
        for i in 0..<n {
            let x = xs[i], y = ys[i]
            guard x.isFinite, y.isFinite, i == 0 || x >= xs[i - 1] else { return self }
            let c = Int(((x - first) * abs(scaleX) / columnWidth).rounded(.down))
            if c != column {
                if column != Int.min { flush(end: i - 1) }
                column = c
                start = i
                low = i
                high = i
            } else {
                if y < ys[low] { low = i }
                if y > ys[high] { high = i }
            }
        }
        flush(end: n - 1)
        return Polyline(
            xs: keep.map { xs[$0] }, ys: keep.map { ys[$0] }, scaleX: scaleX, offsetX: offsetX, scaleY: scaleY,
            offsetY: offsetY)
    }
}
