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
    /// `Q = (1 − weight)·x₍lower₎ + weight·x₍lower+1₎`, with indices clamped to `1...n`.
    ///
    /// The arithmetic is R's `quantile.default`, step for step, so results agree bit for bit:
    /// - types 1–3: `j = ⌊np + m⌋` with no tolerance (m = −½ for type 3, else 0);
    /// - types 4–9: `j = ⌊a + p(n + 1 − a − b) + 4ε⌋`, and a weight below 4ε becomes 0,
    ///   so `n·p = 4.999999999` does not fall to the wrong order statistic.
    @usableFromInline
    func position(probability p: Double, count n: Int) -> (lower: Int, weight: Double) {
        let count = Double(n)
        if rawValue <= 3 {
            let nppm = self == .type3 ? count * p - 0.5 : count * p
            let j = nppm.rounded(.down)
            let weight: Double =
                switch self {
                case .type1: nppm > j ? 1 : 0
                case .type2: nppm > j ? 1 : 0.5
                default: (nppm != j || j.truncatingRemainder(dividingBy: 2) != 0) ? 1 : 0
                }
            return (Int(j), weight)
        }
        let (a, b): (Double, Double) =
            switch self {
            case .type4: (0, 1)
            case .type5: (0.5, 0.5)
            case .type6: (0, 0)
            case .type7: (1, 1)
            case .type8: (1.0 / 3, 1.0 / 3)
            default: (3.0 / 8, 3.0 / 8)
            }
        let fuzz = 4 * Double.ulpOfOne
        let nppm = a + p * (count + 1 - a - b)
        let j = (nppm + fuzz).rounded(.down)
        var h = nppm - j
        if abs(h) < fuzz { h = 0 }
        return (Int(j), h)
    }
}
