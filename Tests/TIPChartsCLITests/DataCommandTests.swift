import TIPCairo
import Foundation
import Testing

/// The commands on users' files, run through the built executable.
@Suite(.serialized) struct DataCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let good = root.appendingPathComponent("Tests/TIPDataTests/Fixtures/good")
    static let bad = root.appendingPathComponent("Tests/TIPDataTests/Fixtures/bad")
    static let specs = root.appendingPathComponent("Tests/TIPChartsCLITests/Fixtures/specs")

    @Test func dataYearColumnGivesTheRightChangesFromOneCommand() throws {
        let result = try run(
            "tipcharts",
            [
                "summary", "--data", Self.good.appendingPathComponent("tidy-data-year.csv").path,
                "--year-column", "data_year", "--format", "json",
            ])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let rows = try #require(json["yearOverYear"] as? [[String: Any]])
        #expect(rows.compactMap { $0["toYear"] as? Int } == [2007, 2008])
        let percents = rows.compactMap { $0["percentChange"] as? Double }
        #expect(percents.count == 2 && abs(percents[0] - 128.57142857142858) < 1e-12 && percents[1] == 25)
    }

    @Test func dataYearColumnGivesChartsFromOneCommand() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("report").path
        let result = try run(
            "tipcharts",
            [
                "report", "--data", Self.good.appendingPathComponent("tidy-data-year.csv").path,
                "--year-column", "data_year", "--out", out,
            ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "no progress output when standard error is not a terminal")
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(
            files == [
                ".tipcharts-report", "prosecutions.pdf", "prosecutions.png", "prosecutions.svg", "summary.md",
                "year-over-year.pdf", "year-over-year.png", "year-over-year.svg",
            ])
        let markdown = try String(contentsOfFile: "\(out)/summary.md", encoding: .utf8)
        #expect(markdown.contains("+128.57%") && markdown.contains("+25.00%"))
    }

    @Test(arguments: ["text", "markdown", "csv", "json"])
    func summaryOfUserDataInEveryFormat(_ format: String) throws {
        let result = try run(
            "tipcharts",
            [
                "summary", "--data", Self.good.appendingPathComponent("multi-country.csv").path,
                "--format", format,
            ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Kyrgyzstan"))
        #expect(result.stdout.contains("censored"), "the censored value is reported as such")
    }

    @Test func filtersSelectCountriesAndMetrics() throws {
        let result = try run(
            "tipcharts",
            [
                "summary", "--data", Self.good.appendingPathComponent("multi-country.csv").path,
                "--country", "Kazakhstan", "--metric", "prosecutions", "--format", "json",
            ])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["countries"] as? [String] == ["Kazakhstan"] && json["metrics"] as? [String] == ["prosecutions"])
        let none = try run(
            "tipcharts",
            ["summary", "--data", Self.good.appendingPathComponent("multi-country.csv").path, "--country", "Chad"])
        #expect(none.status == 64 && none.stderr.contains("no figures match --country/--region/--metric"))
    }

    /// `--country A --country B` once kept only B, with exit 0: every named country is kept,
    /// and a chart of one country refuses several.
    @Test func repeatedCountriesAreAllKept() throws {
        let file = Self.good.appendingPathComponent("multi-country.csv").path
        let result = try run(
            "tipcharts",
            ["summary", "--data", file, "--country", "Kazakhstan", "--country", "Uzbekistan", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["countries"] as? [String] == ["Kazakhstan", "Uzbekistan"])
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("x.png").path
        let one = try run(
            "tipcharts",
            [
                "render", "law-enforcement", "--data", file, "--country", "Kazakhstan", "--country", "Uzbekistan", "-o",
                out,
            ])
        #expect(one.status != 0 && one.stderr.contains("draws one country"), "\(one.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
        let both = try run(
            "tipcharts",
            ["render", "countries", "--data", file, "--country", "Kazakhstan", "--country", "Uzbekistan", "-o", out])
        #expect(both.status == 0, "\(both.stderr)")
        let top = try run("tipcharts", ["render", "countries", "--data", file, "--top", "0", "-o", out + ".2.png"])
        #expect(top.status == 64 && top.stderr.contains("--top"), "\(top.stderr)")
    }

    @Test func sumDuplicatesAddsRepeatedRowsAndTheDefaultRefusesThem() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("parts.csv")
        try "country,year,metric,value\nK,2020,victims,3\nK,2020,victims,3\nK,2020,victims,<5\n".write(
            to: file, atomically: true, encoding: .utf8)
        let refused = try run("tipcharts", ["summary", "--data", file.path])
        #expect(refused.status != 0 && refused.stderr.contains("parts.csv:3"), "\(refused.stderr)")
        let summed = try run("tipcharts", ["summary", "--data", file.path, "--sum-duplicates", "--format", "csv"])
        #expect(summed.status == 0, "\(summed.stderr)")
        #expect(summed.stdout.contains("<11"), "3 + 3 + <5 is below 11: \(summed.stdout)")
    }

    @Test func microdataAreCountedFromTheCommandLine() throws {
        let file = Self.root.appendingPathComponent("Tests/TIPDataTests/Fixtures/microdata/case-records.csv").path
        let mapping = [
            "--data", file, "--count-rows", "--count-as", "victims", "--country-column", "country_of_identification",
            "--year-column", "year_identified", "--breakdown-column", "gender",
            "--flag-columns", "form=sexual_exploitation,forced_labour,other_exploitation",
        ]
        let result = try run("tipcharts", ["export", "--format", "csv"] + mapping)
        #expect(result.status == 0, "\(result.stderr)")
        // pandas: Kazakhstan had 119 records in 2021, 10 of them with no gender recorded.
        #expect(result.stdout.contains("Kazakhstan,2021,,victims,,,,119,"), "\(result.stdout.prefix(600))")
        #expect(result.stdout.contains("Kazakhstan,2021,,victims,,Not stated,,10,"))
        let bad = try run("tipcharts", ["summary"] + mapping.dropLast() + ["form"])
        #expect(bad.status == 64 && bad.stderr.contains("DIMENSION=COLUMN,COLUMN"), "\(bad.stderr)")
        let noCount = try run("tipcharts", ["summary", "--data", file, "--count-as", "victims"])
        #expect(noCount.status == 64 && noCount.stderr.contains("add --count-rows"), "\(noCount.stderr)")
    }

    @Test(arguments: ["csv", "json"])
    func exportThenLoadGivesTheSameExport(_ format: String) throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = dir.appendingPathComponent("a.\(format)").path
        #expect(try run("tipcharts", ["export", "--format", format, "-o", first]).status == 0)
        let again = try run("tipcharts", ["export", "--format", format, "--data", first])
        #expect(again.status == 0, "\(again.stderr)")
        let original = try String(contentsOfFile: first, encoding: .utf8)
        if format == "csv" {
            #expect(again.stdout == original)
        } else {
            // Only the origin differs: the embedded set versus the exported file.
            let strip = { (text: String) in text.split(separator: "\n").filter { !$0.contains("\"origin\"") } }
            #expect(strip(again.stdout) == strip(original))
        }
    }

    @Test(arguments: ["metric", "year-over-year", "countries", "small-multiples"])
    func renderEachKindForUserData(_ kind: String) throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("\(kind).png").path
        let result = try run(
            "tipcharts",
            [
                "render", kind, "--data", Self.good.appendingPathComponent("multi-country.csv").path,
                "--metric", "convictions", "-o", path,
            ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try RasterImage(png: bytes(path)).width == 800)
    }

    @Test func chartsTheDataCannotGiveAreRefusedWithTheReason() throws {
        let wide = Self.good.appendingPathComponent("wide.csv").path
        let routes = try run("tipcharts", ["render", "routes", "--data", wide])
        #expect(routes.status == 64)
        #expect(
            routes.stderr.contains("cannot draw 'routes': the data name no trafficking routes for"), "\(routes.stderr)")
        let unknown = try run("tipcharts", ["render", "victims-donut", "--data", wide])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("'victims-donut' is not a chart kind (law-enforcement, metric,"))
        #expect(unknown.stderr.contains("nor a chart of these data ("))
    }

    @Test func listNamesEveryReportChart() throws {
        let result = try run("tipcharts", ["render", "--list"])
        #expect(result.status == 0)
        let names = result.stdout.split(separator: "\n").map { $0.split(separator: "\t").first.map(String.init) ?? "" }
        #expect(names.contains("convictions") && names.contains("victims-identified-donut") && names.contains("routes"))
        for name in names {
            let rendered = try run("tipcharts", ["render", name, "-o", "-", "--format", "svg"])
            #expect(rendered.status == 0 && rendered.stdout.hasPrefix("<?xml"), "\(name): \(rendered.stderr)")
        }
    }

    /// Each bad file through three commands: the exact error, a failing status, and no output file.
    @Test func everyBadFileFailsEveryCommandAndWritesNothing() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.bad.path).sorted()
        #expect(files.count >= 30)
        for file in files {
            let mapping: [String] =
                file.hasPrefix("27")
                ? ["--year-column", "data_yr"] : file.hasPrefix("28") ? ["--value-column", "amount"] : []
            let dir = try temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: dir) }
            let input = Self.bad.appendingPathComponent(file).path
            let commands: [[String]] = [
                ["report", "--data", input, "--out", dir.appendingPathComponent("report").path],
                ["render", "metric", "--data", input, "-o", dir.appendingPathComponent("chart.png").path],
                ["export", "--data", input, "-o", dir.appendingPathComponent("export.csv").path],
            ]
            for command in commands {
                let result = try run("tipcharts", command + mapping)
                #expect(result.status == 1, "\(file) \(command[0]): status \(result.status)")
                #expect(result.stderr.hasPrefix("Error: \(input):"), "\(file) \(command[0]): \(result.stderr)")
                #expect(result.stdout.isEmpty)
                #expect(
                    try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty,
                    "\(file) \(command[0]) wrote a file")
            }
        }
    }

    @Test func specRendersWithItsOwnSizeAndFormat() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let png = dir.appendingPathComponent("spec.png").path
        let result = try run(
            "tipcharts",
            ["render", "--spec", Self.specs.appendingPathComponent("convictions-by-country.json").path, "-o", png])
        #expect(result.status == 0, "\(result.stderr)")
        let image = try RasterImage(png: bytes(png))
        #expect(image.width == 640 && image.height == 400)
        let svg = try run(
            "tipcharts", ["render", "--spec", Self.specs.appendingPathComponent("sentences-from-file.json").path],
            in: dir)
        #expect(svg.status == 0, "\(svg.stderr)")
        #expect(svg.stdout == "sentences-from-file.svg\n")
        #expect(
            try String(contentsOf: dir.appendingPathComponent("sentences-from-file.svg"), encoding: .utf8).contains(
                "<title>Prosecutions"))
    }

    /// Text in six scripts, with the fallback fonts, gives the same bytes from two processes.
    @Test func sixScriptsRenderTheSameBytesInTwoProcesses() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let spec = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Docs/gallery/specs/six-scripts.json").path
        for format in ["png", "svg", "pdf"] {
            let outputs = try ["a", "b"].map { name in
                let path = dir.appendingPathComponent("\(name).\(format)").path
                let result = try run("tipcharts", ["render", "--spec", spec, "-o", path])
                #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
                return try bytes(path)
            }
            #expect(outputs[0] == outputs[1], "\(format)")
        }
    }

    /// A spec's `locale` sets the numbers and the direction; `--locale` overrides it.
    @Test func specLocaleLaysOutRightToLeftUnlessOverridden() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let spec = Self.specs.appendingPathComponent("arabic-rtl.json").path
        var outputs: [String: [UInt8]] = [:]
        for (name, extra) in [("spec", [String]()), ("en", ["--locale", "en"]), ("ar", ["--locale", "ar"])] {
            let svg = dir.appendingPathComponent("\(name).svg").path
            let result = try run("tipcharts", ["render", "--spec", spec, "-o", svg] + extra)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.isEmpty, "every Arabic letter has a glyph: \(result.stderr)")
            outputs[name] = try bytes(svg)
        }
        #expect(outputs["spec"] == outputs["ar"])
        #expect(outputs["spec"] != outputs["en"])
    }

    @Test(arguments: [
        ("bad-unknown-field.json", "$.encoding.y: names the field 'count', which no row has; the fields are: n, year"),
        ("bad-type.json", "$.type: expected one of: bar, line, histogram, donut, dot"),
        ("bad-title-type.json", "$.title: expected a string"),
        ("bad-missing-encoding.json", "$.encoding: is required"),
        ("bad-value.json", "$.data.values[1].n: 'lots' is not a number or a censored value such as <5"),
        ("bad-duplicate-bar.json", "$.data.values[1]: a second value for year = 2019; give one row per bar or point"),
        (
            "bad-format.json",
            "$.axes.y.format: expected count, number[:decimals], percent[:decimals], signedPercent[:decimals] or "
                + "currency[:symbol]"
        ),
        ("bad-data-both.json", "$.data: give exactly one of \"values\" (inline rows) or \"file\""),
        ("bad-boolean.json", "$.data.values[0].n: expected a number, a string or null, not true"),
        ("bad-syntax.json", "$: not valid JSON"),
        ("bad-locale.json", "$.locale: expected one of: en, ru, kk, de, fr, ar, hi"),
    ])
    func badSpecsNameTheJSONPath(_ file: String, _ message: String) throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let spec = Self.specs.appendingPathComponent(file).path
        let result = try run("tipcharts", ["render", "--spec", spec, "-o", dir.appendingPathComponent("x.png").path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("Error: \(spec): \(message)"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }
}

struct ProgressTests {
    /// `script` runs the command on a pseudo-terminal, as a person at a shell would.
    @Test func progressShowsOnATerminal() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let tool = productsDirectory.appendingPathComponent("tipcharts").path
        let command =
            "\(tool) report --data \(DataCommandTests.good.appendingPathComponent("multi-country.csv").path) --out "
            + "\(dir.path)/r"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
        // Five charts (the fifth a map), then summary.md; charts finish in any order on several cores.
        #expect(output.contains("Rendered 1/6: "))
        #expect(output.contains("Rendered 6/6: summary.md"))
        #expect(output.contains("Wrote 16 files"))
    }
}

/// A compilation exported with its options reads back without them: editions, breakdowns,
/// aggregates and tiers travel in export's own columns.
struct CompilationExportTests {
    static let options = [
        "--data",
        DataCommandTests.good.deletingLastPathComponent().appendingPathComponent("compilation/central-asia.csv")
            .path, "--year-column", "data_year", "--edition-column", "report_year", "--breakdown-column", "sex",
        "--breakdown-column", "age_group", "--breakdown-column", "form",
    ]

    @Test func exportReadsBackWithoutOptions() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let exported = dir.appendingPathComponent("export.csv").path
        #expect(try run("tipcharts", ["export", "--format", "csv", "-o", exported] + Self.options).status == 0)
        let original = try run("tipcharts", ["summary", "--format", "json"] + Self.options).stdout
        let again = try run("tipcharts", ["summary", "--format", "json", "--data", exported]).stdout
        let strip = { (text: String) in text.split(separator: "\n").filter { !$0.contains("\"origin\"") } }
        #expect(strip(again) == strip(original))
        #expect(original.contains("\"watchListEditions\""))
    }
}
