/// How a language writes numbers: separators, signs, grouping, digits, and where the percent
/// and currency signs go. The values are CLDR's (Unicode Common Locale Data Repository,
/// version 44, the `latn` number system unless `nativeDigits`), kept as a table so output is
/// the same on every machine; the tests compare them with the CLDR data Foundation carries.
///
/// | locale | 1234567.891 | 0.125 as percent | −35000 as currency |
/// |---|---|---|---|
/// | en | 1,234,567.891 | 12.5% | -$35,000 |
/// | ru | 1 234 567,891 (NBSP) | 12,5 % (NBSP) | -35 000 $ |
/// | kk | 1 234 567,891 (NBSP) | 12,5% | -35 000 $ |
/// | de | 1.234.567,891 | 12,5 % (NBSP) | -35.000 $ |
/// | fr | 1 234 567,891 (U+202F) | 12,5 % (NBSP) | -35 000 $ |
/// | ar | 1,234,567.891 | 12.5‎%‎ (with LRM marks) | ‏‎-35,000 $ (RLM, LRM) |
/// | hi | 12,34,567.891 (Indian grouping) | 12.5% | -$35,000 |
///
/// With `nativeDigits`, Arabic uses Arabic-Indic digits and separators (١٬٢٣٤٬٥٦٧٫٨٩١) and
/// Hindi Devanagari digits (१२,३४,५६७.८९१).
public struct NumberLocale: Sendable, Hashable {
    /// The BCP 47 language code: "en", "ru", "kk", "de", "fr", "ar" or "hi".
    public let identifier: String
    /// Between the integer and the fraction.
    public let decimalSeparator: String
    /// Between groups of integer digits.
    public let groupSeparator: String
    /// Digits in every group but the one next to the decimal separator, which has 3: 2 in
    /// Hindi (12,34,567), else 3.
    public let secondaryGroupSize: Int
    /// Before a negative number, including any direction mark.
    public let minusSign: String
    /// Before an explicitly positive number (signed changes).
    public let plusSign: String
    /// After the digits of a percent.
    public let percentSuffix: String
    /// Before the sign and digits of an amount; `¤` stands for the currency symbol.
    public let currencyPrefix: String
    /// After the digits of an amount; `¤` stands for the currency symbol.
    public let currencySuffix: String
    /// Whether the minus sign goes before ``currencyPrefix`` (else between it and the digits).
    public let signBeforeCurrencyPrefix: Bool
    /// The ten digits, 0 to 9, as written.
    public let digits: [String]

    static let latinDigits = (0...9).map(String.init)

    /// The locales the table holds, by identifier.
    public static let all: [NumberLocale] = [.english, .russian, .kazakh, .german, .french, .arabic, .hindi]

    /// English: 1,234,567.891; 12.5%; -$35,000.
    public static let english = NumberLocale(
        identifier: "en", decimal: ".", group: ",", percent: "%", currency: ("¤", ""))
    /// Russian: 1 234 567,891 with no-break spaces; 12,5 %; -35 000 $.
    public static let russian = NumberLocale(
        identifier: "ru", decimal: ",", group: "\u{A0}", percent: "\u{A0}%", currency: ("", "\u{A0}¤"))
    /// Kazakh: 1 234 567,891 with no-break spaces; 12,5%; -35 000 $.
    public static let kazakh = NumberLocale(
        identifier: "kk", decimal: ",", group: "\u{A0}", percent: "%", currency: ("", "\u{A0}¤"))
    /// German: 1.234.567,891; 12,5 %; -35.000 $.
    public static let german = NumberLocale(
        identifier: "de", decimal: ",", group: ".", percent: "\u{A0}%", currency: ("", "\u{A0}¤"))
    /// French: 1 234 567,891 with narrow no-break spaces; 12,5 %; -35 000 $.
    public static let french = NumberLocale(
        identifier: "fr", decimal: ",", group: "\u{202F}", percent: "\u{A0}%", currency: ("", "\u{A0}¤"))
    /// Arabic with Latin digits, as CLDR's default for "ar": left-to-right marks keep the
    /// sign and percent sign beside the digits in right-to-left text.
    public static let arabic = NumberLocale(
        identifier: "ar", decimal: ".", group: ",", minus: "\u{200E}-", plus: "\u{200E}+",
        percent: "\u{200E}%\u{200E}", currency: ("\u{200F}", "\u{A0}¤"), signBeforeCurrency: false)
    /// Hindi: Indian grouping (12,34,567.891); 12.5%; -$35,000.
    public static let hindi = NumberLocale(
        identifier: "hi", decimal: ".", group: ",", secondaryGroupSize: 2, percent: "%", currency: ("¤", ""))

