/// The nine sample-quantile definitions of Hyndman & Fan (1996), numbered as R's
/// `quantile(type =)`. NumPy's `method=` names are given for each.
///
/// With sorted observations x₍₁₎ ≤ … ≤ x₍ₙ₎ and probability p, each type picks
/// `m`, then `j = ⌊np + m⌋`, `g = np + m − j` and returns
///
/// ```
/// Q(p) = (1 − γ)·x₍ⱼ₎ + γ·x₍ⱼ₊₁₎      (x₍₀₎ = x₍₁₎, x₍ₙ₊₁₎ = x₍ₙ₎)
/// ```
/// where γ is a step function of g for types 1–3 and γ = g for types 4–9.
/// Type 7 is the default in both R and NumPy.
public enum QuantileMethod: Int, CaseIterable, Sendable, Codable, CustomStringConvertible {
    /// Inverse of the empirical CDF. NumPy `inverted_cdf`.
    case type1 = 1
    /// Inverse empirical CDF, averaging at discontinuities. NumPy `averaged_inverted_cdf`.
    case type2
    /// Nearest even order statistic (SAS definition 2). NumPy `closest_observation`.
    case type3
    /// Linear interpolation of the empirical CDF, `m = 0`. NumPy `interpolated_inverted_cdf`.
    case type4
    /// Piecewise linear, `m = 1/2`. NumPy `hazen`.
    case type5
    /// `m = p`: p-th quantile at index p(n + 1) (Minitab, SPSS). NumPy `weibull`.
    case type6
    /// `m = 1 − p`: index 1 + p(n − 1). R and NumPy default; NumPy `linear`, Excel `PERCENTILE.INC`.
    case type7
    /// `m = (p + 1)/3`, approximately median-unbiased. NumPy `median_unbiased`.
    case type8
    /// `m = p/4 + 3/8`, approximately unbiased for normal data. NumPy `normal_unbiased`.
    case type9

    /// R's default and NumPy's default.
    public static let `default` = QuantileMethod.type7

    /// The NumPy `method=` name of this type.
    public var numpyName: String {
        switch self {
        case .type1: "inverted_cdf"
        case .type2: "averaged_inverted_cdf"
        case .type3: "closest_observation"
        case .type4: "interpolated_inverted_cdf"
        case .type5: "hazen"
        case .type6: "weibull"
        case .type7: "linear"
        case .type8: "median_unbiased"
        case .type9: "normal_unbiased"
        }
    }

    /// "R type 7 (NumPy linear)".
    public var description: String { "R type \(rawValue) (NumPy \(numpyName))" }

    /// The 1-based order statistics and weight that make up Q(p) for a sample of `n`:
    /// `Q = (1 − weight)·x₍lower₎ + weight·x₍lower+1₎`, with `lower` clamped to `1...n`.
    ///
    /// A tolerance of 4ε on `np + m`, as in R's `quantile.default`, keeps results such
    /// as `n·p = 4.999999999` from falling to the wrong order statistic.
    @usableFromInline
    func position(probability p: Double, count n: Int) -> (lower: Int, weight: Double) {
        let np = Double(n) * p
        if self == .type7 {
            // R and NumPy compute type 7 as 1 + (n − 1)p directly; so do we, to match them bit for bit.
            let index = Double(n - 1) * p
            let lower = index.rounded(.down)
            return (Int(lower) + 1, index - lower)
        }
        let m: Double = switch self {
        case .type1, .type2, .type4: 0
        case .type3: -0.5
        case .type5: 0.5
        case .type6: p
        case .type7: 1 - p
        case .type8: (p + 1) / 3
        case .type9: p / 4 + 3.0 / 8.0
        }
        let fuzz = 4 * Double.ulpOfOne
        let shifted = np + m
        let j = (shifted + fuzz).rounded(.down)
        var g = shifted - j
        if abs(g) < fuzz { g = 0 }
        let weight: Double = switch self {
        case .type1: g > 0 ? 1 : 0
        case .type2: g > 0 ? 1 : 0.5
        case .type3: (g == 0 && Int(j) % 2 == 0) ? 0 : 1
        default: g
        }
        return (Int(j), weight)
    }
}
