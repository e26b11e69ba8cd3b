import Foundation
import TIPScene
import Testing
@testable import TIPCairo

/// The glyphs we draw are HarfBuzz's: for each script, the run the renderer lays out has
/// the glyph ids and advances that `hb-shape` (Debian's `libharfbuzz-bin`, HarfBuzz's own
/// command-line shaper) gives for the same text in the same font file.
struct ShapingOracleTests {
    struct Sample: Sendable, CustomTestStringConvertible {
        let script: String
        let text: String
        let expectedFont: String
        var testDescription: String { script }
    }

    static let samples = [
        Sample(script: "Arabic", text: "الاتجار بالبشر في كازاخستان", expectedFont: "DejaVuSans.ttf"),
        Sample(script: "Persian", text: "قاچاق انسان در قزاقستان", expectedFont: "DejaVuSans.ttf"),
        Sample(script: "Hebrew", text: "סחר בבני אדם", expectedFont: "DejaVuSans.ttf"),
        Sample(
            script: "Devanagari (Hindi)", text: "मानव तस्करी के मामले", expectedFont: "NotoSansDevanagari-Regular.ttf"),
        Sample(script: "Devanagari (Nepali)", text: "मानव बेचबिखन", expectedFont: "NotoSansDevanagari-Regular.ttf"),
        Sample(script: "Bengali", text: "মানব পাচারের মামলা", expectedFont: "NotoSansBengali-Regular.ttf"),
        Sample(script: "Thai", text: "การค้ามนุษย์ในประเทศไทย", expectedFont: "NotoSansThai-Regular.ttf"),
        Sample(script: "Chinese", text: "人口贩运定罪人数", expectedFont: "NotoSansCJK-Regular.ttc"),
        Sample(script: "Kazakh", text: "Адам саудасы", expectedFont: "DejaVuSans.ttf"),
    ]

    /// Runs `hb-shape` at `size` × 1024 units per em, Pango's own unit, with the language the
    /// renderer sets (it picks regional glyph forms, as in Chinese), and returns its glyph ids
    /// and advances (in points).
    static func hbShape(_ text: String, file: String, faceIndex: Int, size: Int) throws -> [(UInt32, Double)] {
        let run = try runTool(
            "hb-shape",
            [
                "--output-format=json", "--no-glyph-names", "--font-size=\(size * 1024)",
                "--face-index=\(faceIndex)", "--language=\(TextShaper.language(of: text))", file, text,
            ])
        let (status, output) = try #require(run, "hb-shape is missing: install Debian's libharfbuzz-bin (make setup)")
        try #require(status == 0, "hb-shape failed: \(output)")
        let data = Data(output.utf8)
        let glyphs = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        return try glyphs.map { glyph in
            let id = try #require(glyph["g"] as? Int)
            let advance = try #require(glyph["ax"] as? Int)
            return (UInt32(id), Double(advance) / 1024)
        }
    }

    @Test(arguments: samples)
    func glyphsAndAdvancesMatchHBShape(sample: Sample) throws {
        let measurer = try CairoTextMeasurer()
        for size in [11, 16] {
            let runs = measurer.shapedRuns(of: sample.text, font: Font(size: Double(size)))
            let run = try #require(runs.count == 1 ? runs.first : nil, "\(runs.count) runs")
            #expect(run.fontFile.hasSuffix("/" + sample.expectedFont))
            let oracle = try Self.hbShape(sample.text, file: run.fontFile, faceIndex: run.faceIndex, size: size)
            #expect(run.glyphs == oracle.map(\.0))
            #expect(run.advances == oracle.map(\.1))
            #expect(!run.glyphs.contains(0), "no .notdef glyph")
            // The measured width is the sum of the drawn advances.
            let width = measurer.metrics(of: sample.text, font: Font(size: Double(size))).width
            #expect(abs(width - run.advances.reduce(0, +)) < 1e-9)
        }
    }

    @Test func rightToLeftRunsAreMarked() throws {
        let measurer = try CairoTextMeasurer()
        let arabic = measurer.shapedRuns(of: "الاتجار", font: Font(size: 12))
        #expect(arabic.map(\.isRightToLeft) == [true])
        // A Latin number inside Arabic text is its own left-to-right run.
        let mixed = measurer.shapedRuns(of: "الإدانات 2007", font: Font(size: 12))
        #expect(mixed.contains { !$0.isRightToLeft } && mixed.contains { $0.isRightToLeft })
    }

    @Test func chineseAndJapaneseGetTheirOwnGlyphForms() throws {
        let measurer = try CairoTextMeasurer()
        // Noto Sans CJK draws 直 differently in Chinese and in Japanese; the language the
        // shaper sets selects the form through the font's `locl` feature.
        let chinese = try #require(measurer.shapedRuns(of: "直接", font: Font(size: 12)).first)
        let japanese = try #require(measurer.shapedRuns(of: "直す", font: Font(size: 12)).first)
        #expect(chinese.glyphs.first != japanese.glyphs.first)
        #expect(TextShaper.language(of: "人口贩运") == "zh-cn")
        #expect(TextShaper.language(of: "人身取引の件数") == "ja")
        #expect(TextShaper.language(of: "인신매매") == "ko")
        #expect(TextShaper.language(of: "Kazakhstan") == "en")
    }
}