    init(
        identifier: String, decimal: String, group: String, secondaryGroupSize: Int = 3, minus: String = "-",
        plus: String = "+", percent: String, currency: (prefix: String, suffix: String),
        signBeforeCurrency: Bool = true, digits: [String] = latinDigits
    ) {
        self.identifier = identifier
        decimalSeparator = decimal
        groupSeparator = group
        self.secondaryGroupSize = secondaryGroupSize
        minusSign = minus
        plusSign = plus
        percentSuffix = percent
        currencyPrefix = currency.prefix
        currencySuffix = currency.suffix
        signBeforeCurrencyPrefix = signBeforeCurrency
        self.digits = digits
    }

    /// The locale for a BCP 47 tag: its language subtag ("ru", "ru-RU", "kk_KZ" → Kazakh),
    /// and its numbering system when the tag names one with the Unicode extension `nu`:
    /// "ar-u-nu-arab" and "hi-IN-u-nu-deva" give native digits (``withNativeDigits()``),
    /// "-u-nu-latn" Latin ones. Nil when the table does not hold the language, or the tag
    /// names a numbering system the language does not have here.
    public init?(identifier tag: String) {
        let subtags = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).map { $0.lowercased() }
        let language = subtags.first ?? ""
        guard let known = Self.all.first(where: { $0.identifier == language }) else { return nil }
        let system = subtags.firstIndex(of: "u").flatMap { u in subtags[u...].firstIndex(of: "nu") }
            .flatMap { nu in nu + 1 < subtags.count ? subtags[nu + 1] : nil }
        switch (language, system) {
        case (_, nil), (_, "latn"): self = known
        case ("ar", "arab"), ("hi", "deva"): self = known.withNativeDigits()
        default: return nil
        }
    }

    /// The same locale in its native digits where CLDR has them: Arabic-Indic for Arabic
    /// (with its own separators and signs, CLDR's `arab` system) and Devanagari for Hindi.
    /// Other locales are returned unchanged. The Arabic letter mark (U+061C) is a format
    /// character: it orders the sign and is not drawn.
    public func withNativeDigits() -> NumberLocale {
        switch identifier {
        case "ar":
            return NumberLocale(
                identifier: "ar", decimal: "\u{66B}", group: "\u{66C}", minus: "\u{61C}-", plus: "\u{61C}+",
                percent: "\u{66A}\u{61C}", currency: ("\u{200F}", "\u{A0}¤"),
                digits: (0...9).map { String(UnicodeScalar(0x660 + $0).map(Character.init) ?? "?") })
        case "hi":
            return NumberLocale(
                identifier: "hi", decimal: ".", group: ",", secondaryGroupSize: 2, percent: "%", currency: ("¤", ""),
                digits: (0...9).map { String(UnicodeScalar(0x966 + $0).map(Character.init) ?? "?") })
        default:
            return self
        }
    }

    /// `fixed` (ASCII digits with an optional "."), grouped and written in this locale.
    func localize(_ fixed: String, grouping: Bool) -> String {
        groupedDigits(
            fixed, separator: grouping ? groupSeparator : nil, secondary: secondaryGroupSize,
            decimal: decimalSeparator, digits: usesNativeDigits ? digits : nil)
    }
}

extension NumberLocale: Codable {
    enum CodingKeys: String, CodingKey { case identifier, nativeDigits }

    /// Whether the digits are the language's own rather than 0–9.
    public var usesNativeDigits: Bool { digits != Self.latinDigits }

    /// Whether the locale's language is written right to left (Arabic in this table).
    public var isRightToLeft: Bool { identifier == "ar" }

    /// Encoded by name only: `{"identifier": "ru", "nativeDigits": false}`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(identifier, forKey: .identifier)
        try c.encode(usesNativeDigits, forKey: .nativeDigits)
    }

    /// Decodes through ``init(identifier:)``: a language the table does not hold is a
    /// decoding error naming the ones it does.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let tag = try c.decode(String.self, forKey: .identifier)
        guard let known = NumberLocale(identifier: tag) else {
            throw DecodingError.dataCorruptedError(
                forKey: .identifier, in: c,
                debugDescription: "no number locale '\(tag)'; use one of "
                    + Self.all.map(\.identifier).joined(separator: ", "))
        }
        self = try c.decodeIfPresent(Bool.self, forKey: .nativeDigits) == true ? known.withNativeDigits() : known
    }
}
