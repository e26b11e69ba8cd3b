/// Counts of observations in contiguous bins.
///
/// Bins are **closed on the left**, `[eᵢ, eᵢ₊₁)`, except the last, which is closed on
/// both sides, `[eₙ₋₁, eₙ]`; this is NumPy's `histogram` convention. Observations outside
/// `[e₀, eₙ]` are not binned; they are counted in ``outsideCount``.
///
/// ```swift
/// let h = try Histogram(Sample(integers: [3, 3, 5]), binning: .unitIntegers)
/// h.edges   // [2.5, 3.5, 4.5, 5.5]
/// h.counts  // [2, 0, 1]
/// ```
/// - Complexity: O(n log b) for n observations and b bins, plus the rule's cost.
public struct Histogram: Sendable, Equatable, Codable {
    /// `counts.count + 1` strictly increasing edges.
    public let edges: [Double]
    /// Observations per bin, `edges.count − 1` of them.
    public let counts: [Int]
    /// Observations that fell outside every bin.
    public let outsideCount: Int

    /// Bins `sample` by `binning`.
    ///
    /// - Throws: ``HistogramError`` for invalid edges or widths, an empty sample with a data-driven
    ///   rule, a range a double cannot hold, or bins narrower than the data's precision.
    /// - Complexity: O(n) for evenly spaced edges (every rule but explicit uneven edges),
    ///   O(n log b) otherwise, plus the rule's cost.
    public init(_ sample: Sample, binning: BinningRule) throws(HistogramError) {
        let edges = try binning.edges(for: sample)
        var counts = Array(repeating: 0, count: edges.count - 1)
        var outside = 0
        let locator = BinLocator(edges: edges)
        for value in sample.values {
            if let bin = locator.bin(of: value) {
                counts[bin] += 1
            } else {
                outside += 1
            }
        }
        self.edges = edges
        self.counts = counts
        outsideCount = outside
    }

    /// The index of the bin holding `value`, by binary search; `nil` outside the edges.
    static func bin(of value: Double, edges: [Double]) -> Int? {
        guard let first = edges.first, let last = edges.last, value >= first, value <= last else { return nil }
        if value == last { return edges.count - 2 }
        // Largest i with edges[i] <= value.
        var lo = 0
        var hi = edges.count - 1
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if edges[mid] <= value { lo = mid } else { hi = mid }
        }
        return lo
    }

    /// The centre of each bin, `(eᵢ + eᵢ₊₁)/2`.
    public var centers: [Double] { zip(edges, edges.dropFirst()).map { ($0 + $1) / 2 } }
}

/// Finds a value's bin in O(1) when the edges are evenly spaced, as NumPy does: a guess
/// from `(value − first) / width`, corrected against the edges themselves, so rounding in
/// the guess never moves a value across an edge. Uneven edges fall back to binary search.
struct BinLocator {
    let edges: [Double]
    let scale: Double

    init(edges: [Double]) {
        self.edges = edges
        let span = (edges.last ?? 0) - (edges.first ?? 0)
        let bins = Double(Swift.max(edges.count - 1, 0))
        // A subnormal span (edges 0 and 1e-310) makes bins / span infinite: search instead.
        let factor = bins / span
        scale = edges.count > 1 && span > 0 && span.isFinite && factor.isFinite ? factor : 0
    }

    /// The same bin as ``Histogram/bin(of:edges:)``.
    func bin(of value: Double) -> Int? {
        guard let first = edges.first, let last = edges.last, value >= first, value <= last else { return nil }
        let bins = edges.count - 1
        if value == last { return bins - 1 }
        // The guess is clamped as a Double, so no product can reach Int's conversion unless
        // it is a finite index.
        let position = (value - first) * scale
        guard scale > 0, position.isFinite else { return Histogram.bin(of: value, edges: edges) }
        var guess = Int(Swift.min(Swift.max(position, 0), Double(bins - 1)))
        // Two steps at most for evenly spaced edges; more means uneven edges.
        for _ in 0..<2 {
            if edges[guess] > value {
                guess -= 1
            } else if edges[guess + 1] <= value {
                guess += 1
            } else {
                return guess
            }
        }
        return edges[guess] <= value && value < edges[guess + 1] ? guess : Histogram.bin(of: value, edges: edges)
    }
}
