import Foundation
import Testing

/// The module graph, checked on the sources: data → statistics → chart layout → scene → renderer.
/// Each module may import only what it is listed with here (and the system's C library).
struct ArchitectureTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    /// Module → the modules it may import. Anything else fails the test.
    static let allowed: [String: Set<String>] = [
        "TIPStatistics": ["RealModule", "Synchronization"],
        "TIPFiles": [],
        "TIPScene": ["RealModule"],
        // The atlas and projections: pure Swift, no graphics.
        "TIPGeo": ["RealModule"],
        "TIPData": ["TIPStatistics", "TIPFiles", "Foundation"],
        "TIPLayout": ["TIPStatistics", "TIPScene", "TIPGeo", "RealModule"],
        "TIPCairo": ["TIPScene", "TIPFiles", "CTIPCairo", "Foundation"],
        "TIPReports": ["TIPStatistics", "TIPData", "TIPScene", "TIPGeo", "TIPLayout", "TIPFiles", "Foundation"],
        "TIPCharts": [
            "TIPStatistics", "TIPFiles", "TIPData", "TIPScene", "TIPGeo", "TIPLayout", "TIPCairo", "TIPReports",
            "Foundation",
        ],
        "TIPChartsCLI": ["TIPCharts", "ArgumentParser", "Foundation"],
        // Test support records scenes instead of drawing them: no Cairo.
        "TIPTestSupport": ["TIPScene", "Foundation", "FoundationXML"],
        "CTIPCairo": [],
    ]
    static let system: Set<String> = ["Glibc", "Darwin", "Musl"]

    static func imports(in module: String) throws -> Set<String> {
        let dir = sources.appendingPathComponent(module)
        let files = try #require(FileManager.default.enumerator(atPath: dir.path)).compactMap { $0 as? String }.filter {
            $0.hasSuffix(".swift")
        }
        var found = Set<String>()
        for file in files {
            let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") {
                let words = line.split(separator: " ")
                if let i = words.firstIndex(of: "import"), i + 1 < words.count,
                    words[..<i].allSatisfy({
                        ["internal", "public", "@_exported", "@testable", "package"].contains($0)
                    })
                {
                    found.insert(String(words[i + 1]))
                }
            }
        }
        return found
    }

    @Test func everyModuleIsListedAndPrefixed() throws {
        let modules = try FileManager.default.contentsOfDirectory(atPath: Self.sources.path).filter {
            !$0.hasPrefix(".")
        }
        #expect(Set(modules) == Set(Self.allowed.keys))
        #expect(modules.allSatisfy { $0.hasPrefix("TIP") || $0.hasPrefix("CTIP") })
    }

    @Test(arguments: allowed.keys.sorted())
    func importsFollowTheGraph(_ module: String) throws {
        let extra = try Self.imports(in: module).subtracting(Self.allowed[module] ?? []).subtracting(Self.system)
        #expect(extra.isEmpty, "\(module) imports \(extra.sorted())")
    }

    @Test func onlyTheRendererImportsCairo() throws {
        for module in Self.allowed.keys where module != "CTIPCairo" {
            #expect(try Self.imports(in: module).contains("CTIPCairo") == (module == "TIPCairo"), "\(module)")
        }
    }
}
