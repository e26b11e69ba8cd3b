// swift-tools-version: 6.1
import PackageDescription

// Fuzz targets for TIPCharts, in their own package so that library users never build them.
// Each target is a libFuzzer entry point (`LLVMFuzzerTestOneInput`): build and run them with
// `make fuzz` (see run.sh), which passes -sanitize=fuzzer,address and -parse-as-library.
let package = Package(
    name: "TIPChartsFuzz",
    dependencies: [.package(name: "TIPCharts", path: "..")],
    targets: [
        .target(name: "FuzzSupport"),
        .executableTarget(
            name: "FuzzCSV", dependencies: ["FuzzSupport", .product(name: "TIPCharts", package: "TIPCharts")]),
        .executableTarget(
            name: "FuzzJSONData", dependencies: ["FuzzSupport", .product(name: "TIPCharts", package: "TIPCharts")]),
        .executableTarget(
            name: "FuzzSpec", dependencies: ["FuzzSupport", .product(name: "TIPCharts", package: "TIPCharts")]),
        .executableTarget(
            name: "FuzzVegaLite", dependencies: ["FuzzSupport", .product(name: "TIPCharts", package: "TIPCharts")]),
        .executableTarget(
            name: "FuzzRender", dependencies: ["FuzzSupport", .product(name: "TIPCharts", package: "TIPCharts")]),
    ]
)
