import Foundation
import Testing

struct ExampleTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test func libraryQuickStartRuns() throws {
        let result = try run("LibraryQuickStart", [])
        #expect(result.status == 0)
        #expect(result.stdout == """
            Convictions 2006→2007: +1,800%
            Sentence quartiles (years): [5.5, 7.0, 8.5]
            Source: U.S. Department of State, Trafficking in Persons Report 2008

            """)
    }

    /// The README shows the example's source; this keeps the two identical, so the README's
    /// code is compiled (as the example target) and run (above) by every test run.
    @Test func readmeShowsTheExampleVerbatim() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let example = try String(contentsOf: Self.root.appendingPathComponent("Examples/LibraryQuickStart/main.swift"),
                                 encoding: .utf8)
        #expect(readme.contains("```swift\n" + example + "```"))
    }
}
