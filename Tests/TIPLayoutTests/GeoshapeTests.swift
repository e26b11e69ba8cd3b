import Testing
import TIPGeo
import TIPScene

@testable import TIPLayout

/// The geoshape mark: a map of rows found by country code or atlas name.
struct GeoshapeTests {
    struct Row { var code: String; var tier: String }

    static let rows = [
        Row(code: "KAZ", tier: "Tier 2"), Row(code: "kgz", tier: "Tier 3"), Row(code: "Uzbekistan", tier: "Tier 2"),
        Row(code: "SGP", tier: "Tier 1"), Row(code: "Atlantis", tier: "Tier 1"),
    ]

    func plot(_ rows: [Row] = rows, fit: [String] = []) -> Plot {
        Plot(rows) {
            GeoshapeMark(country: .value("Country", \.code)).foregroundStyle(by: .value("Tier", \.tier))
        }.title("Tiers").source("Source: test").projection(.equalEarth, fit: fit)
    }

    @Test func keysMatchByCodeInAnyCaseAndByAtlasName() throws {
        let compiled = try plot().compile()
        let (matches, unmatched) = compiled.mapMatches(theme: .standard)
        #expect(Set(matches.keys) == ["KAZ", "KGZ", "UZB", "SGP"])
        #expect(unmatched == ["Atlantis"])
    }

    /// A key the atlas lacks is named under the map, never silently dropped.
    @Test func unmatchedKeysAreListedOnTheChart() {
        let scene = plot().scene(size: Size(width: 800, height: 500), measurer: measurer)
        #expect(scene.textRuns.contains { $0.text.contains("Atlantis") })
        #expect(scene.layoutProblems().isEmpty, "\(scene.layoutProblems())")
    }

    /// Each tier's colour fills some country, the rest are the no-data grey, a small state is a dot.
    @Test func countriesTakeTheirColours() throws {
        let scene = plot().scene(size: Size(width: 800, height: 500), measurer: measurer)
        var fills: [Color] = []
        var dots = 0
        func walk(_ items: [SceneItem]) {
            for item in items {
                switch item {
                case let .group(_, inner): walk(inner)
                case let .path(path, style):
                    if let fill = style.fill { fills.append(fill) }
                    if case .arc? = path.elements.first { dots += 1 }
                default: break
                }
            }
        }
        walk(scene.items)
        let compiled = try plot().compile()
        for tier in ["Tier 1", "Tier 2", "Tier 3"] {
            let color = try #require(compiled.color.color(.text(tier), theme: .standard))
            #expect(fills.contains(color), "\(tier)")
        }
        #expect(fills.filter { $0 == noDataColor }.count > 150)
        #expect(dots == 1, "Singapore only")
        #expect(scene.unmarkedSeries(plot().seriesMarkKeys(theme: .standard)).isEmpty)
    }

    @Test func theLegendNamesTheGreyCountries() {
        let scene = plot().scene(size: Size(width: 800, height: 500), measurer: measurer)
        #expect(scene.textRuns.contains { $0.text == "No data" })
    }

    /// A fitted map is clipped to its plot and names its countries; the world map is not clipped.
    @Test func aFittedMapIsClippedAndLabelled() {
        let fitted = plot(fit: ["KAZ", "KGZ", "TJK", "TKM", "UZB"]).scene(
            size: Size(width: 800, height: 500), measurer: measurer)
        let clips = fitted.items.compactMap { if case let .group(clip, _) = $0 { clip } else { nil } }
        #expect(clips.count == 1)
        #expect(fitted.textRuns.contains { $0.text == "Kazakhstan" })
        #expect(fitted.layoutProblems().isEmpty, "\(fitted.layoutProblems())")
        let world = plot().scene(size: Size(width: 800, height: 500), measurer: measurer)
        #expect(world.items.contains { if case .group(nil, _) = $0 { true } else { false } })
    }

