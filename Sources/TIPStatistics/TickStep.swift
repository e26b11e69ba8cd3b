import RealModule

/// A "nice" tick spacing: `multiplier · 10^exponent` with `multiplier` in {1, 2, 5}.
///
/// The arithmetic is d3-array's (`tickSpec`), so that ticks and niced domains are the
/// same doubles d3 produces: for a step of at least 1 the `i`-th multiple is
/// `i · (m · 10ᵉ)`; for a step below 1 it is `i / (10⁻ᵉ / m)`, a division by an exact
/// integer, so 0.1-steps give 0.3 and not 0.30000000000000004.
public struct TickStep: Sendable, Equatable, Hashable, Codable {
    /// 1, 2 or 5.
    public let multiplier: Int
    /// The power of ten.
    public let exponent: Int

    /// - Precondition: `multiplier` is 1, 2 or 5 (a programmer's constant, never user data).
    public init(multiplier: Int, exponent: Int) {
        precondition([1, 2, 5].contains(multiplier), "a tick multiplier is 1, 2 or 5")
        self.multiplier = multiplier
        self.exponent = exponent
    }

    /// The step as a number.
    public var value: Double { multiple(1) }

    /// `10^|exponent| · m` (step ≥ 1) or `10^|exponent| / m` (step < 1): the number d3
    /// multiplies or divides by.
    var increment: Double {
        exponent >= 0
            ? Double(multiplier) * Double.pow(10, Double(exponent))
            : Double.pow(10, Double(-exponent)) / Double(multiplier)
    }

    /// The `i`-th multiple of the step, `i · step`.
    public func multiple(_ i: Int) -> Double { multiple(Double(i)) }

    func multiple(_ i: Double) -> Double { exponent >= 0 ? i * increment : i / increment }

    /// The nice step for about `count` intervals over `[start, stop]` (d3's `tickIncrement`):
    /// the raw step `|stop − start| / count` is rounded to 1, 2, 5 or 10 times a power of ten,
    /// whichever is nearest on a log scale (thresholds √2, √10, √50). As in d3-array 3.2,
    /// a `count` below 2 whose step leaves no tick inside the interval is retried with
    /// twice the count, so `count: 1` still gives a tick.
    ///
    /// With `integersOnly`, a step below 1 becomes 1: counts never get a "2.5" tick.
    /// Returns `nil` when the span is 0 or not finite, `count < 1`, or the step's
    /// reciprocal is not a finite double (spans below about 1e-307).
    ///
    /// - Complexity: O(1).
    public static func nice(from start: Double, to stop: Double, count: Int, integersOnly: Bool = false) -> TickStep? {
        guard count >= 1 else { return nil }
        let (lo, hi) = stop < start ? (stop, start) : (start, stop)
        guard let step = spec(lo, hi, Double(count)) else { return nil }
        if integersOnly, step.exponent < 0 { return TickStep(multiplier: 1, exponent: 0) }
        return step
    }

    /// d3's `tickSpec` for `lo < hi`, with the retry for small counts.
    private static func spec(_ lo: Double, _ hi: Double, _ count: Double) -> TickStep? {
        let raw = (hi - lo) / count
        guard raw.isFinite, raw > 0 else { return nil }
        let power = Double.log10(raw).rounded(.down)
        guard power.isFinite, abs(power) < 400 else { return nil }
        let error = raw / Double.pow(10, power)
        let factor =
            error >= 50.0.squareRoot() ? 10 : error >= 10.0.squareRoot() ? 5 : error >= 2.0.squareRoot() ? 2 : 1
        let step =
            factor == 10
            ? TickStep(multiplier: 1, exponent: Int(power) + 1)
            : TickStep(multiplier: factor, exponent: Int(power))
        // d3 keeps the negative-power branch for factor 10 at power -1; both give 1 exactly.
        guard step.increment.isFinite, step.increment > 0 else { return nil }
        if let (first, last) = step.indexRange(lo, hi), last < first, count >= 0.5, count < 2 {
            return spec(lo, hi, count * 2)
        }
        return step
    }

    /// The first and last `i` with `multiple(i)` inside `[lo, hi]`, computed as d3 does
    /// (round, then step inward); `nil` when the indices are not exact integers in a `Double`.
    func indexRange(_ lo: Double, _ hi: Double) -> (Double, Double)? {
        let inc = increment
        var first = roundHalfUp(exponent >= 0 ? lo / inc : lo * inc)
        var last = roundHalfUp(exponent >= 0 ? hi / inc : hi * inc)
        guard abs(first) < 0x1p53, abs(last) < 0x1p53 else { return nil }
        if multiple(first) < lo { first += 1 }
        if multiple(last) > hi { last -= 1 }
        return (first, last)
    }
}

/// JavaScript's `Math.round`: the nearest integer, halves toward +∞ (−2.5 → −2).
/// `x − ⌊x⌋` is exact in binary floating point, so the comparison with ½ is too.
func roundHalfUp(_ x: Double) -> Double {
    let floor = x.rounded(.down)
    return x - floor >= 0.5 ? floor + 1 : floor
}
