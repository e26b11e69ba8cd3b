import TIPScene
import Testing
@testable import TIPCairo

/// Characters the bundled fonts cannot draw are reported, naming the character and its text.
struct MissingGlyphTests {
    static func scene(_ texts: [String], weight: Font.Weight = .regular) -> Scene {
        Scene(
            size: Size(width: 400, height: 300), title: "t",
            items: texts.enumerated().map { i, text in
                .text(
                    TextRun(
                        text, at: Point(x: 10, y: 20 + 20 * Double(i)), font: Font(size: 12, weight: weight),
                        color: .black, metrics: TextMetrics(width: 10, ascent: 9, descent: 3)))
            })
    }

    @Test func latinCyrillicAndLocaleMarksAreCovered() throws {
        let renderer = try SceneRenderer()
        // Kazakh and Russian, the typeset minus, no-break spaces and the marks CLDR puts in
        // Arabic-locale numbers: DejaVu Sans draws them all.
        let texts = [
            "Қазақстан", "Казахстан", "−1\u{A0}800\u{A0}%", "1\u{202F}234", "\u{200E}-5\u{200E}%\u{200E}", "€ £ ₸",
        ]
        for weight in [Font.Weight.regular, .bold] {
            #expect(renderer.missingGlyphs(in: Self.scene(texts, weight: weight)).isEmpty)
        }
    }

    @Test func cjkAndDevanagariAreReportedOncePerText() throws {
        let renderer = try SceneRenderer()
        let missing = renderer.missingGlyphs(in: Self.scene(["中国 中国", "नेपाल", "ok"]))
        #expect(missing.map(\.character) == ["中", "国", "न", "े", "प", "ा", "ल"])
        #expect(missing.first?.description == "'中' (U+4E2D) in '中国 中国'")
        #expect(missing.allSatisfy { $0.text != "ok" })
    }
}
