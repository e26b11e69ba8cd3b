// swift-tools-version: 6.1
import PackageDescription

// Data flows one way: data → analytics → chart layout → scene → renderer.
// `Analytics` depends on nothing graphical; only the renderer will import Cairo.
let package = Package(
    name: "TIPCharts",
    products: [
        .library(name: "TIPCharts", targets: ["Analytics", "TraffickingData", "Charting", "CairoRenderer", "Reports"]),
        .executable(name: "tipcharts", targets: ["TIPChartsCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // RealModule gives log10/pow/exp on every platform without Foundation or Glibc.
        .package(url: "https://github.com/apple/swift-numerics", from: "1.0.0"),
    ],
    targets: [
        .target(
            name: "Analytics",
            dependencies: [.product(name: "RealModule", package: "swift-numerics")]
        ),
        .target(name: "TraffickingData", dependencies: ["Analytics"]),
        // The chart layer: scales, axes, text layout and chart types, producing a `Scene`. No Cairo.
        .target(
            name: "Charting",
            dependencies: ["Analytics", .product(name: "RealModule", package: "swift-numerics")]
        ),
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "cairo",
            providers: [.apt(["libcairo2-dev"]), .brew(["cairo"])]
        ),
        // The only importer of CCairo: draws a `Scene` as PNG, SVG or PDF with the bundled font.
        .target(
            name: "CairoRenderer",
            dependencies: ["Charting", "CCairo"],
            resources: [.copy("Fonts")]
        ),
        .target(name: "Reports", dependencies: ["Analytics", "TraffickingData", "Charting", "CairoRenderer"]),
        .executableTarget(
            name: "TIPChartsCLI",
            dependencies: [
                "Reports", "TraffickingData", "CairoRenderer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "LibraryQuickStart",
            dependencies: ["Analytics", "TraffickingData"],
            path: "Examples/LibraryQuickStart"
        ),
        .executableTarget(
            name: "ConvictionsChart",
            dependencies: ["TraffickingData", "Charting", "CairoRenderer"],
            path: "Examples/ConvictionsChart"
        ),
        .executableTarget(
            name: "VictimCounts",
            dependencies: ["TraffickingData", "Charting", "CairoRenderer"],
            path: "Examples/VictimCounts"
        ),
        .executableTarget(
            name: "SentenceDistribution",
            dependencies: ["Analytics", "TraffickingData", "Charting", "CairoRenderer"],
            path: "Examples/SentenceDistribution"
        ),
        .testTarget(name: "AnalyticsTests", dependencies: ["Analytics"], exclude: ["Fixtures"]),
        .testTarget(name: "TraffickingDataTests", dependencies: ["TraffickingData"], exclude: ["Fixtures"]),
        .testTarget(name: "ChartingTests", dependencies: ["Charting"], exclude: ["__Snapshots__"]),
        .testTarget(name: "CairoRendererTests", dependencies: ["CairoRenderer"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "CairoRenderer"]),
        .testTarget(
            name: "TIPChartsCLITests",
            dependencies: [
                "TIPChartsCLI", "LibraryQuickStart", "ConvictionsChart", "VictimCounts", "SentenceDistribution",
                "CairoRenderer",
            ],
            exclude: ["Fixtures"]
        ),
    ]
)
