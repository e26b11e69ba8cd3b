import Foundation
import Testing
import TIPCharts

/// The reproducers of the hardening issue: each once trapped (exit 132/139) or misbehaved.
/// Each now exits 1 (bad data) or 64 (usage), says why in our words, and writes nothing.
struct HostileSpecTests {
    @Test(
        arguments: [
            ("hostile-size-huge.json", 64, "$.size: width must be 200-10000"),
            ("hostile-size-50000.json", 64, "$.size: width must be 200-10000"),
            ("hostile-format-decimals.json", 1, "the number of decimals must be a whole number from 0 to 6"),
            ("hostile-donut-infinite-sum.json", 1, "the slices add up to more than the largest"),
            ("hostile-stacked-infinite-sum.json", 1, "the stacked values add up to more than the largest"),
            ("hostile-histogram-narrow-bins.json", 1, "the bins are narrower than the precision of the data"),
            ("etc-passwd.json", 1, "'/etc/passwd' is outside the spec's folder"),
            ("outside-data.json", 1, "is outside the spec's folder"),
            // Found by the spec fuzzer: 89,338 one-pixel-wide bins took seconds and drew nothing readable.
            ("fuzz-slow-histogram-89k-bins.json", 1, "bins are too many to draw (at most 2000)"),
            // Issue 18: subnormal data trapped in the bin locator (SIGILL); a bar of 1e308
            // drew an empty plot with exit 0.
            ("hostile-histogram-subnormal.json", 1, "a range too narrow for an axis to label"),
            ("hostile-histogram-subnormal-width.json", 1, "a range too narrow for an axis to label"),
            ("hostile-bar-1e308.json", 1, "y axis: the values from 0.0 to 1e+308 are too large to draw"),
        ] as [(String, Int32, String)])
    func hostileSpecsFailCleanly(_ file: String, _ status: Int32, _ message: String) throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for format in ["png", "svg", "pdf"] {
            let result = try run(
                "tipcharts",
                [
                    "render", "--spec", DataCommandTests.specs.appendingPathComponent(file).path,
                    "--format", format,
                ], in: dir)
            #expect(result.status == status, "\(file) \(format): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(file): \(result.stderr)")
            #expect(!result.stderr.contains("root:"), "the error must not quote the file it refused")
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
        }
    }

    /// Every other value missing over 301 points (more than the marker limit): once only
    /// axes, with exit 0. Each isolated point and the censored one is now a marker.
    @Test func isolatedPointsOfALongLineAreDrawn() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let spec = DataCommandTests.specs.appendingPathComponent("hostile-line-isolated-points.json").path
        let result = try run("tipcharts", ["render", "--spec", spec, "-o", "line.png"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let image = try RasterImage(png: bytes(dir.appendingPathComponent("line.png").path))
        // Okabe–Ito blue, the first series' colour: about 150 markers of some 15 pixels each
        // inside their outline (before the fix, only the censored marker's ring).
        var blue = 0
        for y in 0..<image.height {
            for x in 0..<image.width where image.pixel(x: x, y: y).distance(to: Theme.standard.color(0)) < 8 {
                blue += 1
            }
        }
        #expect(blue > 150 * 10, "\(blue) pixels of the series colour")
    }

    @Test func outsideDataNeedsTheFlag() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try run(
            "tipcharts",
            [
                "render", "--spec", DataCommandTests.specs.appendingPathComponent("outside-data.json").path,
                "--allow-outside-data",
            ], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test(arguments: [["--scale", "1e-300"], ["--scale", "0.0001"], ["-o", ""]])
    func badCanvasOptionsAreUsageErrors(_ options: [String]) throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try run("tipcharts", ["render", "convictions"] + options, in: dir)
        #expect(result.status == 64, "\(options): \(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func standardOutputCarriesOnlyTheChart() throws {
        let result = try run("tipcharts", ["render", "convictions", "--format", "svg", "-o", "-"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("<?xml"))
        #expect(result.stdout.hasSuffix("</svg>\n") || result.stdout.hasSuffix("</svg>"))
    }
}
