import Testing

@testable import TIPCairo

/// The number and text encoding of our SVG writer, and the id prefix put in at the end.
struct SVGBufferTests {
    @Test(arguments: [
        (0.0, "0"), (-0.0, "0"), (1, "1"), (-3.5, "-3.5"), (0.1, "0.1"), (2.07, "2.07"), (12.25, "12.25"),
        (799.999, "800"), (-0.004, "0"), (0.006, "0.01"), (1e14, "100000000000000"), (1e15, "0"), (1e308, "0"),
        (.nan, "0"), (.infinity, "0"), (-.infinity, "0"), (123_456.78, "123456.78"),
    ])
    func numbersHaveAtMostTwoDecimals(_ value: Double, _ written: String) {
        var buffer = SVGBuffer()
        buffer.append(number: value)
        #expect(String(decoding: buffer.bytes, as: UTF8.self) == written)
    }

    @Test func textIsEscapedAndForbiddenCodePointsDropped() {
        var buffer = SVGBuffer()
        buffer.append(escaped: "a<b>&\"c\u{0}\u{1}\u{9}\u{FFFE}é")
        #expect(String(decoding: buffer.bytes, as: UTF8.self) == "a&lt;b&gt;&amp;&quot;c\u{9}é")
    }

    @Test func thePrefixGoesAtEveryMarkedPlace() {
        var buffer = SVGBuffer()
        buffer.append("id=\"")
        buffer.appendPrefixSlot()
        buffer.append("c1\" href=\"#")
        buffer.appendPrefixSlot()
        buffer.append("c1\"")
        let hash = buffer.hash
        #expect(String(decoding: buffer.finished(prefix: "t00-"), as: UTF8.self) == "id=\"t00-c1\" href=\"#t00-c1\"")
        // The hash is of the unprefixed bytes: FNV-1a, as for cairo's documents.
        var expected: UInt32 = 0x811C_9DC5
        for b in buffer.bytes { expected = (expected ^ UInt32(b)) &* 0x0100_0193 }
        #expect(hash == expected)
    }
}
