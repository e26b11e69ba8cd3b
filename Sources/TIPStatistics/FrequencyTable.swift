/// Counts of each distinct value, ascending, with relative and cumulative frequencies.
///
/// ```swift
/// let table = FrequencyTable(Sample(integers: [3, 3, 5]))
/// table.rows.map(\.count)  // [2, 1]
/// ```
/// - Complexity: O(n log n).
public struct FrequencyTable: Sendable, Equatable, Codable {
    public struct Row: Sendable, Equatable, Codable {
        public let value: Double
        public let count: Int
        /// `count / n`, in 0...1.
        public let proportion: Double
        /// Observations `≤ value`.
        public let cumulativeCount: Int
    }

    public let rows: [Row]
    public let total: Int

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
