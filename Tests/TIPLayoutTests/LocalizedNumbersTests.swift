import TIPScene
import TIPStatistics
import Testing
@testable import TIPLayout

/// With a number locale in the theme, ticks, value labels, change annotations, donut legends
/// and totals print in that locale's CLDR patterns, and the layout stays clean.
struct LocalizedNumbersTests {
    static func theme(_ locale: NumberLocale) -> Theme {
        var theme = Theme.standard
        theme.numberLocale = locale
        return theme
    }

    @Test func barsInRussian() {
        let change = ValueFormat.signedPercent(decimals: 0).string(1_899_900, locale: .russian)
        let chart = seriesBars(["2006", "2007"], [("Convictions", [1, 19_000])])
            .annotation(.bracket(from: "2006", to: "2007", text: change))
        let scene = chart.scene(size: standardSize, theme: Self.theme(.russian), measurer: measurer)
        let texts = scene.texts()
        #expect(texts.contains("19\u{A0}000"), "\(texts)")
        #expect(texts.contains("+1\u{A0}899\u{A0}900\u{A0}%"), "\(texts)")
        #expect(texts.contains { $0.hasSuffix("\u{A0}000") && $0 != "19\u{A0}000" }, "a tick in thousands: \(texts)")
        #expect(scene.layoutProblems().isEmpty, "\(scene.layoutProblems())")
    }

    @Test(
        arguments: NumberLocale.all + [NumberLocale.arabic.withNativeDigits(), NumberLocale.hindi.withNativeDigits()])
    func everyLocaleLaysOutCleanly(_ locale: NumberLocale) {
        struct Point { var year: Int; var value: Double }
        var line = Plot((0..<12).map { Point(year: 2000 + $0, value: 1_234_567 * Double($0) - 3_000_000) }) {
            LineMark(x: .value("Year", \.year), y: .value("a", \.value))
        }.title("t").source("s")
        line.layers[0].encoding[.y]?.format = .number(decimals: 1)
        struct Slice { var name: String; var value: Double }
        var donut = Plot([Slice(name: "a", value: 1234.5), Slice(name: "b", value: 66)]) {
            SectorMark(angle: .value("total", \.value), innerRadius: .ratio(0.56))
                .foregroundStyle(by: .value("Part", \.name))
        }.title("t").source("s")
        donut.layers[0].encoding[.theta]?.format = .number(decimals: 1)
        for scene in [
            line.scene(size: standardSize, theme: Self.theme(locale), measurer: measurer),
            donut.scene(size: standardSize, theme: Self.theme(locale), measurer: measurer),
        ] {
            #expect(scene.layoutProblems().isEmpty, "\(locale.identifier): \(scene.layoutProblems())")
        }
        // The total in the hole, in the locale's digits and separators.
        let texts = donut.scene(size: standardSize, theme: Self.theme(locale), measurer: measurer).texts()
        let expected = NumberFormat(decimals: 1, locale: locale).string(1300.5)
        #expect(texts.contains(expected), "\(locale.identifier): \(texts)")
    }

    @Test func withoutALocaleNothingChanges() {
        #expect(ValueFormat.count.string(-1800) == "\u{2212}1,800")
        #expect(ValueFormat.signedPercent(decimals: 0).string(1800) == "+1,800%")
        #expect(ValueFormat.signedPercent(decimals: 0).string(1800, locale: .russian) == "+1\u{A0}800\u{A0}%")
    }
}
