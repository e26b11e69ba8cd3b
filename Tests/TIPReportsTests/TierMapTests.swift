import Foundation
import Testing
import TIPCairo
import TIPGeo
import TIPScene

@testable import TIPData
@testable import TIPLayout
@testable import TIPReports

/// The tier map of 190 countries (`Scripts/make-tier-fixture.py`): every country coloured
/// or listed as not on the map, the pixel under known countries in their tier's colour in
/// PNG and in SVG rasterised by rsvg-convert, and a clean layout at three sizes.
@Suite(.serialized) struct TierMapTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let file = root.appendingPathComponent("Tests/TIPDataTests/Fixtures/tiers/world-tiers.csv").path

    /// Interior points of large countries, away from borders and lakes.
    static let interiors: [(String, GeoPoint)] = [
        ("Kazakhstan", GeoPoint(longitude: 67, latitude: 48)), ("Brazil", GeoPoint(longitude: -52, latitude: -10)),
        ("Australia", GeoPoint(longitude: 134, latitude: -25)), ("Algeria", GeoPoint(longitude: 3, latitude: 28)),
        ("China", GeoPoint(longitude: 103, latitude: 35)), ("Argentina", GeoPoint(longitude: -65, latitude: -35)),
    ]

    func map(edition: Int = 2015) throws -> (Plot, Dataset) {
        let data = try Dataset.load(contentsOf: Self.file)
        var set = ChartSet(data)
        set.edition = edition
        return (try set.tierMap(edition: edition), data)
    }

    @Test func everyCountryIsColouredOrListed() throws {
        let (plot, data) = try map()
        let compiled = try plot.compile()
        let (matches, unmatched) = compiled.mapMatches(theme: .standard)
        let placed = data.tierHistories.filter { $0.placements.contains { $0.edition == 2015 } }
        #expect(placed.count == 190)
        #expect(matches.count + unmatched.count == placed.count)
        #expect(unmatched.contains("Atlantis"))
        #expect(matches["MMR"] != nil && matches["CIV"] != nil && matches["TUR"] != nil, "TIP names resolved")
        #expect(matches["BHR"]?.shape.point != nil, "a small state is a dot")
    }

    /// The pixel under each country is its tier's colour, in the PNG and in the SVG as
    /// rsvg-convert draws it.
    @Test func pixelsUnderCountriesAreTheirTiers() throws {
        let (plot, data) = try map()
        let size = Size(width: 800, height: 500)
        let measurer = try CairoTextMeasurer()
        let scene = try plot.checkedScene(size: size, theme: .standard, measurer: measurer)
        let renderer = try SceneRenderer()
        let png = try renderer.rasterize(scene)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("map-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let svgPath = folder.appendingPathComponent("map.svg").path,
            pngPath = folder.appendingPathComponent("s.png").path
        try Data(try renderer.render(scene, as: .svg)).write(to: URL(fileURLWithPath: svgPath))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["rsvg-convert", "--dpi-x", "72", "--dpi-y", "72", "-b", "white", "-o", pngPath, svgPath]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let svg = try RasterImage(png: Array(Data(contentsOf: URL(fileURLWithPath: pngPath))))
        for (country, point) in Self.interiors {
            let history = try #require(data.tierHistories.first { $0.country == country })
            let tier = try #require(history.placements.last { $0.edition == 2015 }?.tier)
            let at = try #require(plot.mapLocation(of: point, size: size, measurer: measurer))
            for image in [png, svg] {
                let pixel = image.pixel(x: Int(at.x), y: Int(at.y))
                #expect(pixel.distance(to: ChartSet.tierColor(tier)) < 12, "\(country) (\(tier)): \(pixel)")
            }
        }
    }

    @Test(arguments: [Size(width: 400, height: 300), Size(width: 800, height: 500), Size(width: 1600, height: 900)])
    func theMapLaysOutAtEverySize(_ size: Size) throws {
        let (plot, _) = try map()
        let scene = try plot.checkedScene(size: size, theme: .standard, measurer: try CairoTextMeasurer())
        #expect(scene.layoutProblems().isEmpty, "\(scene.layoutProblems())")
    }

    @Test func anEditionWithoutPlacementsIsAnError() throws {
        let data = try Dataset.load(contentsOf: Self.file)
        #expect(throws: ChartSetError.self) { try ChartSet(data).tierMap(edition: 1990) }
    }

    /// Five Central Asian countries get a map fitted to them, each named.
    @Test func aRegionalMapShowsCentralAsia() throws {
        let data = try Dataset.load(contentsOf: Self.file)
        let names = ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"]
        let plot = try ChartSet(data.filtered(countries: names)).tierMap()
        #expect(plot.projection?.fit.count == 5)
        let scene = try plot.checkedScene(
            size: Size(width: 800, height: 500), theme: .standard, measurer: try CairoTextMeasurer())
        for name in names { #expect(scene.textRuns.contains { $0.text == name }, "\(name)") }
        #expect(scene.layoutProblems().isEmpty)
    }

    /// In Russian the fitted map writes the catalogue's names, not the atlas's English ones.
    @Test func aRegionalMapTakesTheCataloguesNames() throws {
        let data = try Dataset.load(contentsOf: Self.file)
        let set = ChartSet(
            data.filtered(countries: ["Kazakhstan", "Kyrgyzstan"]), catalogue: try Catalogue.matching("ru"))
        let scene = try set.tierMap().checkedScene(
            size: Size(width: 800, height: 500), theme: .standard, measurer: try CairoTextMeasurer())
        #expect(scene.textRuns.contains { $0.text == "Казахстан" })
        #expect(!scene.textRuns.contains { $0.text == "Kazakhstan" })
    }

    /// The note of names not on the map is in the catalogue's language too.
    @Test func theNoteOfUnmatchedNamesIsTranslated() throws {
        let data = try Dataset.load(contentsOf: Self.file)
        let set = ChartSet(
            data.filtered(countries: ["Atlantis", "Kazakhstan"]), catalogue: try Catalogue.matching("ru"))
        let scene = try set.tierMap().checkedScene(
            size: Size(width: 800, height: 500), theme: .standard, measurer: try CairoTextMeasurer())
        #expect(scene.textRuns.contains { $0.text.hasPrefix("Нет на карте") && $0.text.contains("Atlantis") })
    }

    /// A map of one edition cites that edition's sources only.
    @Test func theMapCitesItsEditionsSources() throws {
        let data = try Dataset.load(contentsOf: Self.file)
        let set = ChartSet(data.filtered(countries: ["Kazakhstan", "Kyrgyzstan"]))
        let source = try #require(try set.tierMap(edition: 2015).text.source)
        #expect(source.contains("2015 style") && !source.contains("2016 style"), "\(source)")
    }

    /// A named country gets its own map; an unknown one is an error.
    @Test func aNamedCountryIsFitted() throws {
        let set = ChartSet(try Dataset.load(contentsOf: Self.file))
        let plot = try #require(try set.chart(.tierMap, country: "Bahrain") as? Plot)
        #expect(plot.projection?.fit == ["BHR"])
        #expect(throws: ChartSetError.self) { try set.chart(.tierMap, country: "Nowhere") }
    }

    /// A region of more than a dozen countries gets a map fitted to its middle (Europe,
    /// without Russia's reach to the Pacific), and one that spans a hemisphere the world map.
    @Test func regionsAreFittedWhenTheyAreRegional() throws {
        let data = try Dataset.load(contentsOf: Self.file)
        let europe = try ChartSet(data.filtered(regions: [try #require(Regions.region(named: "Europe"))])).tierMap()
        let fit = try #require(europe.projection?.fit)
        #expect(fit.count > 12 && fit.contains("FRA") && fit.contains("ITA") && !fit.contains("RUS"), "\(fit)")
        let scene = try europe.checkedScene(
            size: Size(width: 800, height: 500), theme: .standard, measurer: try CairoTextMeasurer())
        #expect(scene.layoutProblems().isEmpty)
        #expect(!scene.textRuns.contains { $0.text == "France" }, "a large selection is not labelled")
        let americas = try ChartSet(data.filtered(regions: [try #require(Regions.region(named: "Americas"))]))
            .tierMap()
        #expect(americas.projection?.fit == [])
    }

    @Test func theReportDrawsTheMap() throws {
        let data = try Dataset.load(contentsOf: Self.file)
        let names = ChartSet(data).reportCharts().map(\.name)
        #expect(names.contains("tier-map") && names.contains("tier-map-2010"))
        var set = ChartSet(data)
        set.edition = 2015
        #expect(set.reportCharts().filter { $0.name.hasPrefix("tier-map") }.map(\.name) == ["tier-map"])
    }
}
