import TIPScene
import TIPStatistics
import Testing
@testable import TIPLayout

/// With a right-to-left locale, the text blocks hang from the right edge and each legend
/// swatch sits right of its label; the plot keeps the data's order.
struct RightToLeftLayoutTests {
    static let categories = ["التحقيقات", "الملاحقات", "الإدانات"]
    static let chart = seriesBars(
        categories, [("2006", [13, 7, 1]), ("2007", [22, 16, 19])], title: "كازاخستان: إنفاذ القانون، 2006–2007"
    ).subtitle("عدد القضايا").source("المصدر: تقرير الاتجار بالأشخاص 2008").yAxisTitle("العدد")

    static func scene(_ theme: Theme, size: Size = Size(width: 640, height: 400)) -> Scene {
        chart.scene(size: size, theme: theme, measurer: ApproximateTextMeasurer())
    }

    static var arabic: Theme {
        var theme = Theme.standard
        theme.numberLocale = .arabic
        return theme
    }

    @Test func arabicIsRightToLeftAndCanBeOverridden() {
        #expect(Self.arabic.isRightToLeft)
        #expect(!Theme.standard.isRightToLeft)
        var russian = Theme.standard
        russian.numberLocale = .russian
        #expect(!russian.isRightToLeft)
        var forced = Self.arabic
        forced.rightToLeft = false
        #expect(!forced.isRightToLeft)
        var hebrew = Theme.standard
        hebrew.rightToLeft = true
        #expect(hebrew.isRightToLeft)
    }

    @Test(arguments: [Size(width: 400, height: 300), Size(width: 640, height: 400), Size(width: 1600, height: 900)])
    func titleSubtitleAndSourceEndAtTheRightMargin(_ size: Size) {
        let theme = Self.arabic
        let scene = Self.scene(theme, size: size)
        #expect(scene.layoutProblems().isEmpty, "\(scene.layoutProblems())")
        let right = size.width - theme.margin
        for font in [theme.titleFont, theme.subtitleFont, theme.sourceFont] {
            let runs = scene.textRuns.filter { $0.font == font }
            #expect(!runs.isEmpty)
            for run in runs {
                #expect(run.anchor == .end && abs(run.position.x - right) < 1e-9, "\(run.text)")
            }
        }
    }

    @Test func legendRunsFromTheRightWithSwatchesRightOfTheirLabels() {
        let theme = Self.arabic
        let scene = Self.scene(theme)
        let right = 640 - theme.margin
        let swatches = scene.items.compactMap { item -> Rect? in
            if case let .rect(rect, style) = item, rect.width < 16, abs(rect.width - rect.height) < 0.01,
                style.fill != nil
            {
                return rect
            }
            return nil
        }
        #expect(swatches.count == 2)
        // The first series' swatch ends at the right margin, the second is to its left.
        #expect(abs((swatches.first?.maxX ?? 0) - right) < 1e-9)
        #expect((swatches.last?.maxX ?? .infinity) < (swatches.first?.minX ?? 0))
        for (swatch, name) in zip(swatches, ["2006", "2007"]) {
            let label = scene.textRuns.first { $0.text == name }
            #expect((label?.bounds.maxX ?? .infinity) <= swatch.minX - 4.9, "\(name)")
        }
    }

    @Test func thePlotKeepsTheDataOrder() {
        let ltr = Self.scene(.standard)
        let rtl = Self.scene(Self.arabic)
        let positions = { (scene: Scene) in
            Self.categories.compactMap { name in scene.textRuns.first { $0.text == name }?.position.x }
        }
        #expect(positions(rtl) == positions(rtl).sorted())
        #expect(positions(rtl).count == 3)
        #expect(positions(ltr).count == 3)
    }
}
