import RealModule
import TIPStatistics

/// How a continuous scale bends values before mapping them linearly onto the canvas.
///
/// ```
/// linear: t(v) = v
/// log:    t(v) = log₁₀ v                       (v > 0)
/// sqrt:   t(v) = sign(v) · √|v|
/// symlog: t(v) = sign(v) · log₁₀(1 + |v|)      (Webber 2012, constant 1)
/// ```
/// Ticks are chosen in data units (powers of ten and their 2× and 5× multiples on a log
/// scale, nice numbers on the others) and placed at `t(tick)`.
public enum ScaleTransform: String, Sendable, Hashable, Codable, CaseIterable {
    /// No bending.
    case linear
    /// Base-10 logarithm; defined for positive values only.
    case log
    /// Signed square root: areas and sizes.
    case sqrt
    /// Symmetric log: logarithmic far from zero, linear near it, defined everywhere.
    case symlog

    /// `t(v)`; NaN for a value outside the domain (zero or negative on a log scale).
    ///
    /// - Complexity: O(1).
    public func apply(_ v: Double) -> Double {
        switch self {
        case .linear: v
        case .log: v > 0 ? Double.log10(v) : .nan
        case .sqrt: v < 0 ? -Double.sqrt(-v) : Double.sqrt(v)
        case .symlog: v < 0 ? -Double.log10(1 - v) : Double.log10(1 + v)
        }
    }

    /// The inverse, `t⁻¹(u)`.
    ///
    /// - Complexity: O(1).
    public func invert(_ u: Double) -> Double {
        switch self {
        case .linear: u
        case .log: Double.pow(10, u)
        case .sqrt: u < 0 ? -(u * u) : u * u
        case .symlog: u < 0 ? 1 - Double.pow(10, -u) : Double.pow(10, u) - 1
        }
    }

    /// Whether zero can sit on the axis (every scale but log).
    public var allowsZero: Bool { self != .log }

    /// Tick values, in data units, for the data range `lower…upper` (both in data units).
    ///
    /// On a log scale: the powers of ten inside the range, with their 2× and 5× multiples
    /// when fewer than three decades are shown, thinned to about `count`. Elsewhere: nice
    /// linear ticks (``/TIPStatistics/niceTicks(from:to:count:integersOnly:)``).
    ///
    /// - Complexity: O(count) for linear ticks, O(decades) for logarithmic ones.
    public func ticks(lower: Double, upper: Double, count: Int, integersOnly: Bool) -> [Double] {
        guard self == .log else { return niceTicks(from: lower, to: upper, count: count, integersOnly: integersOnly) }
        guard lower > 0, upper >= lower, lower.isFinite, upper.isFinite else { return [] }
        let first = Int(Double.log10(lower).rounded(.down)), last = Int(Double.log10(upper).rounded(.up))
        let decades = last - first
        let multiples: [Double] = decades < 3 ? [1, 2, 5] : [1]
        var ticks: [Double] = []
        for e in first...max(first, last) {
            for m in multiples {
                let t = m * Double.pow(10, Double(e))
                if t >= lower * (1 - 1e-12), t <= upper * (1 + 1e-12), !integersOnly || t >= 1 { ticks.append(t) }
            }
        }
        // Too many decades for the room: every k-th power of ten.
        if ticks.count > max(2, count) * 2, multiples.count == 1 {
            let k = Int((Double(ticks.count) / Double(max(2, count))).rounded(.up))
            ticks = ticks.enumerated().filter { $0.offset % k == 0 }.map(\.element)
        }
        return ticks
    }
}
