/// Counts of each distinct value, ascending, with relative and cumulative frequencies.
///
/// ```swift
/// let table = FrequencyTable(Sample(integers: [3, 3, 5]))
/// table.rows.map(\.count)  // [2, 1]
/// ```
/// - Complexity: O(n log n).
public struct FrequencyTable: Sendable, Equatable, Codable {
    /// One distinct value and how often it occurs.
    public struct Row: Sendable, Equatable, Codable {
        /// The distinct value.
        public let value: Double
        /// How many observations equal it.
        public let count: Int
        /// `count / n`, in 0...1.
        public let proportion: Double
        /// Observations `≤ value`.
        public let cumulativeCount: Int
    }

    /// One row per distinct value, ascending.
    public let rows: [Row]
    /// The number of observations, the sum of the counts.
    public let total: Int

    /// The frequency table of `sample`, in O(n log n).
    public init(_ sample: Sample) {
        let sorted = sample.values.sorted()
        let n = sorted.count
        var rows: [Row] = []
        var start = 0
        while start < n {
            var end = start + 1
            while end < n, sorted[end] == sorted[start] { end += 1 }
            rows.append(
                Row(
                    value: sorted[start], count: end - start,
                    proportion: Double(end - start) / Double(n), cumulativeCount: end))
            start = end
        }
        self.rows = rows
        total = n
    }
}
