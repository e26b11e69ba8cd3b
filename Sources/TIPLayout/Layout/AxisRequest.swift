import TIPScene
import TIPStatistics

/// What one axis of a cartesian chart shows.
public enum AxisRequest: Sendable, Hashable {
    /// Discrete categories in order, such as years or measures.
    case categories([String])
    /// A continuous range of data values. With `nice`, the domain is extended to nice
    /// ticks; `includeZero` keeps 0 in the domain (bars must start at zero).
    case values(
        lower: Double, upper: Double, format: ValueFormat, nice: Bool = true, includeZero: Bool = true,
        transform: ScaleTransform = .linear)
}

/// A resolved axis: the scale and its ticks.
enum ResolvedAxis {
    case band(BandScale)
    /// A continuous axis: the scale maps transformed values (``ScaleTransform/apply(_:)``),
    /// and `ticks` are in transformed units; labels print their inverse.
    case linear(LinearScale, ticks: [Double], decimals: Int, format: ValueFormat, transform: ScaleTransform)

    var band: BandScale? {
        if case let .band(b) = self { return b }
        return nil
    }

    var linear: LinearScale? {
        if case let .linear(s, _, _, _, _) = self { return s }
        return nil
    }
}

extension AxisRequest {
    /// Resolves a value axis onto `range` with about `count` ticks, leaving `headroom`
    /// points beyond the largest magnitude for labels.
    func resolve(range: (Double, Double), count: Int, headroom: Double) -> ResolvedAxis {
        switch self {
        case let .categories(names):
            // Few categories get thinner bars: a lone bar should not fill the chart.
            let padding = names.count <= 3 ? 0.35 : 0.2
            return .band(
                BandScale(
                    categories: names, range: Interval(from: range.0, to: range.1), paddingInner: padding,
                    paddingOuter: padding / 2))
        case let .values(lower, upper, format, nice, includeZero, transform) where transform != .linear:
            return Self.resolveTransformed(
                lower: lower, upper: upper, format: format, nice: nice, includeZero: includeZero, transform: transform,
                range: range, count: count, headroom: headroom)
        case let .values(lower, upper, format, nice, includeZero, _):
            var lo = includeZero ? min(0, lower) : lower
            var hi = includeZero ? max(0, upper) : upper
            if !(lo.isFinite && hi.isFinite) { (lo, hi) = (0, 1) }
            if lo == hi { (lo, hi) = lo == 0 ? (0, 1) : (min(0, lo), max(0, hi)) }
            if lo == hi { hi = lo + 1 }
            let length = abs(range.1 - range.0)
            // `headroom` points beyond each end that has bars growing towards it (both ends
            // when values are negative and positive), so labels at both ends fit.
            let sides = Double((hi > 0 ? 1 : 0) + (lo < 0 ? 1 : 0))
            if headroom > 0, sides > 0, length > (sides + 1) * headroom {
                // Divide first: headroom · (hi − lo) overflows for data near 1e307.
                let extra = (hi - lo) / (length - sides * headroom) * headroom
                if hi > 0 { hi += extra }
                if lo < 0 { lo -= extra }
            }
            let integers = format.integerTicks
            if nice {
                let niced = niceDomain(from: lo, to: hi, count: count, integersOnly: integers)
                (lo, hi) = (niced.start, niced.end)
            }
            let scale = LinearScale(domain: Interval(from: lo, to: hi), range: Interval(from: range.0, to: range.1))
            let ticks = scale.ticks(count: count, integersOnly: integers)
            let step = TickStep.nice(from: lo, to: hi, count: count, integersOnly: integers)
            let decimals = max(0, -(step?.exponent ?? 0))
            return .linear(scale, ticks: ticks, decimals: integers ? 0 : decimals, format: format, transform: .linear)
        }
    }

    /// A log, square-root or symlog axis: the domain is niced in data units (to powers of
    /// ten on a log scale), then transformed; headroom is kept in transformed units.
    static func resolveTransformed(
        lower: Double, upper: Double, format: ValueFormat, nice: Bool, includeZero: Bool, transform: ScaleTransform,
        range: (Double, Double), count: Int, headroom: Double
    ) -> ResolvedAxis {
        var lo = lower, hi = upper
        if transform.allowsZero, includeZero { (lo, hi) = (min(0, lo), max(0, hi)) }
        if transform == .log {
            if !(lo > 0) || !lo.isFinite { lo = hi > 0 ? hi / 10 : 1 }
            if !(hi > 0) || !hi.isFinite { hi = lo * 10 }
        }
        if !(lo.isFinite && hi.isFinite) { (lo, hi) = (0, 1) }
        if lo == hi { (lo, hi) = transform == .log ? (lo / 10, hi * 10) : (lo - 1, hi + 1) }
        if nice {
            if transform == .log {
                lo = Double.pow(10, Double.log10(lo).rounded(.down))
                hi = Double.pow(10, Double.log10(hi).rounded(.up))
            } else {
                let niced = niceDomain(from: lo, to: hi, count: count, integersOnly: format.integerTicks)
                (lo, hi) = (niced.start, niced.end)
            }
        }
        let ticks = transform.ticks(lower: lo, upper: hi, count: count, integersOnly: format.integerTicks)
        var tlo = transform.apply(lo), thi = transform.apply(hi)
        let length = abs(range.1 - range.0)
        if headroom > 0, length > 2 * headroom, thi > tlo {
            let extra = (thi - tlo) / (length - headroom) * headroom
            thi += extra
            if lo < 0 { tlo -= extra }
        }
        let scale = LinearScale(domain: Interval(from: tlo, to: thi), range: Interval(from: range.0, to: range.1))
        return .linear(scale, ticks: ticks.map(transform.apply), decimals: 0, format: format, transform: transform)
    }
}
