import TIPScene
import TIPStatistics

/// How values print on axes and labels. Wraps ``/TIPStatistics/NumberFormat`` with the typeset
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

    /// The label for `value` with `decimals` places (for ticks, the step's precision), in
    /// `locale`'s CLDR patterns when given, else in English with a typeset minus sign.
    /// Decimals outside 0...15 (from a decoded value, say) are clamped, never trapped on.
    public func string(_ value: Double, decimals: Int? = nil, locale: NumberLocale? = nil) -> String {
        var format = numberFormat(decimals: decimals.map(clamp))
        format.minusSign = "\u{2212}"
        format.locale = locale
        return format.string(value)
    }

    /// The ``/TIPStatistics/NumberFormat`` of this kind, with `decimals` in place of its own.
    func numberFormat(decimals: Int?) -> NumberFormat {
        switch self {
        case .count: NumberFormat(decimals: decimals ?? 0)
        case let .number(d): NumberFormat(decimals: decimals ?? clamp(d))
        case let .percent(d): NumberFormat(style: .percent, decimals: decimals ?? clamp(d))
        case let .signedPercent(d): NumberFormat(style: .signedPercent, decimals: decimals ?? clamp(d))
        case let .currency(symbol): NumberFormat(style: .currency(symbol: symbol), decimals: decimals ?? 0)
        }
    }
}

private func clamp(_ decimals: Int) -> Int { Swift.min(Swift.max(decimals, 0), 15) }
