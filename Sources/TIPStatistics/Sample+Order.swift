extension Sample {
    /// The smallest observation, or `nil` when empty. −0 and +0 compare equal; the first seen is kept.
    public var minimum: Double? { values.min() }
    /// The largest observation, or `nil` when empty.
    public var maximum: Double? { values.max() }
    /// `max − min`, or `nil` when empty.
    public var range: Double? {
        guard let lo = minimum, let hi = maximum else { return nil }
        return hi - lo
    }

    /// Every value that occurs most often, ascending, **when some value repeats**.
    ///
    /// A mode is a value that occurs at least twice and no less often than any other
    /// (Python's `statistics.multimode`, restricted to repeated values). When every value
    /// occurs once, as in continuous data, there is no mode and the result is empty,
    /// rather than the whole sample. An empty sample has none. −0 and +0 count as the
    /// same value.
    ///
    /// - Complexity: O(n log n).
    public var modes: [Double] { TIPStatistics.modes(ofSorted: values.sorted()) }
}

/// The most frequent values of already sorted values, ascending.
///
/// - Complexity: O(n).
func modes(ofSorted sorted: [Double]) -> [Double] {
    var best = 0
    var result: [Double] = []
    var start = sorted.startIndex
    while start < sorted.endIndex {
        var end = start + 1
        while end < sorted.endIndex, sorted[end] == sorted[start] { end += 1 }
        let run = end - start
        if run > best {
            best = run
            result = [sorted[start]]
        } else if run == best {
            result.append(sorted[start])
        }
        start = end
    }
    return best >= 2 ? result : []
}
