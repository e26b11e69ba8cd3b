// swift-tools-version:6.0
// Benchmarks live in their own package, so that the library's users never resolve them.
// A plain executable rather than ordo-one/package-benchmark: each workload here is a ratio
// against a reference run in the same process (direct cairo calls from C for drawing, C and
// NumPy for statistics, polars or pandas for data), which that package does not report, and
// this keeps the benchmark build to the library itself plus two C files.
import PackageDescription

let package = Package(
    name: "TIPChartsBenchmarks",
    dependencies: [.package(name: "TIPCharts", path: "..")],
    targets: [
        .target(name: "CReference", cSettings: [.unsafeFlags(["-O2"])]),
        .target(
            name: "CDrawingReference",
            // `pkg-config --cflags pangocairo pangoft2` on Debian, whose -dev packages `make deps` installs.
            cSettings: [
                .unsafeFlags([
                    "-O2", "-I/usr/include/pango-1.0", "-I/usr/include/glib-2.0",
                    "-I/usr/lib/x86_64-linux-gnu/glib-2.0/include", "-I/usr/include/harfbuzz",
                    "-I/usr/include/freetype2", "-I/usr/include/fribidi", "-I/usr/include/cairo",
                    "-I/usr/include/pixman-1", "-I/usr/include/libpng16",
                ])
            ],
            linkerSettings: [
                .linkedLibrary("pangocairo-1.0"), .linkedLibrary("pangoft2-1.0"), .linkedLibrary("pango-1.0"),
                .linkedLibrary("gobject-2.0"), .linkedLibrary("glib-2.0"), .linkedLibrary("harfbuzz"),
                .linkedLibrary("fontconfig"), .linkedLibrary("cairo"), .linkedLibrary("freetype"),
                .linkedLibrary("pthread"),
            ]),
        .executableTarget(
            name: "ReferenceChart", dependencies: ["CDrawingReference"], cSettings: [.unsafeFlags(["-O2"])]),
        .executableTarget(
            name: "Bench",
            dependencies: [
                "CReference", "CDrawingReference", .product(name: "TIPCharts", package: "TIPCharts"),
            ],
            swiftSettings: [.unsafeFlags(["-Ounchecked"])]),
    ]
)
