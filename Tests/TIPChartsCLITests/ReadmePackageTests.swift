import Foundation
import Testing

/// What a Swift developer does first: a new package that depends on this one by path and
/// contains only the README's library snippets, with `import TIPCharts`. It must build and
/// run, and the chart snippet must write its PNG.
@Suite(.serialized) struct ReadmePackageTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The ```swift blocks of the README's "Using the library" section that start with `import TIPCharts`.
    static func snippets() throws -> [String] {
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(
            readme.components(separatedBy: "## Using the library").dropFirst().first?
                .components(separatedBy: "\n## ").first)
        return section.components(separatedBy: "```swift\n").dropFirst()
            .compactMap { $0.components(separatedBy: "```").first }
            .filter { $0.hasPrefix("import TIPCharts\n") }
    }

    @Test func theReadmeHasBothSnippets() throws {
        let snippets = try Self.snippets()
        #expect(snippets.count == 2)
        #expect(
            snippets.allSatisfy { !$0.contains("import TIP") || $0.components(separatedBy: "import ").count == 2 },
            "one import each")
    }

    @Test func aFreshPackageWithTheSnippetsBuildsAndRuns() throws {
        let parent = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let dir = try freshPackage(named: "ReadmeApp", in: parent, main: Self.snippets().joined(separator: "\n"))
        // `env -C` runs `swift run` in the app's folder, where the snippet writes its PNG.
        let (status, text) = try validate(
            "-C", [dir.path, "swift", "run", "--scratch-path", dir.appendingPathComponent(".build").path, "ReadmeApp"])
        #expect(status == 0, "\(text.suffix(3000))")
        #expect(text.contains("Convictions 2006→2007: +1,800%"))
        let png = try Data(contentsOf: dir.appendingPathComponent("convictions.png"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        // Width and height from the IHDR chunk: 640×400 points at scale 2 … the default 800×500 at 2.
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 1600 && height == 1000)
    }
}

/// A new package `name` in `parent`, beside a link to this checkout named TIPCharts (as the
/// README sets it up), depending on it by path, with `main` as its only source file.
func freshPackage(named name: String, in parent: URL, main: String) throws -> URL {
    try FileManager.default.createSymbolicLink(
        at: parent.appendingPathComponent("TIPCharts"), withDestinationURL: ReadmePackageTests.root)
    let dir = parent.appendingPathComponent(name)
    let sources = dir.appendingPathComponent("Sources/\(name)")
    try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
    try """
    // swift-tools-version: 6.1
    import PackageDescription
    let package = Package(
        name: "\(name)",
        dependencies: [.package(path: "../TIPCharts")],
        targets: [
            .executableTarget(name: "\(name)", dependencies: [.product(name: "TIPCharts", package: "TIPCharts")])
        ]
    )
    """.write(to: dir.appendingPathComponent("Package.swift"), atomically: true, encoding: .utf8)
    try main.write(to: sources.appendingPathComponent("main.swift"), atomically: true, encoding: .utf8)
    return dir
}
