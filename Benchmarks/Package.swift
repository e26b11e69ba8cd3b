// swift-tools-version:6.0
// Benchmarks live in their own package, so that the library's users never resolve them.
// A plain executable rather than ordo-one/package-benchmark: each workload here is a ratio
// against a reference run in the same process (C for the statistics), which that package
// does not report, and this keeps the benchmark build to the library itself plus one C file.
import PackageDescription

let package = Package(
    name: "TIPChartsBenchmarks",
    dependencies: [.package(name: "TIPCharts", path: "..")],
    targets: [
        .target(name: "CReference", cSettings: [.unsafeFlags(["-O2"])]),
        .executableTarget(
            name: "Bench",
            dependencies: ["CReference", .product(name: "TIPCharts", package: "TIPCharts")],
            swiftSettings: [.unsafeFlags(["-Ounchecked"])]),
    ]
)
