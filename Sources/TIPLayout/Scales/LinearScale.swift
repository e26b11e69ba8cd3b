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
    public var domain: (Double, Double) {
        get { (domainStart, domainEnd) }
        set { (domainStart, domainEnd) = newValue }
    }
    public var range: (Double, Double) {
        get { (rangeStart, rangeEnd) }
        set { (rangeStart, rangeEnd) = newValue }
    }
    private var domainStart: Double, domainEnd: Double, rangeStart: Double, rangeEnd: Double

    public init(domain: (Double, Double), range: (Double, Double)) {
        (domainStart, domainEnd) = domain
        (rangeStart, rangeEnd) = range
    }

    public func callAsFunction(_ value: Double) -> Double {
        let span = domainEnd - domainStart
        guard span != 0 else { return (rangeStart + rangeEnd) / 2 }
        // Divide first: (v − d₀)·(r₁ − r₀) overflows for data near 1e308, (v − d₀)/span does not.
        return rangeStart + (value - domainStart) / span * (rangeEnd - rangeStart)
    }

    /// The factor and offset of the map, `scale(v) = v·factor + offset`.
    public var affine: (factor: Double, offset: Double) {
        let span = domainEnd - domainStart
        guard span != 0 else { return (0, (rangeStart + rangeEnd) / 2) }
        let factor = (rangeEnd - rangeStart) / span
        return (factor, rangeStart - domainStart * factor)
    }

    /// Nice ticks inside the domain (``TIPStatistics/niceTicks(from:to:count:integersOnly:)``).
    public func ticks(count: Int, integersOnly: Bool = false) -> [Double] {
        niceTicks(
            from: min(domainStart, domainEnd), to: max(domainStart, domainEnd), count: count, integersOnly: integersOnly
        )
    }

    /// The same scale with its domain extended to nice values.
    public func niced(count: Int, integersOnly: Bool = false) -> LinearScale {
        let (a, b) = niceDomain(domainStart, domainEnd, count: count, integersOnly: integersOnly)
        return LinearScale(domain: (a, b), range: range)
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.domainStart == b.domainStart && a.domainEnd == b.domainEnd && a.rangeStart == b.rangeStart
            && a.rangeEnd == b.rangeEnd
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(domainStart); hasher.combine(domainEnd); hasher.combine(rangeStart); hasher.combine(rangeEnd)
    }
}
