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
        let chart = BarChart(
            categories: ["2006", "2007"], series: [Series(name: "Convictions", values: [1, 19_000])],
            annotatesChange: true, text: ChartText(title: "t", source: "s"))
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
        let line = LineChart(
            x: .categories((2000..<2012).map(String.init)),
            series: [Series(name: "a", values: (0..<12).map { 1_234_567 * Double($0) - 3_000_000 })],
            valueFormat: .number(decimals: 1), includesZero: true, text: ChartText(title: "t", source: "s"))
        let donut = DonutChart(
            slices: [DonutSlice(label: "a", value: 1234.5), DonutSlice(label: "b", value: 66)],
            valueFormat: .number(decimals: 1), text: ChartText(title: "t", source: "s"))
        for scene in [
            line.scene(size: standardSize, theme: Self.theme(locale), measurer: measurer),
            donut.scene(size: standardSize, theme: Self.theme(locale), measurer: measurer),
        ] {
            #expect(scene.layoutProblems().isEmpty, "\(locale.identifier): \(scene.layoutProblems())")
        }
        let legend = donut.scene(size: standardSize, theme: Self.theme(locale), measurer: measurer).texts()
        let expected = NumberFormat(decimals: 1, locale: locale).string(1234.5)
        #expect(legend.contains { $0.contains(expected) }, "\(locale.identifier): \(legend)")
    }

    @Test func withoutALocaleNothingChanges() {
        #expect(ValueFormat.count.string(-1800) == "\u{2212}1,800")
        #expect(ValueFormat.signedPercent(decimals: 0).string(1800) == "+1,800%")
        #expect(ValueFormat.signedPercent(decimals: 0).string(1800, locale: .russian) == "+1\u{A0}800\u{A0}%")
    }
}
