import Testing
import TIPScene
@testable import TIPLayout

/// Direct labels: each coloured line named at its end in its colour, none overlapping, and
/// the legend back when a name is too long for the room.
struct LineEndLabelTests {
    struct R { var year: Int; var country: String; var n: Double }

    static func plot(_ names: [String], close: Bool = false) -> Plot {
        let rows = names.enumerated().flatMap { i, name in
            (2018...2022).map { R(year: $0, country: name, n: close ? 50 + Double(i) * 0.1 : Double(10 * (i + 1))) }
        }
        return Plot(rows) {
            LineMark(x: .value("Year", \.year), y: .value("Victims", \.n), points: true)
                .foregroundStyle(by: .value("Country", \.country))
        }.title("t").source("Source: t").labellingLineEnds()
    }

    @Test(arguments: [false, true])
    func everyLineIsNamedAtItsEndWithoutOverlaps(close: Bool) throws {
        let names = ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan"]
        for size in PlotSceneTests.sizes {
            let scene = try Self.plot(names, close: close).checkedScene(size: size, theme: theme, measurer: measurer)
            #expect(scene.layoutProblems().isEmpty, "\(size): \(scene.layoutProblems())")
            let labels = names.compactMap { name in scene.textRuns.first { $0.text == name } }
            #expect(labels.count == names.count, "each line once, no legend entry besides")
            for name in names { #expect(scene.textRuns.filter { $0.text == name }.count == 1) }
            for (a, b) in zip(labels, labels.dropFirst()) { #expect(!a.bounds.overlaps(b.bounds)) }
            let swatches = scene.flatItems.filter {
                if case let .rect(r, _) = $0 { return abs(r.width - r.height) < 0.01 && r.width < 16 }
                return false
            }
            #expect(swatches.isEmpty, "no legend")
        }
    }

    @Test func aNameTooLongForTheRoomKeepsTheLegend() throws {
        let long = "Eastern Europe and Central Asia, with a subregional breakdown"
        let scene = try Self.plot(["World", long]).checkedScene(
            size: Size(width: 400, height: 300), theme: theme, measurer: measurer)
        #expect(scene.layoutProblems().isEmpty, "\(scene.layoutProblems())")
        #expect(scene.textRuns.contains { $0.text.hasPrefix("Eastern Europe") }, "named in the legend")
    }

    @Test func lightColoursAreDarkenedForText() {
        let yellow = Color(hex: 0xF0E442)
        let text = yellow.darkenedForText
        #expect(0.2126 * text.red + 0.7152 * text.green + 0.0722 * text.blue <= 0.4501)
        #expect(Color(hex: 0x0072B2).darkenedForText == Color(hex: 0x0072B2), "a dark colour is kept")
    }
}
