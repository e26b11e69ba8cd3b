import Foundation
import Testing

/// The dependency direction data → analytics → chart layout → scene → renderer, checked on the sources.
struct ArchitectureTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    static func imports(in module: String) throws -> Set<String> {
        let dir = sources.appendingPathComponent(module)
        let files = try #require(FileManager.default.enumerator(atPath: dir.path)).compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        var found = Set<String>()
        for file in files {
            let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") {
                let words = line.split(separator: " ")
                if let i = words.firstIndex(of: "import"), i + 1 < words.count, words[..<i].allSatisfy({ $0.hasSuffix("import") == false }) {
                    found.insert(String(words[i + 1]))
                }
            }
        }
        return found
    }

    @Test func onlyTheRendererImportsCairo() throws {
        for module in try FileManager.default.contentsOfDirectory(atPath: Self.sources.path) where module != "CCairo" {
            let imports = try Self.imports(in: module)
            #expect(imports.contains("CCairo") == (module == "CairoRenderer"), "\(module) imports \(imports.sorted())")
        }
    }

    @Test func analyticsAndChartingStayLight() throws {
        #expect(try Self.imports(in: "Analytics") == ["RealModule"])
        #expect(try Self.imports(in: "Charting").isSubset(of: ["Analytics", "RealModule"]))
    }
}
