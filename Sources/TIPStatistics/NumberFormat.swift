import RealModule

/// Formats numbers for tables and tick labels without Foundation, so output is the same
/// on every machine and locale.
///
/// ```swift
/// NumberFormat.count.string(35000)                              // "35,000"
/// NumberFormat.signedPercent(decimals: 0).string(1800)          // "+1,800%"
/// NumberFormat.currency("$").string(12500)                      // "$12,500"
/// NumberFormat(decimals: 2).string(69.230769)                    // "69.23"
/// ```
/// Rounding is half away from zero, on the decimal value. A value that rounds to zero
/// prints without a sign ("0", never "-0"). NaN and ±∞ print as "n/a"; magnitudes above
/// about 9e15 print in exponent form with four significant digits ("1.5e20").
public struct NumberFormat: Sendable, Hashable, Codable {
    /// What surrounds the digits: a sign, a percent sign, a currency symbol.
    public enum Style: Sendable, Hashable, Codable {
        /// Digits with a minus sign when negative: "1,834", "-3".
        case plain
        /// Always signed: "+9", "-5", "0".
        case signed
        /// The value is already a percent: 77.68 → "77.68%".
        case percent
        /// A change in percent, always signed: "+69.23%", "-50%".
        case signedPercent
        /// A currency amount with the symbol in front: "$35,000".
        case currency(symbol: String)
    }

    /// What surrounds the digits.
    public var style: Style
    /// Digits after the decimal point, 0–15; rounding is half away from zero.
    public var decimals: Int
    /// Insert a separator every three integer digits.
    public var grouping: Bool
    /// The thousands separator (",").
    public var groupSeparator: String
    /// "-" (ASCII, for CSV and JSON) or "−" (U+2212, for typeset labels).
    public var minusSign: String
    /// When set, the locale's separators, signs, grouping, digits and percent and currency
    /// patterns replace `groupSeparator` and `minusSign` (see ``NumberLocale``).
    public var locale: NumberLocale?

    /// A format.
    ///
    /// - Precondition: `decimals` is 0–15 (decoding checks this and throws instead).
    public init(
        style: Style = .plain, decimals: Int = 0, grouping: Bool = true,
        groupSeparator: String = ",", minusSign: String = "-", locale: NumberLocale? = nil
    ) {
        precondition((0...15).contains(decimals), "decimals must be in 0...15")
        self.style = style
        self.decimals = decimals
        self.grouping = grouping
        self.groupSeparator = groupSeparator
        self.minusSign = minusSign
        self.locale = locale
    }

    /// Whole numbers with thousands separators.
    public static let count = NumberFormat()
    /// Values already in percent, unsigned: 77.68 → "77.7%".
    public static func percent(decimals: Int = 1) -> NumberFormat { NumberFormat(style: .percent, decimals: decimals) }
    /// Changes in percent, signed: 1800 → "+1,800%".
    public static func signedPercent(decimals: Int = 0) -> NumberFormat {
        NumberFormat(style: .signedPercent, decimals: decimals)
    }
    /// Money with its symbol in front: "$35,000".
    public static func currency(_ symbol: String, decimals: Int = 0) -> NumberFormat {
        NumberFormat(style: .currency(symbol: symbol), decimals: decimals)
    }

    /// The text for `value`.
    ///
    /// - Complexity: O(digits).
    public func string(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        guard let fixed = formatFixed(abs(value), decimals: decimals) else { return scientific(value) }
        let isZero = fixed.allSatisfy { $0 == "0" || $0 == "." }
        let negative = value < 0 && !isZero
        if let locale { return localized(fixed, negative: negative, isZero: isZero, in: locale) }
        let digits = groupedDigits(fixed, separator: grouping ? groupSeparator : nil)
        let sign = negative ? minusSign : ""
        switch style {
        case .plain: return sign + digits
        case .signed: return (negative ? minusSign : isZero ? "" : "+") + digits
        case .percent: return sign + digits + "%"
        case .signedPercent: return (negative ? minusSign : isZero ? "" : "+") + digits + "%"
        case let .currency(symbol): return sign + symbol + digits
        }
    }

