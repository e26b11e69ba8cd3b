import Foundation
import Testing

/// Summaries of hostile data: every format completes, says what is undefined, and keeps precision.
struct HostileDataTests {
    func file(_ text: String, _ name: String = "data.csv") throws -> (URL, String) {
        let dir = try temporaryDirectory()
        let url = dir.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return (dir, url.path)
    }

    @Test func anOverflowingChangeIsNamedNotPrinted() throws {
        let (dir, path) = try file("country,year,metric,value\nK,2006,m,1e-300\nK,2007,m,1e300\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        for format in ["json", "csv", "text", "markdown"] {
            let result = try run("tipcharts", ["summary", "--data", path, "--format", format])
            #expect(result.status == 0, "\(format): \(result.stderr)")
            #expect(!result.stdout.contains("inf") || format == "text" || format == "markdown", "\(format)")
        }
        let json = try run("tipcharts", ["summary", "--data", path, "--format", "json"]).stdout
        #expect(json.contains("\"undefinedReason\" : \"overflow\""))
        #expect(json.contains("\"sampleVariance\" : null"))
    }

    static let hostile = DataCommandTests.root.appendingPathComponent("Tests/TIPChartsCLITests/Fixtures/hostile")

    /// Issue 18: a source text read as a range of source numbers trapped (Int overflow),
    /// crashed, or wrote a 796 MB page linking to ten million sources that do not exist.
    @Test(arguments: ["source-range-int-max.csv", "source-range-ten-million.csv", "source-range-full-int.csv"])
    func sourceTextsThatLookLikeRangesAreCitations(_ file: String) throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let data = Self.hostile.appendingPathComponent(file).path
        let out = dir.appendingPathComponent("out").path
        let result = try run("tipcharts", ["report", "--format", "html", "--data", data, "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        let page = try String(contentsOfFile: out + "/report.html", encoding: .utf8)
        #expect(page.utf8.count < 1_000_000, "\(page.utf8.count) bytes")
        #expect(page.contains("<a href=\"#source-1\">[1]</a>"), "the caption links the one real source")
        #expect(!page.contains("#source-2\""), "no link to a source that does not exist")
    }

    /// Issue 18: Markdown copied data text verbatim, so `<img onerror>`, `<script>` and
    /// `<iframe>` became live HTML and a line break in a metric started a new heading.
    @Test func markdownOutputKeepsDataAsText() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let data = Self.hostile.appendingPathComponent("markup.csv").path
        let summary = try run("tipcharts", ["summary", "--format", "markdown", "--data", data])
        #expect(summary.status == 0, "\(summary.stderr)")
        let out = dir.appendingPathComponent("out").path
        let report = try run("tipcharts", ["report", "--data", data, "--out", out])
        #expect(report.status == 0, "\(report.stderr)")
        let summaryMD = try String(contentsOfFile: out + "/summary.md", encoding: .utf8)
        for markdown in [summary.stdout, summaryMD] {
            #expect(!markdown.contains("<"), "no raw tag")
            #expect(markdown.contains("&lt;img src=x onerror=alert(1)&gt;"))
            #expect(markdown.contains("&lt;script&gt;alert(2)&lt;/script&gt;"))
            #expect(
                !markdown.split(separator: "\n").contains { $0.hasPrefix("# Injected") || $0.hasPrefix("#Injected") })
            #expect(!markdown.replacingOccurrences(of: "\\]", with: "").contains("](javascript"))
        }
    }

    @Test func csvSummaryKeepsFullPrecision() throws {
        let (dir, path) = try file("country,year,metric,value\nK,2006,m,12.5\nK,2007,m,0.4\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = try run("tipcharts", ["summary", "--data", path, "--format", "csv"]).stdout
        #expect(csv.contains("year_over_year,K,m 2006-2007,from,12.5"))
        #expect(csv.contains("year_over_year,K,m 2006-2007,to,0.4"))
        let text = try run("tipcharts", ["summary", "--data", path]).stdout
        #expect(text.contains("rounded for reading"))
    }

    @Test func theJSONSummaryHasTheVictimsTotal() throws {
        let json = try run("tipcharts", ["summary", "--format", "json"]).stdout
        #expect(json.contains("\"total\" : 112"))
        let csv = try run("tipcharts", ["summary", "--format", "csv"]).stdout
        #expect(csv.contains("breakdown,Kazakhstan,victims_identified [persons] 2007 category=Total,value,112"))
    }

    @Test(arguments: [
        ("/tmp", "it is a folder"), ("/dev/zero", "it is a device"), ("/nonexistent/x.csv", "no such file"),
    ])
    func unreadableInputsSayWhyInOurWords(_ path: String, _ message: String) throws {
        let result = try run("tipcharts", ["summary", "--data", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!result.stderr.contains("NSCocoaErrorDomain"))
    }

    @Test func aHugeCellIsNotEchoedWhole() throws {
        let (dir, path) = try file("country,year,metric,value\nK,2007,m,\(String(repeating: "9", count: 100_000))x\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try run("tipcharts", ["summary", "--data", path])
        #expect(result.status == 1)
        #expect(result.stderr.count < 1_000, "\(result.stderr.count) characters")
    }

    /// Metrics whose names map to the same file name get distinct, stable files, and a second
    /// report into the same folder leaves none of the first run's files behind.
    @Test func reportFileNamesAreUniqueAndStaleFilesGo() throws {
        let (dir, path) = try file(
            "country,year,metric,value\nK,2006,a b,1\nK,2007,a "
                + "b,2\nK,2006,a-b,3\nK,2007,a-b,4\nK,2006,A_B,5\nK,2007,A_B,6\n"
        )
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out").path
        let first = try run("tipcharts", ["report", "--data", path, "--out", out])
        #expect(first.status == 0, "\(first.stderr)")
        let all = try FileManager.default.contentsOfDirectory(atPath: out).filter { !$0.hasPrefix(".") }
        let files = all.filter { $0.hasSuffix(".png") }
        #expect(Set(all.map { $0.lowercased() }).count == all.count)
        #expect(first.stdout.contains("Wrote \(all.count) files"), "\(first.stdout)")
        let (_, fewer) = try file("country,year,metric,value\nK,2006,a b,1\nK,2007,a b,2\n", "fewer.csv")
        let second = try run("tipcharts", ["report", "--data", fewer, "--out", out])
        #expect(second.status == 0, "\(second.stderr)")
        let after = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasSuffix(".png") }
        #expect(after.count < files.count)
        #expect(!after.contains { $0.contains("-2") || $0.contains("-3") }, "\(after)")
    }
}

/// A file with more countries than one chart of small multiples can hold.
struct ManyPanelsTests {
    @Test func reportPagesThemAndRenderRefusesWithAMessage() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let rows = (0..<60).flatMap { c in [2006, 2007].map { "Country \(c),\($0),convictions,\(c + $0 - 2000)" } }
        let file = dir.appendingPathComponent("many.csv")
        try (["country,year,metric,value"] + rows).joined(separator: "\n").write(
            to: file, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("out").path
        let report = try run("tipcharts", ["report", "--data", file.path, "--out", out])
        #expect(report.status == 0, "\(report.stderr)")
        let pages = try FileManager.default.contentsOfDirectory(atPath: out).filter {
            $0.contains("small-multiples") && $0.hasSuffix(".png")
        }
        #expect(
            pages.sorted() == [
                "convictions-small-multiples-1.png", "convictions-small-multiples-2.png",
                "convictions-small-multiples-3.png",
            ])
        let render = try run(
            "tipcharts",
            ["render", "small-multiples", "--data", file.path, "-o", dir.appendingPathComponent("x.png").path])
        #expect(render.status == 1)
        #expect(render.stderr.contains("60 panels are too many for one chart (at most 24)"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("x.png").path))
    }
}

