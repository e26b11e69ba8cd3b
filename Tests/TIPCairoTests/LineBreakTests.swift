import TIPLayout
import TIPScene
import Testing
@testable import TIPCairo

/// Lines break where Unicode's line-breaking algorithm (UAX #14) allows, so scripts written
/// without spaces wrap too.
struct LineBreakTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let script: String
        let text: String
        var testDescription: String { script }
    }

    static let cases = [
        Case(
            script: "Thai",
            text: "การค้ามนุษย์ในประเทศไทยเพิ่มขึ้นในปีที่ผ่านมา" + "ตามรายงานของกระทรวงการต่างประเทศสหรัฐอเมริกา"),
        Case(script: "Chinese", text: "根据美国国务院二零零八年人口贩运问题报告哈萨克斯坦政府在打击人口贩运方面作出了重大努力"),
        Case(script: "Japanese", text: "人身取引に関する年次報告書によるとカザフスタン政府は取り締まりを強化した"),
        Case(script: "Russian", text: "Казахстан: расследования, уголовные преследования и обвинительные приговоры"),
    ]

    @Test(arguments: cases)
    func longTextWrapsWithinTheWidthAndKeepsEveryCharacter(_ sample: Case) throws {
        let measurer = try CairoTextMeasurer()
        let font = Font(size: 12)
        let lines = wrapText(sample.text, font: font, maxWidth: 160, measurer: measurer)
        #expect(lines.count >= 2)
        for line in lines {
            #expect(measurer.metrics(of: line, font: font).width <= 160, "\(line)")
        }
        let spaceless = { (s: String) in s.filter { $0 != " " } }
        #expect(spaceless(lines.joined()) == spaceless(sample.text))
    }

    @Test func opportunitiesFollowUAX14() throws {
        let measurer = try CairoTextMeasurer()
        let offsets = { (text: String) in
            measurer.lineBreakOpportunities(in: text).map {
                text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: $0)
            }
        }
        // After the space, never before the closing punctuation; between ideographs, never
        // before "。"; none inside a number.
        #expect(offsets("Hello world.") == [6])
        #expect(offsets("人口贩运。") == [1, 2, 3])
        #expect(offsets("1 800") == [2])
        #expect(offsets("") == [])
        #expect(offsets("a") == [])
    }

    @Test func theDefaultBreaksAfterSpaces() {
        let text = "a  bc d"
        let breaks = ApproximateTextMeasurer().lineBreakOpportunities(in: text)
        #expect(breaks.map { text[$0] } == ["b", "d"])
    }
}
