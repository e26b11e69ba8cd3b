import RealModule

/// How a ``Histogram`` chooses its bin edges.
///
/// The data-driven rules reproduce NumPy's `histogram_bin_edges` exactly: a bin width
/// `h` is chosen, the number of bins is `⌈(max − min)/h⌉` (1 when `h = 0`), and the
/// edges are spaced evenly from `min` to `max`:
///
/// | rule | width h |
/// |---|---|
/// | Sturges (1926) | `(max − min) / (log₂ n + 1)` |
/// | Scott (1979) | `(24√π / n)^{1/3} · σ` (population SD) |
/// | Freedman–Diaconis (1981) | `2 · IQR / n^{1/3}` (IQR by R type 7) |
public enum BinningRule: Sendable, Equatable, Codable {
    /// Explicit, strictly increasing, finite edges.
    case edges([Double])
    /// Bins of `width` aligned to multiples of `width` from `origin`.
    case fixedWidth(Double, origin: Double = 0)
    /// Sturges (1926): `⌈log₂ n⌉ + 1` bins; suits small, roughly normal samples.
    case sturges
    /// Scott (1979): width `3.49·σ·n^(−1/3)` (NumPy's constant form).
    case scott
    /// Freedman–Diaconis (1981): width `2·IQR·n^(−1/3)`; robust to outliers.
    case freedmanDiaconis
    /// Unit-width bins centred on the integers, `[k − ½, k + ½)`, for whole-number data
    /// such as sentences in whole years: each bar sits over its integer.
    case unitIntegers

    /// The edges this rule gives for `sample`.
    ///
    /// - Throws: ``HistogramError`` for invalid edges or width, or an empty sample with a
    ///   data-driven rule.
    /// - Complexity: O(n log n) for Freedman–Diaconis (a sort for the IQR), O(n + bins) otherwise.
    public func edges(for sample: Sample) throws(HistogramError) -> [Double] {
        switch self {
        case let .edges(edges):
            guard edges.count >= 2, edges.allSatisfy(\.isFinite),
                zip(edges, edges.dropFirst()).allSatisfy({ $0 < $1 })
            else { throw .invalidEdges(edges) }
            return edges
        case let .fixedWidth(width, origin):
            guard width.isFinite, width > 0, origin.isFinite else { throw .invalidWidth(width) }
            guard let lo = sample.minimum, let hi = sample.maximum else { throw .emptySample }
            let first = ((lo - origin) / width).rounded(.down)
            let last = ((hi - origin) / width).rounded(.down) + 1
            try checkBinCount(last - first)
            return try checkedEdges(stride(from: first, through: last, by: 1).map { origin + $0 * width })
        case .unitIntegers:
            guard let lo = sample.minimum, let hi = sample.maximum else { throw .emptySample }
            let first = lo.rounded(.toNearestOrAwayFromZero)
            let last = hi.rounded(.toNearestOrAwayFromZero)
            try checkBinCount(last - first + 1)
            return try checkedEdges(stride(from: first, through: last + 1, by: 1).map { $0 - 0.5 })
        case .sturges, .scott, .freedmanDiaconis:
            guard let lo = sample.minimum, let hi = sample.maximum else { throw .emptySample }
            let n = Double(sample.count)
            let span = hi - lo
            guard span.isFinite else { throw .rangeTooWide(minimum: lo, maximum: hi) }
            let width: Double =
                switch self {
                case .sturges: span / (Double.log2(n) + 1)
                case .scott:
                    Double.pow(24 * Double.pi.squareRoot() / n, 1.0 / 3) * (sample.populationStandardDeviation ?? 0)
                default: 2 * (sample.interquartileRange(method: .type7) ?? 0) / Double.pow(n, 1.0 / 3)
                }
            let bins = width > 0 && width.isFinite ? (span / width).rounded(.up) : 1
            try checkBinCount(bins)
            return try checkedEdges(evenlySpacedEdges(from: lo, to: hi, bins: Swift.max(Int(bins), 1)))
        }
    }
}

/// Throws unless `count` (a Double, so that huge or non-finite counts cannot trap in a
/// conversion) is at most ``HistogramError/maximumBinCount``.
func checkBinCount(_ count: Double) throws(HistogramError) {
    guard count.isFinite else { throw .tooManyBins(.infinity) }
    if count > Double(HistogramError.maximumBinCount) { throw .tooManyBins(count) }
}

/// The edges, if they are finite, at least two and strictly increasing; otherwise the
/// bins are too narrow for the magnitude of the data (1e20 in bins of width 1, say),
/// since neighbouring edges round to the same double.
func checkedEdges(_ edges: [Double]) throws(HistogramError) -> [Double] {
    guard edges.count >= 2, edges.allSatisfy(\.isFinite), zip(edges, edges.dropFirst()).allSatisfy({ $0 < $1 }) else {
        throw .binsTooNarrowForData(edges.first ?? 0)
    }
    return edges
}

/// `bins + 1` edges from `lo` to `hi` as NumPy's `linspace` computes them
/// (`lo + i·(hi − lo)/bins`, last edge exactly `hi`); a zero span widens to `lo ± ½`.
func evenlySpacedEdges(from lo: Double, to hi: Double, bins: Int) -> [Double] {
    var (lo, hi) = (lo, hi)
    if lo == hi { lo -= 0.5; hi += 0.5 }
    let step = (hi - lo) / Double(bins)
    var edges = (0..<bins).map { lo + Double($0) * step }
    edges.append(hi)
    return edges
}

/// Why a histogram could not be built.
public enum HistogramError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Explicit edges that are fewer than two, not finite, or not strictly increasing.
    case invalidEdges([Double])
    /// A bin width that is not finite and positive.
    case invalidWidth(Double)
    /// A data-driven rule with no observations to drive it.
    case emptySample
    /// The binning asks for this many bins (possibly +∞), beyond ``maximumBinCount``.
    case tooManyBins(Double)
    /// `maximum − minimum` overflows a Double (data from −1e308 to 1e308, say).
    case rangeTooWide(minimum: Double, maximum: Double)
    /// Neighbouring edges near this value round to the same double: the bin width is
    /// below the precision of the data.
    case binsTooNarrowForData(Double)

    /// A guard against a bin width that is tiny relative to the data.
    public static let maximumBinCount = 100_000

    public var description: String {
        switch self {
        case let .invalidEdges(edges):
            "histogram edges must be at least two finite, strictly increasing values; got \(edges)"
        case let .invalidWidth(width): "histogram bin width must be finite and positive; got \(width)"
        case .emptySample: "a data-driven histogram needs at least one observation"
        case let .tooManyBins(count):
            "the binning would create \(count.isFinite ? plainCount(count) : "infinitely many") bins (limit "
                + "100,000); choose wider bins"
        case let .rangeTooWide(lo, hi):
            "the data span from \(lo) to \(hi), a range too wide for double-precision arithmetic; bin a narrower range"
        case let .binsTooNarrowForData(near):
            "the bins are narrower than the precision of the data near \(near); choose wider bins"
        }
    }
}

/// A whole number below 10^15 as digits with separators; larger ones in exponent form.
func plainCount(_ value: Double) -> String {
    value < 1e15 ? NumberFormat.count.string(value) : "\(value)"
}