    /// The digits in `locale`, with its sign, percent and currency patterns.
    private func localized(_ fixed: String, negative: Bool, isZero: Bool, in locale: NumberLocale) -> String {
        let digits = locale.localize(fixed, grouping: grouping)
        let sign = negative ? locale.minusSign : ""
        let explicit = negative ? locale.minusSign : isZero ? "" : locale.plusSign
        switch style {
        case .plain: return sign + digits
        case .signed: return explicit + digits
        case .percent: return sign + digits + locale.percentSuffix
        case .signedPercent: return explicit + digits + locale.percentSuffix
        case let .currency(symbol):
            let prefix = locale.currencyPrefix.replacingSymbol(with: symbol)
            let suffix = locale.currencySuffix.replacingSymbol(with: symbol)
            return (locale.signBeforeCurrencyPrefix ? sign + prefix : prefix + sign) + digits + suffix
        }
    }

    /// Magnitudes beyond exact fixed-point formatting (about 9e15) in exponent form with up
    /// to four significant digits, in the style's sign and unit: "1.5e20", "−2e308", "+1e308%".
    func scientific(_ value: Double) -> String {
        var exponent = Int(Double.log10(abs(value)).rounded(.down))
        var mantissa = abs(value) / Double.pow(10, Double(exponent))
        if !mantissa.isFinite || mantissa == 0 { mantissa = 1 }
        var digits = formatFixed(mantissa, decimals: 3) ?? "1.000"
        if digits.hasPrefix("10") { exponent += 1; digits = formatFixed(mantissa / 10, decimals: 3) ?? "1.000" }
        while digits.hasSuffix("0") { digits.removeLast() }
        if digits.hasSuffix(".") { digits.removeLast() }
        let body = digits + "e" + String(exponent)
        let sign = value < 0 ? minusSign : ""
        switch style {
        case .plain: return sign + body
        case .signed: return (value < 0 ? minusSign : "+") + body
        case .percent: return sign + body + "%"
        case .signedPercent: return (value < 0 ? minusSign : "+") + body + "%"
        case let .currency(symbol): return sign + symbol + body
        }
    }
}

/// `fixed` (ASCII digits with an optional "."), with `separator` between groups of integer
/// digits (the group next to the point has 3 digits, further ones `secondary`: 3, or 2 in
/// Indian grouping), `decimal` for the point, and each digit written as `digits[d]` when given.
/// No grouping when `separator` is nil.
///
/// - Complexity: O(digits).
func groupedDigits(
    _ fixed: String, separator: String?, secondary: Int = 3, decimal: String = ".", digits: [String]? = nil
) -> String {
    let ascii = Array(fixed.utf8)
    let point = ascii.firstIndex(of: UInt8(ascii: ".")) ?? ascii.count
    if separator == nil || point <= 3, decimal == ".", digits == nil { return fixed }
    let group = separator.map { Array($0.utf8) } ?? []
    let glyphs = digits.map { $0.map { Array($0.utf8) } }
    var out: [UInt8] = []
    out.reserveCapacity(ascii.count * 3)
    func digit(_ b: UInt8) {
        if let glyphs { out += glyphs[Int(b - 0x30)] } else { out.append(b) }
    }
    for i in 0..<point {
        let left = point - i  // digits from here to the point
        if !group.isEmpty, i > 0, left >= 3, (left - 3) % secondary == 0 { out += group }
        digit(ascii[i])
    }
    if point < ascii.count {
        out += Array(decimal.utf8)
        for b in ascii[(point + 1)...] { digit(b) }
    }
    return String(decoding: out, as: UTF8.self)
}

extension NumberFormat {
    enum CodingKeys: String, CodingKey { case style, decimals, grouping, groupSeparator, minusSign, locale }

    /// Decodes through the rule of ``init(style:decimals:grouping:groupSeparator:minusSign:locale:)``:
    /// decimals outside 0...15 are a decoding error, never a trap.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let decimals = try c.decode(Int.self, forKey: .decimals)
        guard (0...15).contains(decimals) else {
            throw DecodingError.dataCorruptedError(
                forKey: .decimals, in: c, debugDescription: "decimals must be in 0...15, not \(decimals)")
        }
        self.init(
            style: try c.decode(Style.self, forKey: .style), decimals: decimals,
            grouping: try c.decode(Bool.self, forKey: .grouping),
            groupSeparator: try c.decode(String.self, forKey: .groupSeparator),
            minusSign: try c.decode(String.self, forKey: .minusSign))
        locale = try c.decodeIfPresent(NumberLocale.self, forKey: .locale)
    }
}

extension String {
    /// The pattern with its currency placeholder `¤` replaced by `symbol`.
    fileprivate func replacingSymbol(with symbol: String) -> String {
        var out = ""
        for c in self { if c == "¤" { out += symbol } else { out.append(c) } }
        return out
    }
}
