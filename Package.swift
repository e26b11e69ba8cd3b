// swift-tools-version: 6.1
import Foundation
import PackageDescription

// Data flows one way: data → statistics → chart layout → scene → renderer.
// Every module carries the project prefix, so none collides with another package's module
// in an app's dependency graph. `TIPCharts` is the umbrella: one import for all of it.
//
//   TIPStatistics   pure Swift statistics, ticks, number formatting (no Foundation, no graphics)
//   TIPFiles        atomic file output, shared by data export and rendering
//   TIPData         the domain model, the embedded dataset, CSV/JSON loading and export
//   TIPGeo          the embedded world atlas (Natural Earth) and map projections (no graphics)
//   TIPScene        the scene (drawing primitives), OutputFormat, the renderer and text-measurer protocols
//   TIPLayout       scales, axes, legends, text layout and chart types, producing a scene
//   CTIPCairo       the system library: Cairo, FreeType, fontconfig and Pango (HarfBuzz shaping)
//   TIPCairo        the only importer of CTIPCairo: draws a scene as PNG, SVG or PDF; knows no chart type
//   TIPReports      summaries, chart sets, chart specs, the chart report (rendered through the protocol)
//   TIPCharts       the umbrella: re-exports all of the above, and `chart.write(to:)`
let package = Package(
    name: "TIPCharts",
    products: [
        .library(name: "TIPCharts", targets: ["TIPCharts"]),
        .executable(name: "tipcharts", targets: ["TIPChartsCLI"]),
        .executable(name: "LibraryQuickStart", targets: ["TIPExampleQuickStart"]),
        .executable(name: "ConvictionsChart", targets: ["TIPExampleConvictions"]),
        .executable(name: "VictimCounts", targets: ["TIPExampleVictimCounts"]),
        .executable(name: "SentenceDistribution", targets: ["TIPExampleSentences"]),
        .executable(name: "LargeSeries", targets: ["TIPExampleLargeSeries"]),
        .executable(name: "DeclarativePlots", targets: ["TIPExampleDeclarativePlots"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // RealModule gives log10/pow/exp on every platform without Foundation or Glibc.
        .package(url: "https://github.com/apple/swift-numerics", from: "1.0.0"),
    ],
    targets: [
        .target(name: "TIPStatistics", dependencies: [.product(name: "RealModule", package: "swift-numerics")]),
        .target(name: "TIPFiles"),
        .target(name: "TIPData", dependencies: ["TIPStatistics", "TIPFiles"]),
        .target(name: "TIPScene", dependencies: [.product(name: "RealModule", package: "swift-numerics")]),
        .target(name: "TIPGeo", dependencies: [.product(name: "RealModule", package: "swift-numerics")]),
        .target(
            name: "TIPLayout",
            dependencies: [
                "TIPStatistics", "TIPScene", "TIPGeo", .product(name: "RealModule", package: "swift-numerics"),
            ]
        ),
        .systemLibrary(
            name: "CTIPCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"]), .brew(["cairo", "pango"])]
        ),
        .target(name: "TIPCairo", dependencies: ["TIPScene", "TIPFiles", "CTIPCairo"], resources: [.copy("Fonts")]),
        .target(
            name: "TIPReports", dependencies: ["TIPStatistics", "TIPData", "TIPScene", "TIPLayout", "TIPFiles"],
            resources: [.copy("Catalogues")]),
        .target(
            name: "TIPCharts",
            dependencies: [
                "TIPStatistics", "TIPFiles", "TIPData", "TIPScene", "TIPGeo", "TIPLayout", "TIPCairo", "TIPReports",
            ]),
        // Test support: a recording renderer, so report and chart tests can run without Cairo.
        .target(name: "TIPTestSupport", dependencies: ["TIPScene"]),
        .executableTarget(
            name: "TIPChartsCLI",
            dependencies: ["TIPCharts", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "TIPExampleQuickStart", dependencies: ["TIPCharts"], path: "Examples/LibraryQuickStart"),
        .executableTarget(
            name: "TIPExampleConvictions", dependencies: ["TIPCharts"], path: "Examples/ConvictionsChart"),
        .executableTarget(name: "TIPExampleVictimCounts", dependencies: ["TIPCharts"], path: "Examples/VictimCounts"),
        .executableTarget(
            name: "TIPExampleSentences", dependencies: ["TIPCharts"], path: "Examples/SentenceDistribution"),
        .executableTarget(name: "TIPExampleLargeSeries", dependencies: ["TIPCharts"], path: "Examples/LargeSeries"),
        .executableTarget(
            name: "TIPExampleDeclarativePlots", dependencies: ["TIPCharts"], path: "Examples/DeclarativePlots"),
        .testTarget(name: "TIPStatisticsTests", dependencies: ["TIPStatistics"], exclude: ["Fixtures"]),
        .testTarget(name: "TIPDataTests", dependencies: ["TIPData", "TIPStatistics"], exclude: ["Fixtures"]),
        .testTarget(
            name: "TIPLayoutTests", dependencies: ["TIPLayout", "TIPScene", "TIPStatistics"],
            exclude: ["__Snapshots__", "Fixtures"]
        ),
        .testTarget(name: "TIPFilesTests", dependencies: ["TIPFiles"]),
        .testTarget(name: "TIPGeoTests", dependencies: ["TIPGeo"], exclude: ["Fixtures"]),
        .testTarget(name: "TIPCairoTests", dependencies: ["TIPCairo", "TIPScene", "TIPFiles", "TIPStatistics"]),
        .testTarget(name: "TIPReportsTests", dependencies: ["TIPReports", "TIPCairo", "TIPScene", "TIPTestSupport"]),
        .testTarget(
            name: "TIPChartsCLITests",
            dependencies: [
                "TIPChartsCLI", "TIPExampleQuickStart", "TIPExampleConvictions", "TIPExampleVictimCounts",
                "TIPExampleSentences", "TIPExampleLargeSeries", "TIPExampleDeclarativePlots",
                "TIPCharts",
            ],
            exclude: ["Fixtures"]
        ),
    ]
)

// The DocC plugin only for `make docs` (TIPCHARTS_DOCS=1), so that apps depending on this
// package never resolve it.
if ProcessInfo.processInfo.environment["TIPCHARTS_DOCS"] != nil {
    package.dependencies.append(.package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"))
}