    /// Kazakhstan's interior point lands inside the plot, west of Kyrgyzstan's.
    @Test func placesLandWhereTheProjectionPutsThem() throws {
        let size = Size(width: 800, height: 500)
        let kaz = try #require(
            plot().mapLocation(of: GeoPoint(longitude: 67, latitude: 48), size: size, measurer: measurer))
        let kgz = try #require(
            plot().mapLocation(of: GeoPoint(longitude: 74.5, latitude: 41.5), size: size, measurer: measurer))
        #expect(kaz.x < kgz.x && kaz.y < kgz.y)
        #expect(kaz.x > 0 && kaz.x < 800 && kaz.y > 0 && kaz.y < 500)
    }

    static let misplaced: [(Channel, String)] = [(.x, "x"), (.y, "y"), (.size, "size"), (.order, "order")]

    /// A geoshape is placed by its key: position channels are refused with the path, and
    /// a key on another mark, a map mixed with other marks, and a map without a key too.
    @Test func invalidMapsAreRefusedWithThePath() {
        for (channel, name) in Self.misplaced {
            var layer = Layer(mark: MarkDefinition(.geoshape), encoding: [.key: .field("code")])
            layer.encoding[channel] = .field("code")
            let bad = Plot(data: DataTable(rows: [["code": .text("KAZ")]], order: ["code"]), layers: [layer])
            #expect(throws: PlotError.self) { try bad.check() }
            #expect(bad.problems.first?.message.contains("encoding.\(name)") == true, "\(bad.problems)")
        }
        let table = DataTable(rows: [["code": .text("KAZ"), "n": .number(1)]], order: ["code", "n"])
        let noKey = Plot(data: table, layers: [Layer(mark: MarkDefinition(.geoshape), encoding: [:])])
        #expect(noKey.problems.first?.message.contains("key") == true)
        let keyOnBar = Plot(
            data: table,
            layers: [
                Layer(
                    mark: MarkDefinition(.bar), encoding: [.x: .field("code"), .y: .field("n"), .key: .field("code")])
            ])
        #expect(keyOnBar.problems.first?.message.contains("encoding.key") == true)
        let mixed = Plot(
            data: table,
            layers: [
                Layer(mark: MarkDefinition(.geoshape), encoding: [.key: .field("code")]),
                Layer(mark: MarkDefinition(.bar), encoding: [.x: .field("code"), .y: .field("n")]),
            ])
        #expect(mixed.problems.first?.message.contains("geoshape") == true)
    }

    /// Hostile keys (empty, whitespace, control characters, very long) never trap: each is
    /// matched or listed.
    @Test func hostileKeysAreListedOrSkipped() throws {
        let keys = ["", "   ", " KAZ ", "\u{0001}", String(repeating: "X", count: 10_000), "NaN", "-1e308"]
        let compiled = try plot(keys.map { Row(code: $0, tier: "Tier 1") }).compile()
        let (matches, unmatched) = compiled.mapMatches(theme: .standard)
        #expect(Set(matches.keys) == ["KAZ"])
        #expect(unmatched.count == 5)
        let scene = plot(keys.map { Row(code: $0, tier: "Tier 1") }).scene(
            size: Size(width: 400, height: 300), measurer: measurer)
        #expect(scene.textRuns.contains { $0.text.contains("and") || $0.text.contains("NaN") })
    }

    /// A sequential colour: missing values are grey, the others on the ramp.
    @Test func aMetricMapColoursByValue() throws {
        struct Count { var code: String; var n: Double }
        let plot = Plot([Count(code: "KAZ", n: 10), Count(code: "UZB", n: 1000), Count(code: "KGZ", n: .nan)]) {
            GeoshapeMark(country: .value("Country", \.code)).foregroundStyle(by: .value("Victims", \.n))
        }.source("Source: test")
        let compiled = try plot.compile()
        let (matches, _) = compiled.mapMatches(theme: .standard)
        #expect(matches["KGZ"]?.fill == noDataColor)
        #expect(matches["KAZ"]?.fill != matches["UZB"]?.fill)
        #expect(matches["KAZ"]?.fill != noDataColor)
    }
}

