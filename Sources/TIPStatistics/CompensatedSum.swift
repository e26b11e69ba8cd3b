/// Neumaier's compensated (improved Kahan) summation.
///
/// ```
/// s = Σ xᵢ, with a running correction c for the low-order bits lost in each addition
/// ```
/// The error is bounded by about 2ε·Σ|xᵢ| independently of n, where naive summation
/// grows with n. A sum that overflows is ±∞. Used by ``Sample/sum``.
///
/// - Complexity: O(n).
@inlinable
public func compensatedSum(_ values: some Sequence<Double>) -> Double {
    var sum = 0.0
    var correction = 0.0
    for value in values {
        let total = sum + value
        if abs(sum) >= abs(value) {
            correction += (sum - total) + value
        } else {
            correction += (value - total) + sum
        }
        sum = total
    }
    // After an overflow the correction is ±∞ or NaN and means nothing; report the overflow.
    return sum.isFinite ? sum + correction : sum
}
