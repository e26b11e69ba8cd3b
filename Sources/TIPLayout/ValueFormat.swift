import TIPScene
import TIPStatistics

/// How values print on axes and labels. Wraps ``TIPStatistics/NumberFormat`` with the typeset
/// minus sign (U+2212) and the tick rules of each kind.
public enum ValueFormat: Sendable, Hashable, Codable {
    /// Whole counts: integer ticks only, thousands separators.
    case count
    /// Decimal numbers with up to `decimals` places.
    case number(decimals: Int)
    /// Values already in percent: "25%".
    case percent(decimals: Int)
    /// Changes in percent, signed: "+1,800%".
    case signedPercent(decimals: Int)
    /// Money: "$35,000".
    case currency(symbol: String)

    /// Counts and money never get fractional ticks.
    public var integerTicks: Bool {
        switch self {
        case .count, .currency: true
        default: false
        }
    }

    /// The label for `value` with `decimals` places (for ticks, the step's precision).
    /// Decimals outside 0...15 (from a decoded value, say) are clamped, never trapped on.
    public func string(_ value: Double, decimals: Int? = nil) -> String {
        let minus = "\u{2212}"
        let decimals = decimals.map(clamp)
        switch self {
        case .count: return NumberFormat(decimals: decimals ?? 0, minusSign: minus).string(value)
        case let .number(d): return NumberFormat(decimals: decimals ?? clamp(d), minusSign: minus).string(value)
        case let .percent(d):
            return NumberFormat(style: .percent, decimals: decimals ?? clamp(d), minusSign: minus).string(value)
        case let .signedPercent(d):
            return NumberFormat(style: .signedPercent, decimals: decimals ?? clamp(d), minusSign: minus).string(value)
        case let .currency(symbol):
            return NumberFormat(style: .currency(symbol: symbol), decimals: decimals ?? 0, minusSign: minus).string(
                value)
        }
    }
}

private func clamp(_ decimals: Int) -> Int { Swift.min(Swift.max(decimals, 0), 15) }
