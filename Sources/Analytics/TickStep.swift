import RealModule

/// A "nice" tick spacing: `multiplier · 10^exponent` with `multiplier` in {1, 2, 5}.
///
/// Ticks are integer multiples of the step, each the double nearest to the decimal
/// `i·m × 10ᵉ` (never a running sum), so 0.1-steps give 0.3 and not 0.30000000000000004,
/// and 3e-300 stays 3e-300.
public struct TickStep: Sendable, Equatable, Hashable, Codable {
    /// 1, 2 or 5.
    public let multiplier: Int
    public let exponent: Int

    public init(multiplier: Int, exponent: Int) {
        precondition([1, 2, 5].contains(multiplier), "a tick multiplier is 1, 2 or 5")
        self.multiplier = multiplier
        self.exponent = exponent
    }

    /// The step as a number.
    public var value: Double { multiple(1) }

    /// The `i`-th multiple of the step, `i · step`, correctly rounded: the decimal
    /// `"\(i·m)e\(e)"` is parsed, which rounds exactly once.
    public func multiple(_ i: Int) -> Double {
        Double("\(i * multiplier)e\(exponent)") ?? .nan
    }

    /// The nice step for about `count` intervals over `[start, stop]` (d3's `tickIncrement`):
    /// the raw step `|stop − start| / count` is rounded to 1, 2, 5 or 10 times a power of ten,
    /// whichever is nearest on a log scale (thresholds √2, √10, √50).
    ///
    /// With `integersOnly`, a step below 1 becomes 1: counts never get a "2.5" tick.
    /// Returns `nil` when the span is 0 or not finite, or `count < 1`.
    ///
    /// - Complexity: O(1).
    public static func nice(start: Double, stop: Double, count: Int, integersOnly: Bool = false) -> TickStep? {
        let span = abs(stop - start)
        guard span.isFinite, span > 0, count >= 1 else { return nil }
        let raw = span / Double(count)
        guard raw.isNormal else { return nil }
        var exponent = Int(Double.log10(raw).rounded(.down))
        // Correct log10 rounding at exact powers of ten.
        if raw < powerOfTenSigned(exponent) { exponent -= 1 }
        if raw >= powerOfTenSigned(exponent + 1) { exponent += 1 }
        let error = raw / powerOfTenSigned(exponent)
        let multiplier: Int
        if error >= 50.0.squareRoot() {
            multiplier = 1
            exponent += 1
        } else if error >= 10.0.squareRoot() {
            multiplier = 5
        } else if error >= 2.0.squareRoot() {
            multiplier = 2
        } else {
            multiplier = 1
        }
        if integersOnly, exponent < 0 { return TickStep(multiplier: 1, exponent: 0) }
        guard abs(exponent) <= 300 else { return nil }
        return TickStep(multiplier: multiplier, exponent: exponent)
    }
}

/// 10ⁿ, correctly rounded (the decimal literal is parsed, which rounds once).
func powerOfTenSigned(_ n: Int) -> Double {
    Double("1e\(n)") ?? (n < 0 ? 0 : .infinity)
}
