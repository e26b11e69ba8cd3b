import TIPCairo
import Foundation
import Testing

func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tipcharts-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

func bytes(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path))) }

/// Runs a validator from PATH; a missing tool is a failure, since `make test` installs them all.
func validate(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [tool] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

@Suite(.serialized) struct RenderCommandTests {
    @Test(arguments: ["png", "svg", "pdf"])
    func renderWritesTheChart(_ format: String) throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("c.\(format)").path
        let result = try run(
            "tipcharts",
            [
                "render", "convictions", "--format", format, "--width", "640", "--height", "400",
                "--scale", "2", "-o", path,
            ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == path + "\n")
        let data = try bytes(path)
        switch format {
        case "png":
            let image = try RasterImage(png: data)
            #expect(image.width == 1280 && image.height == 800)
        case "svg":
            #expect(String(decoding: data, as: UTF8.self).contains("width=\"640px\""))
        default:
            #expect(String(decoding: data, as: UTF8.self).contains("/MediaBox [ 0 0 640 400 ]"))
        }
    }

    @Test(arguments: [
        ["render", "nonsense"], ["render", "convictions", "--width", "10"], ["render", "convictions", "--scale", "0"],
        ["render", "convictions", "--format", "gif"], ["render", "convictions", "--locale", "xx"],
    ])
    func misuseWritesNothing(_ arguments: [String]) throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try run("tipcharts", arguments + ["-o", dir.appendingPathComponent("x.png").path])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Error:"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    /// `--locale` prints the chart's numbers in CLDR's patterns: the Russian change is "+1 800 %".
    @Test func localeChangesTheNumbers() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let svg = dir.appendingPathComponent("ru.svg").path
        let result = try run("tipcharts", ["render", "convictions", "--locale", "ru", "-o", svg])
        #expect(result.status == 0, "\(result.stderr)")
        let english = dir.appendingPathComponent("en.svg").path
        #expect(try run("tipcharts", ["render", "convictions", "-o", english]).status == 0)
        // The numbers are glyphs in the SVG; the layout tests check the strings themselves.
        #expect(try bytes(svg) != bytes(english))
        // Native digits: every one has a glyph, so nothing is reported.
        for tag in ["ar-u-nu-arab", "hi-u-nu-deva"] {
            let native = dir.appendingPathComponent("\(tag).svg").path
            let result = try run("tipcharts", ["render", "convictions", "--locale", tag, "-o", native])
            #expect(result.status == 0 && result.stderr.isEmpty, "\(tag): \(result.stderr)")
            #expect(try bytes(native) != bytes(english))
        }
    }

    /// `--locale ru` and `--locale kk` give the whole report in that language: chart titles
    /// (listed by `render --list`), the summary's tables and notes, and the HTML page.
    @Test(arguments: [
        ("ru", "Казахстан: обвинительные приговоры, 2006–2007", "## Замечания о согласованности"),
        ("kk", "Қазақстан: айыптау үкімдері, 2006–2007", "## Сәйкестік туралы ескертпелер"),
    ])
    func reportLocaleTranslatesTheWholeReport(_ language: String, _ title: String, _ notes: String) throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let list = try run("tipcharts", ["render", "--list", "--locale", language])
        #expect(list.stdout.contains("convictions\t\(title)\n"), "\(list.stdout)")
        let out = dir.appendingPathComponent("report").path
        let report = try run("tipcharts", ["report", "--locale", language, "--format", "all", "--out", out])
        #expect(report.status == 0, "\(report.stderr)")
        let summary = try String(contentsOfFile: out + "/summary.md", encoding: .utf8)
        #expect(summary.contains("### \(title)") && summary.contains(notes))
        let page = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
        #expect(page.contains("<html lang=\"\(language)\">") && page.contains(title))
        let text = try run("tipcharts", ["summary", "--locale", language])
        #expect(text.status == 0 && text.stdout.contains(notes.dropFirst(3)))
        let json = try run("tipcharts", ["summary", "--format", "json", "--locale", language])
        #expect(json.stdout == (try run("tipcharts", ["summary", "--format", "json"])).stdout)
    }

    /// A character no font has (Ethiopic, which neither DejaVu Sans nor the Noto fallbacks
    /// cover) is reported by name and code point; the chart is still written.
    @Test func charactersWithoutAGlyphAreReported() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("cn.csv")
        try "country,year,metric,value\nኢትዮጵያ,2020,convictions,5\nኢትዮጵያ,2021,convictions,7\n".write(
            to: csv, atomically: true, encoding: .utf8)
        let png = dir.appendingPathComponent("cn.png").path
        let result = try run("tipcharts", ["render", "convictions", "--data", csv.path, "-o", png])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("no font can draw 'ኢ' (U+12A2)"), "\(result.stderr)")
        #expect(result.stderr.components(separatedBy: "U+12A2").count == 2, "once per character")
        #expect(FileManager.default.fileExists(atPath: png))
        let report = try run(
            "tipcharts", ["report", "--data", csv.path, "--out", dir.appendingPathComponent("r").path])
        #expect(report.status == 0 && report.stderr.contains("(U+1275)"), "\(report.stderr)")
    }

    @Test func unwritableOutputFailsCleanly() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try run(
            "tipcharts", ["render", "sentences", "-o", dir.appendingPathComponent("missing/x.png").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("could not write"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func outputIsByteIdenticalAcrossProcesses() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for format in ["png", "svg", "pdf"] {
            let a = dir.appendingPathComponent("a.\(format)").path, b = dir.appendingPathComponent("b.\(format)").path
            let runs = [
                try run("tipcharts", ["render", "routes", "--format", format, "-o", a]),
                // A different chart in between.
                try run("tipcharts", ["render", "victims-identified-donut", "--format", format, "-o", b]),
                try run("tipcharts", ["render", "routes", "--format", format, "-o", b]),
            ]
            #expect(runs.allSatisfy { $0.status == 0 }, "\(runs.map(\.stderr))")
            #expect(try bytes(a).count > 1_000)
            #expect(try bytes(a) == bytes(b), "\(format)")
        }
    }

    @Test func reportWritesEveryChartInEveryFormatAndValidatorsAcceptThem() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("report").path
        let result = try run("tipcharts", ["report", "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        let charts = [
            "convictions", "funding-bars", "investigations", "law-enforcement", "prosecutions", "routes", "sentences",
            "tier-timeline", "victims-identified-bars", "victims-identified-donut", "year-over-year",
        ]
        #expect(
            files
                == (charts.flatMap { ["\($0).pdf", "\($0).png", "\($0).svg"] } + ["summary.md", ".tipcharts-report"])
                .sorted())
        for chart in charts {
            let png = "\(out)/\(chart).png", svg = "\(out)/\(chart).svg", pdf = "\(out)/\(chart).pdf"
            let pngcheck = try validate("pngcheck", ["-q", png])
            #expect(pngcheck.status == 0, "pngcheck \(chart): \(pngcheck.output)")
            let xmllint = try validate("xmllint", ["--noout", svg])
            #expect(xmllint.status == 0, "xmllint \(chart): \(xmllint.output)")
            let rsvg = try validate("rsvg-convert", ["-o", "\(dir.path)/\(chart)-rsvg.png", svg])
            #expect(rsvg.status == 0, "rsvg-convert \(chart): \(rsvg.output)")
            #expect(try bytes(pdf).starts(with: Array("%PDF-1.".utf8)))
            #expect(try RasterImage(png: bytes(png)).width == 800)
        }
        let markdown = try String(contentsOfFile: "\(out)/summary.md", encoding: .utf8)
        #expect(markdown.contains("![Kazakhstan: convictions, 2006–2007](convictions.png)"))
        #expect(markdown.contains("## Year-over-year change"))
    }
}