/// `report` killed at many moments: the next run leaves no temporary or staging file behind.
@Suite(.serialized) struct InterruptedReportTests {
    @Test func killedRunsLeaveNothingAfterTheNextRun() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out").path
        let executable = productsDirectory.appendingPathComponent("tipcharts")
        let start = Date()
        #expect(try run("tipcharts", ["report", "--out", out]).status == 0)
        let duration = Date().timeIntervalSince(start)
        // Kills spread over the whole run, from start-up to the last rename.
        for attempt in 1...20 {
            let process = Process()
            process.executableURL = executable
            process.arguments = ["report", "--out", out]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(useconds_t(duration * 1.1 * Double(attempt) / 20 * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        // What a kill in the staging window leaves (the window is milliseconds, so make it here too).
        let dead = Int32.max - 7
        let staging = "\(out)/.tipcharts-staging-\(dead)"
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: "\(staging)/convictions.png", contents: Data([1]))
        FileManager.default.createFile(atPath: "\(out)/..tipcharts-report.\(dead).42.tmp", contents: Data([1]))
        let final = try run("tipcharts", ["report", "--out", out])
        #expect(final.status == 0, "\(final.stderr)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out).filter {
            $0.hasPrefix(".") && $0 != ".tipcharts-report"
        }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }
}
