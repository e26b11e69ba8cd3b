import TIPScene
import TIPStatistics

/// Maps a continuous domain linearly onto a range of canvas coordinates.
///
/// ```
/// scale(v) = r₀ + (v − d₀) · (r₁ − r₀) / (d₁ − d₀)
/// ```
/// A zero-width domain maps everything to the middle of the range. The quotient is taken
/// before the product, so domains up to the largest double map without overflow.
public struct LinearScale: Sendable, Hashable, Codable {
    /// The data values mapped: `domain.start` goes to `range.start`, `domain.end` to `range.end`.
    public var domain: Interval
    /// The canvas coordinates they map to.
    public var range: Interval

    /// A scale mapping `domain` onto `range` (either may be reversed).
    public init(domain: Interval, range: Interval) {
        self.domain = domain
        self.range = range
    }

    /// The canvas coordinate of `value`.
    public func callAsFunction(_ value: Double) -> Double {
        let span = domain.span
        guard span != 0 else { return (range.start + range.end) / 2 }
        // Divide first: (v − d₀)·(r₁ − r₀) overflows for data near 1e308, (v − d₀)/span does not.
        return range.start + (value - domain.start) / span * range.span
    }

    /// The map as `scale(v) = v·factor + offset`, for drawing long series without a call per point.
    public var affine: AffineMap {
        let span = domain.span
        guard span != 0 else { return AffineMap(factor: 0, offset: (range.start + range.end) / 2) }
        let factor = range.span / span
        return AffineMap(factor: factor, offset: range.start - domain.start * factor)
    }

    /// Nice ticks inside the domain (``/TIPStatistics/niceTicks(from:to:count:integersOnly:)``).
    public func ticks(count: Int, integersOnly: Bool = false) -> [Double] {
        niceTicks(from: domain.lower, to: domain.upper, count: count, integersOnly: integersOnly)
    }

    /// The same scale with its domain extended to nice values
    /// (``/TIPStatistics/niceDomain(from:to:count:integersOnly:)``).
    public func niced(count: Int, integersOnly: Bool = false) -> LinearScale {
        LinearScale(
            domain: niceDomain(from: domain.start, to: domain.end, count: count, integersOnly: integersOnly),
            range: range)
    }
}

/// `y = x·factor + offset`: a linear scale as two numbers.
public struct AffineMap: Sendable, Hashable, Codable {
    /// The slope: canvas points per data unit.
    public var factor: Double
    /// Where the data value 0 lands.
    public var offset: Double

    /// The map `v·factor + offset`.
    public init(factor: Double, offset: Double) {
        self.factor = factor
        self.offset = offset
    }

    /// `value · factor + offset`.
    public func callAsFunction(_ value: Double) -> Double { value * factor + offset }
}
