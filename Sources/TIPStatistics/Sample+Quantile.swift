extension Sample {
    /// The sample quantile at probability `p` by the given Hyndman & Fan method.
    ///
    /// Returns `nil` for an empty sample. Only the one or two order statistics that the
    /// method needs are found, by selection, not by sorting everything.
    ///
    /// ```swift
    /// let sentences = Sample(integers: [3, 3, 3, 5, 5, 6, 6, 6, 6, 7, 7, 7, 7, 7, 10, 10, 10, 10, 12])
    /// sentences.quantile(0.75)                  // 8.5  (R type 7)
    /// sentences.quantile(0.75, method: .type6)  // 10
    /// ```
    ///
    /// - Precondition: `0 ≤ p ≤ 1`.
    /// - Complexity: O(n) expected.
    public func quantile(_ p: Double, method: QuantileMethod = .default) -> Double? {
        precondition((0...1).contains(p), "probability \(p) is outside 0...1")
        guard !values.isEmpty else { return nil }
        let n = values.count
        let (lower, weight) = method.position(probability: p, count: n)
        let lowIndex = Swift.min(Swift.max(lower, 1), n) - 1
        var scratch = values
        selectInPlace(&scratch, k: lowIndex)
        let low = scratch[lowIndex]
        guard weight > 0, lowIndex + 1 < n, lower >= 1 else { return low }
        // After selection everything right of lowIndex is ≥ low; the next order statistic is their minimum.
        let high = scratch[(lowIndex + 1)...].min() ?? low
        return interpolate(low, high, weight)
    }

    /// Several quantiles at once from one copy of the sample: the order statistics they
    /// need are selected in ascending order, each within what is right of the previous one,
    /// and the statistic just after a selected one (the upper end of an interpolation) is the
    /// minimum of what lies right of it, one linear scan. Nothing is sorted and nothing is
    /// copied per quantile.
    ///
    /// Returns `nil` for an empty sample; otherwise one value per probability, in order.
    ///
    /// - Precondition: every `p` is in `0...1`.
    /// - Complexity: O(n · k) expected for k probabilities (O(n log n) at worst).
    public func quantiles(_ probabilities: [Double], method: QuantileMethod = .default) -> [Double]? {
        guard !values.isEmpty else { return nil }
        let n = values.count
        let positions = probabilities.map { p in
            precondition((0...1).contains(p), "probability \(p) is outside 0...1")
            return method.position(probability: p, count: n)
        }
        // The 0-based ranks every quantile reads: its lower order statistic and the next one.
        var ranks = Set<Int>()
        for (lower, weight) in positions {
            let low = Swift.min(Swift.max(lower, 1), n) - 1
            ranks.insert(low)
            if weight > 0, low + 1 < n, lower >= 1 { ranks.insert(low + 1) }
        }
        var scratch = values
        var order: [Int: Double] = [:]
        scratch.withUnsafeMutableBufferPointer { buffer in
            var start = 0
            var selected = -2  // the last rank placed by a selection
            for rank in ranks.sorted() {
                if rank == selected + 1 {
                    // Everything from `rank` on is ≥ the previous order statistic, so the next
                    // one is the smallest of them: one linear scan instead of a selection. The
                    // values stay where they are, so later selections may start here.
                    var smallest = buffer[rank]
                    for i in (rank + 1)..<n where buffer[i] < smallest { smallest = buffer[i] }
                    order[rank] = smallest
                } else {
                    selectInPlace(buffer, k: rank, from: start)
                    order[rank] = buffer[rank]
                    start = rank + 1 < n ? rank + 1 : rank
                    selected = rank
                }
            }
        }
        return positions.map { lower, weight in
            let low = Swift.min(Swift.max(lower, 1), n) - 1
            let a = order[low] ?? .nan
            guard weight > 0, low + 1 < n, lower >= 1 else { return a }
            return interpolate(a, order[low + 1] ?? a, weight)
        }
    }

    /// The median: R type 7 at p = 0.5, which for every method 1–9 but type 1 and 3 is the
    /// usual middle value or mean of the two middle values. `nil` when empty.
    public var median: Double? { quantile(0.5, method: .type7) }

    /// `Q(0.75) − Q(0.25)` by `method`; `nil` when empty.
    public func interquartileRange(method: QuantileMethod = .default) -> Double? {
        guard let q = quantiles([0.25, 0.75], method: method) else { return nil }
        return q[1] - q[0]
    }
}

/// Q(p) from already sorted, non-empty values.
@usableFromInline
func quantile(ofSorted sorted: [Double], _ p: Double, method: QuantileMethod) -> Double {
    precondition((0...1).contains(p), "probability \(p) is outside 0...1")
    let n = sorted.count
    let (lower, weight) = method.position(probability: p, count: n)
    let lowIndex = min(max(lower, 1), n) - 1
    let highIndex = min(max(lower + 1, 1), n) - 1
    guard weight > 0 else { return sorted[lowIndex] }
    return interpolate(sorted[lowIndex], sorted[highIndex], weight)
}

/// `(1 − t)·a + t·b`, computed as R's `quantile` does so that results agree to the last
/// bit (NumPy's lerp can differ by an ulp), and exact when `a == b` or `t` is 0 or 1.
@usableFromInline
func interpolate(_ a: Double, _ b: Double, _ t: Double) -> Double {
    if a == b || t == 0 { return a }
    if t == 1 { return b }
    return (1 - t) * a + t * b
}
