import Foundation

/// The lines of `Fixtures/<name>` beside the tests.
func fixtureLines(_ name: String, file: String = #filePath) throws -> [Substring] {
    let url = URL(fileURLWithPath: file).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/" + name)
    return try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
}
