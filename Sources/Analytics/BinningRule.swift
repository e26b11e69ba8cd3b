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
    case sturges
    case scott
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
            var last = ((hi - origin) / width).rounded(.down) + 1
            if last - first > Double(HistogramError.maximumBinCount) { throw .tooManyBins(Int(last - first)) }
            if last <= first { last = first + 1 }
            return stride(from: first, through: last, by: 1).map { origin + $0 * width }
        case .unitIntegers:
            guard let lo = sample.minimum, let hi = sample.maximum else { throw .emptySample }
            let first = lo.rounded(.toNearestOrAwayFromZero)
            let last = hi.rounded(.toNearestOrAwayFromZero)
            if last - first > Double(HistogramError.maximumBinCount) { throw .tooManyBins(Int(last - first)) }
            return stride(from: first, through: last + 1, by: 1).map { $0 - 0.5 }
        case .sturges, .scott, .freedmanDiaconis:
            guard let lo = sample.minimum, let hi = sample.maximum else { throw .emptySample }
            let n = Double(sample.count)
            let span = hi - lo
            let width: Double = switch self {
            case .sturges: span / (Double.log2(n) + 1)
            case .scott: Double.pow(24 * Double.pi.squareRoot() / n, 1.0 / 3) * (sample.populationStandardDeviation ?? 0)
            default: 2 * (sample.interquartileRange(method: .type7) ?? 0) / Double.pow(n, 1.0 / 3)
            }
            let binCount = width > 0 ? Int((span / width).rounded(.up)) : 1
            if binCount > HistogramError.maximumBinCount { throw .tooManyBins(binCount) }
            return evenlySpacedEdges(from: lo, to: hi, bins: Swift.max(binCount, 1))
        }
    }
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
    case invalidEdges([Double])
    case invalidWidth(Double)
    case emptySample
    case tooManyBins(Int)

    /// A guard against a bin width that is tiny relative to the data.
    public static let maximumBinCount = 100_000

    public var description: String {
        switch self {
        case let .invalidEdges(edges): "histogram edges must be at least two finite, strictly increasing values; got \(edges)"
        case let .invalidWidth(width): "histogram bin width must be finite and positive; got \(width)"
        case .emptySample: "a data-driven histogram needs at least one observation"
        case let .tooManyBins(count): "the binning would create \(count) bins (limit \(Self.maximumBinCount))"
        }
    }
}
