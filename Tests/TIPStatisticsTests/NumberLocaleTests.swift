import Foundation
import Testing
@testable import TIPStatistics

/// Numbers in each supported locale match CLDR: live against the CLDR data Foundation's
/// formatters carry where it has the locale's patterns, and against CLDR's published
/// patterns for Hindi's Indian grouping, which this Foundation build does not apply.
struct NumberLocaleTests {
    static func foundation(_ id: String, _ style: NumberFormatter.Style, _ value: Double, decimals: Int) -> String? {
        let f = NumberFormatter()
        f.locale = Locale(identifier: id)
        f.numberStyle = style
        f.minimumFractionDigits = decimals
        f.maximumFractionDigits = decimals
        if style == .currency { f.currencySymbol = "$" }
        // Our documented rounding is half away from zero (0.125 → 0.13); ICU's default is half even.
        f.roundingMode = .halfUp
        return f.string(from: NSNumber(value: value))
    }

    static let values = [1_234_567.891, -1_234_567.891, 0.125, 0, 999, 1000, -35_000, 12_345_678_901]

    @Test(arguments: ["en", "ru", "kk", "de", "fr", "ar"])
    func matchesFoundationsCLDRData(_ id: String) throws {
        let locale = try #require(NumberLocale(identifier: id))
        for value in Self.values {
            for decimals in [0, 3] {
                var number = NumberFormat(decimals: decimals)
                number.locale = locale
                #expect(number.string(value) == Self.foundation(id, .decimal, value, decimals: decimals), "\(value)")
            }
            // Our percent style takes the value in percent; Foundation's takes the fraction.
            var percent = NumberFormat.percent(decimals: 1)
            percent.locale = locale
            #expect(percent.string(value * 100) == Self.foundation(id, .percent, value, decimals: 1), "\(value) %")
            var money = NumberFormat.currency("$", decimals: 2)
            money.locale = locale
            #expect(money.string(value) == Self.foundation(id, .currency, value, decimals: 2), "\(value) $")
        }
    }

    @Test func arabicNativeDigitsMatchEgyptianArabic() throws {
        let locale = try #require(NumberLocale(identifier: "ar")).withNativeDigits()
        for value in Self.values {
            var number = NumberFormat(decimals: 3)
            number.locale = locale
            #expect(number.string(value) == Self.foundation("ar-EG", .decimal, value, decimals: 3), "\(value)")
            var percent = NumberFormat.percent(decimals: 1)
            percent.locale = locale
            #expect(percent.string(value * 100) == Self.foundation("ar-EG", .percent, value, decimals: 1))
        }
    }

    /// CLDR hi: decimal pattern #,##,##0.###, percent #,##,##0%, currency ¤#,##,##0.00.
    @Test func hindiUsesIndianGrouping() throws {
        let hindi = try #require(NumberLocale(identifier: "hi-IN"))
        var number = NumberFormat(decimals: 3)
        number.locale = hindi
        #expect(number.string(1_234_567.891) == "12,34,567.891")
        #expect(number.string(-12_345_678_901) == "-12,34,56,78,901.000")
        #expect(number.string(999) == "999.000")
        var percent = NumberFormat.percent(decimals: 1)
        percent.locale = hindi
        #expect(percent.string(12.5) == "12.5%")
        var change = NumberFormat.signedPercent()
        change.locale = hindi
        #expect(change.string(180_000) == "+1,80,000%")
        var money = NumberFormat.currency("₹")
        money.locale = hindi
        #expect(money.string(-3_500_000) == "-₹35,00,000")
        number.locale = hindi.withNativeDigits()
        #expect(number.string(1_234_567.891) == "१२,३४,५६७.८९१")
    }

    @Test func russianChangesAndCounts() throws {
        var change = NumberFormat.signedPercent()
        change.locale = .russian
        #expect(change.string(1800) == "+1\u{A0}800\u{A0}%")
        #expect(change.string(-50) == "-50\u{A0}%")
        #expect(change.string(0) == "0\u{A0}%")
        var count = NumberFormat.count
        count.locale = .kazakh
        #expect(count.string(35_000) == "35\u{A0}000")
    }

    @Test func localesDecodeByNameOnly() throws {
        var format = NumberFormat(decimals: 1)
        format.locale = NumberLocale.arabic.withNativeDigits()
        let data = try JSONEncoder().encode(format)
        #expect(String(decoding: data, as: UTF8.self).contains(#""nativeDigits":true"#))
        #expect(try JSONDecoder().decode(NumberFormat.self, from: data) == format)
        let bad =
            #"{"style":{"plain":{}},"decimals":0,"grouping":true,"groupSeparator":",","minusSign":"-","#
            + #""locale":{"identifier":"xx","nativeDigits":false}}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(NumberFormat.self, from: Data(bad.utf8)) }
        #expect(NumberLocale(identifier: "kk_KZ") == .kazakh && NumberLocale(identifier: "zz") == nil)
    }

    /// BCP 47's Unicode extension picks the numbering system: `nu-arab`, `nu-deva`, `nu-latn`.
    @Test func tagsNameTheirNumberingSystem() {
        #expect(NumberLocale(identifier: "ar-u-nu-arab") == NumberLocale.arabic.withNativeDigits())
        #expect(NumberLocale(identifier: "ar-EG-u-nu-arab")?.usesNativeDigits == true)
        #expect(NumberLocale(identifier: "hi-IN-u-nu-deva") == NumberLocale.hindi.withNativeDigits())
        #expect(NumberLocale(identifier: "ar-u-nu-latn") == .arabic)
        #expect(NumberLocale(identifier: "ar-EG") == .arabic)
        #expect(NumberLocale(identifier: "ru-u-nu-arab") == nil)
        #expect(NumberLocale(identifier: "hi-u-nu-thai") == nil)
        #expect(NumberLocale(identifier: "hi-u-nu") == .hindi)
        let devanagari = NumberFormat(decimals: 1, locale: NumberLocale(identifier: "hi-u-nu-deva"))
        #expect(devanagari.string(1_234_567.5) == "१२,३४,५६७.५")
    }
}
