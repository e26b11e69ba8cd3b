import TIPStatistics

/// The domain of a zero-based channel scale (size, opacity): [0, the largest value].
struct ZeroBasedDomain {
    /// The largest finite value, 0 when there is none.
    var upper: Double
    /// The legend title: the first encoding's.
    var title: String?
    /// How the legend prints values: the encoding's format, else counts for whole numbers.
    var format: ValueFormat
}

extension Plot {
    /// The zero-based domain of `channel` over every layer that reads it from data, or nil
    /// when none does. Missing and non-finite values are skipped.
    ///
    /// - Throws: ``PlotError`` at the channel's path when it is not quantitative (`categories`
    ///   says what to use instead) or holds a negative value (`negative` says why it cannot).
    /// - Complexity: O(n).
    func zeroBasedDomain(
        _ channel: Channel, _ layers: [PreparedLayer], categories: String, negative: String
    ) throws(PlotError) -> ZeroBasedDomain? {
        let encodings = layers.compactMap { l in l[channel].map { (l, $0) } }.filter { $0.1.isData }
        guard let first = encodings.first?.1 else { return nil }
        var upper = 0.0
        var integers = true
        for (layer, e) in encodings {
            let path = (layers.count > 1 ? "layer[\(layer.source)]." : "") + "encoding.\(channel.rawValue)"
            guard !e.isDiscrete else {
                throw PlotError(path: path, "the \(channel.rawValue) channel needs a quantitative field; \(categories)")
            }
            for row in 0..<max(1, layer.rowCount) {
                guard let v = e.cell(row)?.number, v.isFinite else { continue }
                if v < 0 { throw PlotError(path: path, "\(negative): \(plainNumber(v)) (row \(row + 1))") }
                upper = max(upper, v)
                integers = integers && v == v.rounded()
            }
        }
        return ZeroBasedDomain(
            upper: upper, title: first.title, format: first.spec.format ?? (integers ? .count : .number(decimals: 1)))
    }
}
