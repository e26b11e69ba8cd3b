import RealModule
import TIPScene

/// How the colour channel maps values to colours across all layers.
enum ColorPlan {
    /// No colour field: each layer's mark colour, else the palette's first.
    case none
    /// Categories in legend order, coloured by `colors` (the scale's range) and then by
    /// the theme's palette in that order.
    case categorical(domain: [String], title: String?, colors: [Color] = [])
    /// A continuous ramp from `lower` to `upper` (viridis), or around `mid` (blue–orange);
    /// with `log`, even steps of the ramp are even ratios of the values (lower > 0), so that
    /// counts of 10 and of 10,000 both find their colours.
    case sequential(lower: Double, upper: Double, mid: Double?, title: String?, log: Bool = false)

    /// The colour of `cell`, or nil when it has none (a missing value).
    func color(_ cell: FieldValue, theme: Theme) -> Color? {
        switch self {
        case .none: return nil
        case let .categorical(domain, _, colors):
            return domain.firstIndex(of: cell.label).map { colors.indices.contains($0) ? colors[$0] : theme.color($0) }
        case let .sequential(lower, upper, mid, _, log):
            guard let v = cell.number, v.isFinite else { return nil }
            if log {
                guard v > 0, lower > 0 else { return nil }
                let span = Double.log10(upper) - Double.log10(lower)
                return viridis(span > 0 ? (Double.log10(v) - Double.log10(lower)) / span : 0.5)
            }
            if let mid {
                let half = Swift.max(abs(upper - mid), abs(mid - lower), .leastNonzeroMagnitude)
                return divergingRamp(0.5 + (v - mid) / half / 2)
            }
            return viridis(upper > lower ? (v - lower) / (upper - lower) : 0.5)
        }
    }

    /// The legend entries: one per category, or five stops of a ramp.
    func legend(theme: Theme, format: ValueFormat) -> [LegendEntry] {
        switch self {
        case .none: return []
        case let .categorical(domain, _, _):
            return domain.map { LegendEntry(label: $0, color: color(.text($0), theme: theme) ?? theme.textColor) }
        case let .sequential(lower, upper, _, _, log):
            return (0...4).map { i in
                let f = Double(i) / 4
                let v = log ? lower * Double.pow(upper / lower, f) : lower + (upper - lower) * f
                return LegendEntry(
                    label: format.string(v, locale: theme.numberLocale),
                    color: color(.number(v), theme: theme) ?? theme.textColor)
            }
        }
    }
}

/// Viridis (van der Walt and Smith, 2015) at `t` in 0…1, by linear interpolation between
/// nine of its stops: perceptually uniform and readable with every common colour-vision
/// deficiency.
func viridis(_ t: Double) -> Color {
    let stops: [UInt32] = [0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21918C, 0x28AE80, 0x5EC962, 0xADDC30, 0xFDE725]
    return interpolate(stops, t)
}

/// A blue–white–orange diverging ramp at `t` in 0…1 (0.5 is the midpoint), from the
/// colour-blind-safe PuOr-like pair of the Okabe–Ito blue and orange.
func divergingRamp(_ t: Double) -> Color {
    interpolate([0x0072B2, 0x56A0D3, 0xB7D4EA, 0xF7F7F7, 0xF9D2A0, 0xF0A54A, 0xD55E00], t)
}

private func interpolate(_ stops: [UInt32], _ t: Double) -> Color {
    let clamped = t.isFinite ? Swift.min(Swift.max(t, 0), 1) : 0.5
    let position = clamped * Double(stops.count - 1)
    let i = Swift.min(Int(position), stops.count - 2)
    let f = position - Double(i)
    let a = Color(hex: stops[i]), b = Color(hex: stops[i + 1])
    return Color(
        red: a.red + (b.red - a.red) * f, green: a.green + (b.green - a.green) * f,
        blue: a.blue + (b.blue - a.blue) * f)
}