/// A map's sequential colour: a colour bar with nice ticks under the map, log when asked.
struct MapColorBarTests {
    struct Count { var code: String; var n: Double }

    func plot(_ rows: [Count], log: Bool) -> Plot {
        var plot = Plot(rows) {
            GeoshapeMark(country: .value("Country", \.code)).foregroundStyle(by: .value("Victims", \.n))
        }.source("Source: test")
        if log { plot.layers[0].encoding[.color]?.scale = ScaleOptions(type: .log) }
        return plot
    }

    static let spread = [Count(code: "KAZ", n: 5), Count(code: "UZB", n: 3000), Count(code: "KGZ", n: 40)]

    @Test func aLogBarTicksPowersOfTen() {
        let scene = plot(Self.spread, log: true).scene(size: Size(width: 800, height: 500), measurer: measurer)
        let texts = Set(scene.textRuns.map(\.text))
        #expect(texts.isSuperset(of: ["10", "100", "1,000"]), "\(texts)")
        #expect(!texts.contains("5"), "no legend stops beside the bar")
        #expect(scene.layoutProblems().isEmpty, "\(scene.layoutProblems())")
    }

    @Test func aLinearBarTicksNiceNumbers() {
        let scene = plot(Self.spread, log: false).scene(size: Size(width: 800, height: 500), measurer: measurer)
        #expect(scene.textRuns.contains { $0.text == "1,000" } && scene.textRuns.contains { $0.text == "2,000" })
    }

    /// A log colour scale over zero is refused, with the path.
    @Test func aLogScaleOverZeroIsRefused() {
        let bad = plot([Count(code: "KAZ", n: 0), Count(code: "UZB", n: 10)], log: true)
        #expect(bad.problems.first?.message.contains("encoding.color.scale.type") == true, "\(bad.problems)")
    }

    /// The pixel-free check of the ramp: a log scale puts 40 between 5 and 3000 by ratio.
    @Test func theLogRampPlacesValuesByRatio() throws {
        let compiled = try plot(Self.spread, log: true).compile()
        let middle = (5.0 * 3000).squareRoot()
        #expect(compiled.color.color(.number(middle), theme: .standard) == viridis(0.5))
        #expect(compiled.color.color(.number(.nan), theme: .standard) == nil)
    }

    /// A single value draws a one-tick bar, never a trap.
    @Test func oneValueDrawsABar() {
        let scene = plot([Count(code: "KAZ", n: 7)], log: false).scene(
            size: Size(width: 400, height: 300), measurer: measurer)
        #expect(scene.textRuns.contains { $0.text == "7" })
    }
}

/// A value known only as a bound is hatched on the map.
struct MapCensoredTests {
    @Test func censoredCountriesAreHatched() throws {
        let table = DataTable(
            rows: [
                ["code": .text("KAZ"), "n": .censored(5)], ["code": .text("UZB"), "n": .number(30)],
            ], order: ["code", "n"])
        let plot = Plot(
            data: table,
            layers: [
                Layer(
                    mark: MarkDefinition(.geoshape),
                    encoding: [.key: .field("code"), .color: .field("n", type: .quantitative)])
            ])
        let (matches, _) = try plot.compile().mapMatches(theme: .standard)
        #expect(matches["KAZ"]?.censored == true && matches["UZB"]?.censored == false)
        let scene = plot.scene(size: Size(width: 800, height: 500), measurer: measurer)
        var hatched = 0
        func walk(_ items: [SceneItem]) {
            for item in items {
                if case let .group(_, inner) = item { walk(inner) }
                if case let .path(_, style) = item, style.hatch != nil { hatched += 1 }
            }
        }
        walk(scene.items)
        #expect(hatched == 1)
    }
}
