import TIPScene
import Testing
@testable import TIPCairo

/// Characters no font can draw are reported, naming the character and its text.
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

    /// Native digits and the format characters around them: Arabic-Indic digits, separators
    /// and percent; Devanagari digits; the Arabic letter mark and other default ignorables,
    /// which Pango never draws.
    @Test func nativeDigitsAndFormatCharactersNeedNoWarning() throws {
        let renderer = try SceneRenderer()
        let texts = ["\u{61C}-١٢٣٬٤٥٦٫٧\u{66A}\u{61C}", "१२,३४,५६७", "\u{200F}\u{200D}\u{200C}\u{2066}x\u{2069}"]
        #expect(renderer.missingGlyphs(in: Self.scene(texts)).isEmpty)
    }

    @Test func fallbackScriptsAreCovered() throws {
        let renderer = try SceneRenderer()
        let texts = ["中国", "नेपाल", "বাংলা", "ประเทศไทย", "日本の", "한국", "עברית", "فارسی"]
        for weight in [Font.Weight.regular, .bold] {
            #expect(renderer.missingGlyphs(in: Self.scene(texts, weight: weight)).isEmpty)
        }
    }

    @Test func scriptsWithoutAFontAreReportedOncePerText() throws {
        let renderer = try SceneRenderer()
        // Ethiopic and Khmer: neither DejaVu Sans nor the Noto fallbacks cover them.
        let missing = renderer.missingGlyphs(in: Self.scene(["ኢትዮጵያ ኢትዮ", "កម្ពុជា", "ok 中国"]))
        #expect(missing.map(\.character).prefix(4) == ["ኢ", "ት", "ዮ", "ጵ"])
        #expect(missing.first?.description == "'ኢ' (U+12A2) in 'ኢትዮጵያ ኢትዮ'")
        #expect(missing.filter { $0.text == "ኢትዮጵያ ኢትዮ" }.count == 5, "once per character and text")
        #expect(missing.contains { $0.character == "ក" })
        #expect(missing.allSatisfy { $0.text != "ok 中国" })
    }
}
