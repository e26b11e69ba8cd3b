import TIPCairo
import Foundation
import Testing

struct ExampleTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test func libraryQuickStartRuns() throws {
        let result = try run("LibraryQuickStart", [])
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                Convictions 2006→2007: +1,800%
                Sentence quartiles (years): [5.5, 7.0, 8.5]
                Source: U.S. Department of State, Trafficking in Persons Report 2008: "Police conducted 22 trafficking \
                investigations and initiated 16 prosecution cases in 2007, compared to 13 investigations and seven \
                prosecutions in 2006. Courts convicted 19 trafficking offenders in 2007, a significant improvement \
                from one conviction in 2006."

                """)
    }

    /// The README shows the example's source; this keeps the two identical, so the README's
    /// code is compiled (as the example target) and run (above) by every test run.
    @Test func readmeShowsTheExampleVerbatim() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let example = try String(
            contentsOf: Self.root.appendingPathComponent("Examples/LibraryQuickStart/main.swift"),
            encoding: .utf8)
        #expect(readme.contains("```swift\n" + example + "```"))
    }
}

@Suite(.serialized) struct ChartExampleTests {
    @Test(arguments: [
        ("ConvictionsChart", ["convictions.png", "convictions.svg"]),
        ("VictimCounts", ["victims-donut.png", "victims-bars.pdf"]),
        ("SentenceDistribution", ["sentences.png"]),
        ("LargeSeries", ["walk.png", "scatter.png", "scatter-small.png"]),
        (
            "DeclarativePlots",
            ["stacked-bar", "line-with-points", "box-plot", "error-bars", "log-line", "bubbles-with-notes"].flatMap {
                name in
                ["png", "svg", "pdf"].map { "\(name).\($0)" }
            }
        ),
    ])
    func exampleWritesItsCharts(_ example: String, _ files: [String]) throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try run(example, [dir.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == files.sorted())
        for file in files {
            #expect(result.stdout.contains("\(dir.path)/\(file)"))
            let path = "\(dir.path)/\(file)"
            let data = try bytes(path)
            // Decode every format, as the README claims: our PNG decoder, librsvg, poppler.
            switch (file as NSString).pathExtension {
            case "png":
                #expect(try RasterImage(png: data).height >= (file.hasSuffix("-small.png") ? 300 : 400))
            case "svg":
                let png = "\(dir.path)/rsvg-\(file).png"
                let rsvg = try validate("rsvg-convert", ["-o", png, path])
                #expect(rsvg.status == 0, "rsvg-convert \(file): \(rsvg.output)")
                #expect(try RasterImage(png: bytes(png)).width >= 600)
                try FileManager.default.removeItem(atPath: png)
            default:
                let prefix = "\(dir.path)/poppler-\(file)"
                let poppler = try validate("pdftoppm", ["-png", "-r", "72", "-singlefile", path, prefix])
                #expect(poppler.status == 0, "pdftoppm \(file): \(poppler.output)")
                let page = try RasterImage(png: bytes(prefix + ".png"))
                #expect(page.width >= 600 && page.height >= 400)
                // The page is not blank: some pixel is dark (text and marks).
                #expect(
                    (0..<page.height).contains { y in
                        stride(from: 0, to: page.width, by: 3).contains { x in page.pixel(x: x, y: y).red < 100 }
                    })
                try FileManager.default.removeItem(atPath: prefix + ".png")
            }
        }
        if example == "SentenceDistribution" {
            #expect(result.stdout.hasPrefix("n = 19, mean = 6.84 years, median = 7.0 years\n"))
        }
    }
}
