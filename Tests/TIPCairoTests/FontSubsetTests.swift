import Foundation
import Testing

@testable import TIPCairo

/// hb-subset through our wrapper: small, the same bytes every time, the face's weight, and
/// nil (never a trap) for files HarfBuzz cannot read.
struct FontSubsetTests {
    static let scalars = Set("Convictions 2007".unicodeScalars.map(\.value))

    @Test func subsetsAreSmallReproducibleAndWeighted() throws {
        let files = try #require(FontFiles.bundled())
        let regular = try #require(FontSubset.make(file: files.regular, faceIndex: 0, scalars: Self.scalars))
        let bold = try #require(FontSubset.make(file: files.bold, faceIndex: 0, scalars: Self.scalars))
        let size = try #require(try FileManager.default.attributesOfItem(atPath: files.regular)[.size] as? Int)
        #expect(regular.bytes.count < size / 50, "\(regular.bytes.count) bytes of \(size)")
        #expect(regular.weight == 400 && bold.weight == 700)
        #expect(regular.mediaType == "font/ttf")
        // Built afresh, not from the cache: the same bytes.
        var other = Self.scalars
        other.insert(0x41)
        other.remove(0x41)
        let again = try #require(FontSubset.make(file: files.regular, faceIndex: 0, scalars: other))
        #expect(again == regular)
        let rule = regular.fontFaceRule(family: "f1")
        #expect(rule.hasPrefix("@font-face{font-family:\"f1\";font-weight:400;src:url(data:font/ttf;base64,"))
        #expect(!rule.contains("<"))
    }

    @Test(arguments: ["/nonexistent/font.ttf", "/etc/hostname", ""])
    func unreadableFilesGiveNil(_ path: String) {
        #expect(FontSubset.make(file: path, faceIndex: 0, scalars: Self.scalars) == nil)
    }

    @Test func anEmptySetStillGivesAFont() throws {
        let files = try #require(FontFiles.bundled())
        let subset = try #require(FontSubset.make(file: files.regular, faceIndex: 0, scalars: []))
        #expect(subset.bytes.count > 100)
    }
}
