extension Sample {
    /// The sum of the observations (compensated, see ``compensatedSum(_:)``); 0 when empty.
    ///
    /// - Complexity: O(n).
    public var sum: Double { compensatedSum(values) }

    /// The arithmetic mean, `x̄ = Σxᵢ / n`, or `nil` for an empty sample.
    ///
    /// Computed with Welford's running update (`x̄ₖ = x̄ₖ₋₁ + (xₖ − x̄ₖ₋₁)/k`), which
    /// cannot overflow for values near `Double.greatestFiniteMagnitude`.
    ///
    /// - Complexity: O(n).
    public var mean: Double? { moments?.mean }

    /// The variance with denominator `n − 1` (R's `var`, NumPy `var(ddof=1)`).
    /// `nil` when there are fewer than two observations.
    ///
    /// ```
    /// s² = Σ(xᵢ − x̄)² / (n − 1)
    /// ```
    /// - Complexity: O(n), one pass (Welford).
    public var sampleVariance: Double? {
        guard let m = moments, count >= 2 else { return nil }
        return m.sumOfSquaredDeviations / Double(count - 1)
    }

    /// The variance with denominator `n` (NumPy `var(ddof=0)`); `nil` when empty.
    ///
    /// ```
    /// σ² = Σ(xᵢ − x̄)² / n
    /// ```
    /// - Complexity: O(n), one pass (Welford).
    public var populationVariance: Double? {
        guard let m = moments else { return nil }
        return m.sumOfSquaredDeviations / Double(count)
    }

    /// `√s²`, R's `sd`; `nil` when there are fewer than two observations.
    public var sampleStandardDeviation: Double? { sampleVariance?.squareRoot() }

    /// `√σ²`, NumPy's default `std`; `nil` when empty.
    public var populationStandardDeviation: Double? { populationVariance?.squareRoot() }

    /// Mean and sum of squared deviations by Welford's algorithm.
    ///
    /// Values are scaled by the largest magnitude first, so that squares of values near
    /// `Double.greatestFiniteMagnitude` do not overflow; the results are scaled back.
    @usableFromInline
    var moments: (mean: Double, sumOfSquaredDeviations: Double)? {
        guard !values.isEmpty else { return nil }
        let scale = values.reduce(0.0) { Swift.max($0, abs($1)) }
        guard scale > 0 else { return (0, 0) }
        var mean = 0.0
        var m2 = 0.0
        for (k, raw) in values.enumerated() {
            let x = raw / scale
            let delta = x - mean
            mean += delta / Double(k + 1)
            m2 += delta * (x - mean)
        }
        return (mean * scale, m2 * scale * scale)
    }
}
