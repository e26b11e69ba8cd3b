import TIPScene
import TIPStatistics
import Testing
@testable import TIPLayout

struct LayoutPrimitivesTests {
    @Test func wrappingKeepsWordsWhole() {
        let font = Font(size: 10)
        #expect(wrapText("one two three", font: font, maxWidth: 30, measurer: measurer) == ["one", "two", "three"])
        #expect(wrapText("one two three", font: font, maxWidth: 1000, measurer: measurer) == ["one two three"])
        #expect(
            wrapText("supercalifragilistic", font: font, maxWidth: 10, measurer: measurer) == ["supercalifragilistic"])
        #expect(wrapText("a\nb", font: font, maxWidth: 1000, measurer: measurer) == ["a", "b"])
        #expect(wrapText("", font: font, maxWidth: 10, measurer: measurer) == [""])
    }

    @Test(arguments: [(0.0, 100.0), (5, 150), (10, 200)])
    func linearScaleMapsLinearly(_ value: Double, _ expected: Double) {
        let scale = LinearScale(domain: Interval(from: 0, to: 10), range: Interval(from: 100, to: 200))
        #expect(scale(value) == expected)
        #expect(scale.affine.factor * value + scale.affine.offset == expected)
    }

    @Test func degenerateScaleMapsToTheMiddle() {
        #expect(LinearScale(domain: Interval(from: 3, to: 3), range: Interval(from: 0, to: 10))(3) == 5)
    }

    @Test func bandScaleSpacesCategoriesEvenly() {
        let band = BandScale(
            categories: ["2006", "2007"], range: Interval(from: 0, to: 100), paddingInner: 0.2, paddingOuter: 0.1)
        #expect(abs(band.step - 100 / 2.0) < 1e-12)
        #expect(abs(band.bandwidth - 40) < 1e-12)
        #expect(band("2007").map { abs($0 - 55) < 1e-12 } == true)
        #expect(band("2008") == nil)
    }

    @Test func rectNormalisesNegativeSizes() {
        let r = Rect(x: 10, y: 10, width: -5, height: -5)
        #expect(r == Rect(x: 5, y: 5, width: 5, height: 5))
        #expect(!Rect(x: 0, y: 0, width: 1, height: 1).overlaps(Rect(x: 1, y: 0, width: 1, height: 1)))
    }

    @Test func rotatedTextBoundsTurnWithTheText() {
        let run = TextRun(
            "abc", at: Point(x: 100, y: 100), anchor: .start, font: Font(size: 10), color: .black, rotation: -90,
            metrics: TextMetrics(width: 30, ascent: 8, descent: 2))
        let b = run.bounds
        #expect(abs(b.width - 10) < 1e-9 && abs(b.height - 30) < 1e-9)
        #expect(abs(b.maxY - 100) < 1e-9)
    }

    @Test(arguments: [
        (ValueFormat.count, 1234.0, "1,234"), (.currency(symbol: "$"), 35_000, "$35,000"),
        (.signedPercent(decimals: 0), 1800, "+1,800%"), (.signedPercent(decimals: 0), -50, "\u{2212}50%"),
        (.percent(decimals: 1), 77.68, "77.7%"), (.number(decimals: 1), 2.5, "2.5"),
    ])
    func valueFormats(_ format: ValueFormat, _ value: Double, _ expected: String) {
        #expect(format.string(value) == expected)
    }

    @Test func okabeItoIsTheDefaultPalette() {
        #expect(
            Theme.standard.palette.map(\.description) == [
                "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
            ])
    }
}

struct OrdinalColorScaleTests {
    @Test func mapsInDomainOrderAndCycles() {
        let scale = OrdinalColorScale(domain: (1...9).map { "c\($0)" })
        #expect(scale("c1") == Palette.okabeIto[0] && scale("c2") == Palette.okabeIto[1])
        #expect(scale("c8") == Palette.okabeIto[0], "eight categories wrap around seven colours")
        #expect(scale("unknown") == nil)
    }
}
