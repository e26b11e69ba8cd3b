import Synchronization
extension Sample {
    /// The sum of the observations (compensated, see ``compensatedSum(_:)``); 0 when empty.
    ///
    /// - Complexity: O(n).
    public var sum: Double { compensatedSum(values) }

    /// The arithmetic mean, `x̄ = Σxᵢ / n`, or `nil` for an empty sample.
    ///
    /// Computed in double-double arithmetic on power-of-two-scaled values (see the internal `Moments` accumulator),
    /// so it is correctly rounded in practice and cannot overflow near `Double.greatestFiniteMagnitude`.
    ///
    /// - Complexity: O(n).
    public var mean: Double? { moments?.mean }

    /// The variance with denominator `n − 1` (R's `var`, NumPy `var(ddof=1)`).
    /// `nil` when there are fewer than two observations.
    ///
    /// ```
    /// s² = Σ(xᵢ − x̄)² / (n − 1)
    /// ```
    /// - Complexity: O(n), two passes (see the internal `Moments` accumulator).
    public var sampleVariance: Double? {
        guard let m = moments, count >= 2 else { return nil }
        return m.variance(denominator: Double(count - 1))
    }

    /// The variance with denominator `n` (NumPy `var(ddof=0)`); `nil` when empty.
    ///
    /// ```
    /// σ² = Σ(xᵢ − x̄)² / n
    /// ```
    /// - Complexity: O(n), two passes (see the internal `Moments` accumulator).
    public var populationVariance: Double? {
        moments?.variance(denominator: Double(count))
    }

    /// `√s²`, R's `sd`; `nil` when there are fewer than two observations.
    ///
    /// Computed on the power-of-two-scaled data, so it is finite whenever the answer is,
    /// even where ``sampleVariance`` overflows (values near ±1e308).
    public var sampleStandardDeviation: Double? {
        guard let m = moments, count >= 2 else { return nil }
        return m.standardDeviation(denominator: Double(count - 1))
    }

    /// `√σ²`, NumPy's default `std`; `nil` when empty.
    public var populationStandardDeviation: Double? {
        moments?.standardDeviation(denominator: Double(count))
    }

    /// Mean and sum of squared deviations, accurate to the last bit in all but contrived cases.
    ///
    /// The method is that of the internal `Moments` accumulator: double-double sums of power-of-two-scaled values.
    ///
    /// - Complexity: O(n), two passes, on first use; then O(1) (the result is cached, so
    ///   `mean` and the standard deviation share one computation).
    @usableFromInline
    var moments: Moments? { momentsCache.value { Moments(values) } }

    /// Samples are equal when their values and missing counts are.
    public static func == (a: Sample, b: Sample) -> Bool {
        a.values == b.values && a.missingCount == b.missingCount
    }
}

/// A value computed once, on first use, by whichever thread asks first.
final class MomentsCache: Sendable {
    private let storage = Mutex<Moments??>(nil)

    func value(_ compute: () -> Moments?) -> Moments? {
        storage.withLock { cached in
            if let known = cached { return known }
            let computed = compute()
            cached = .some(computed)
            return computed
        }
    }
}

/// The mean and the sum of squared deviations `M₂ = Σ(xᵢ − x̄)²` of finite values.
///
/// Method (a corrected two-pass algorithm in double-double arithmetic):
/// 1. Scale by a power of two when the largest magnitude is beyond 2^±500, so nothing
///    overflows. Powers of two scale exactly, unlike dividing by the largest value.
/// 2. `x̄ = Σxᵢ / n` with the sum kept as an unevaluated pair `hi + lo` (Knuth's TwoSum).
/// 3. Each deviation `dᵢ = xᵢ − x̄` is split exactly into `hi + lo`; its square is taken
///    exactly with a fused multiply-add; all are summed in double-double, then the
///    correction `(Σdᵢ)² / n` of Chan, Golub & LeVeque (1983) is subtracted.
///
/// The result is the correctly rounded `M₂` whenever the exact value is representable
/// (for example `var([1e9+1, 1e9+2, 1e9+3]) = 1`, `var([3, 5, 7]) = 4` exactly).
@usableFromInline
struct Moments: Sendable {
    /// `2^k` with which the values were multiplied (1 for ordinary data).
    let scale: Double
    let scaledMean: Double
    /// `M₂` of the scaled values, as an unevaluated double-double sum.
    let scaledM2: DoubleDouble
    var scaledSumOfSquaredDeviations: Double { scaledM2.value }

    init?(_ values: [Double]) {
        guard !values.isEmpty else { return nil }
        var largest = 0.0
        for v in values { largest = Swift.max(largest, abs(v)) }
        let exponent = largest == 0 ? 0 : Int(largest.exponent)
        let shift = (exponent > 500 || exponent < -500) ? Swift.min(Swift.max(-exponent, -1000), 1000) : 0
        let scale = Double(sign: .plus, exponent: shift, significand: 1)
        var sum = DoubleDouble()
        for v in values { sum.add(v * scale) }
        let n = Double(values.count)
        let mean = sum.divided(by: n)
        var squares = DoubleDouble()
        var deviations = DoubleDouble()
        for v in values {
            let (dHigh, dLow) = twoSum(v * scale, -mean)
            deviations.add(dHigh)
            deviations.add(dLow)
            let square = dHigh * dHigh
            squares.add(square)
            // The rounding error of the square, exactly, by a fused multiply-add.
            squares.add((-square).addingProduct(dHigh, dHigh))
            squares.add(dLow * (2 * dHigh + dLow))
        }
        let d = deviations.value
        var m2 = squares
        m2.add(-(d * d) / n)
        if m2.value < 0 { m2 = DoubleDouble() }  // rounding can leave a tiny negative for equal values
        self.scale = scale
        scaledMean = mean
        scaledM2 = m2
    }

    var mean: Double { scaledMean / scale }
    /// `M₂` unscaled; +∞ when it overflows a Double.
    var sumOfSquaredDeviations: Double { scaledSumOfSquaredDeviations / scale / scale }

    /// `√(M₂ / denominator)`, computed before unscaling so it stays finite when it can.
    func standardDeviation(denominator: Double) -> Double {
        scaledM2.divided(by: denominator).squareRoot() / scale
    }

    /// `M₂ / denominator`, dividing the double-double sum so that the quotient is rounded once.
    func variance(denominator: Double) -> Double {
        scaledM2.divided(by: denominator) / scale / scale
    }
}

/// `a + b` as an unevaluated sum `s + e`, exactly (Knuth's TwoSum).
@inlinable
func twoSum(_ a: Double, _ b: Double) -> (Double, Double) {
    let s = a + b
    let bb = s - a
    return (s, (a - (s - bb)) + (b - bb))
}

/// A sum kept as `hi + lo`, about 106 bits: enough for moments to come out correctly rounded.
@usableFromInline
struct DoubleDouble: Sendable {
    var hi = 0.0
    var lo = 0.0

    mutating func add(_ x: Double) {
        let (s, e) = twoSum(hi, x)
        hi = s
        lo += e
    }

    var value: Double { hi + lo }

    /// `(hi + lo) / n`, rounded once more accurately than `value / n`.
    func divided(by n: Double) -> Double {
        let q = hi / n
        // hi − q·n exactly, by a fused multiply-add.
        let remainder = hi.addingProduct(-q, n) + lo
        return q + remainder / n
    }
}
