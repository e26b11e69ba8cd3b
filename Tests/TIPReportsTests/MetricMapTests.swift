import Foundation
import Testing
import TIPCairo
import TIPScene

@testable import TIPData
@testable import TIPLayout
@testable import TIPReports

/// The map of one measure, on UNODC's release (the generated fixture): each country's latest
/// value, log colours over a wide spread, censored values said, the pixel under a country
/// its value's colour.
struct MetricMapTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func map() throws -> (Plot, ChartSet) {
        let data = try Dataset.load(
            contentsOf: Self.root.appendingPathComponent("Tests/TIPDataTests/Fixtures/unodc/unodc-release.csv").path)
        let set = ChartSet(data)
        let plot = try #require(try set.chart(.metricMap) as? Plot)
        return (plot, set)
    }

    @Test func everyCountryWithAValueIsMappedOrListed() throws {
        let (plot, _) = try map()
        let compiled = try plot.compile()
        let (matches, unmatched) = compiled.mapMatches(theme: .standard)
        #expect(matches.count + unmatched.count == plot.data.rowCount)
        #expect(matches.count >= 20)
        #expect(plot.text.subtitle?.contains("log scale") == true)
        #expect(plot.text.subtitle?.contains("<5") == true)
        #expect(plot.text.source?.contains("Natural Earth") == true)
    }

    @Test func thePixelUnderKazakhstanIsItsValuesColour() throws {
        let (plot, _) = try map()
        let compiled = try plot.compile()
        let codes = try #require(plot.data["code"]), values = try #require(plot.data["value"])
        let row = try #require((0..<plot.data.rowCount).first { codes[$0].label == "KAZ" })
        let value = try #require(values[row].number)
        let expected = try #require(compiled.color.color(.number(value), theme: .standard))
        let size = Size(width: 800, height: 500)
        let measurer = try CairoTextMeasurer()
        let scene = try plot.checkedScene(size: size, theme: .standard, measurer: measurer)
        let image = try SceneRenderer().rasterize(scene)
        let at = try #require(plot.mapLocation(of: .init(longitude: 67, latitude: 48), size: size, measurer: measurer))
        #expect(image.pixel(x: Int(at.x), y: Int(at.y)).distance(to: expected) < 12)
        #expect(scene.layoutProblems().isEmpty)
    }
}
