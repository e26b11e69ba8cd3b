import Foundation
import Testing

/// The DocC getting-started article's install line is the Makefile's list of the packages
/// the library needs to build and draw: a newcomer who copies it gets a build that works.
struct InstallLineTests {
    static let root = DataCommandTests.root

    /// The words of the Makefile variable `name` (one logical line, `\` continuations joined).
    static func makefileList(_ name: String) throws -> [String] {
        let makefile = try String(contentsOf: root.appendingPathComponent("Makefile"), encoding: .utf8)
            .replacingOccurrences(of: "\\\n", with: " ")
        let line = try #require(makefile.split(separator: "\n").first { $0.hasPrefix("\(name) :=") })
        return line.dropFirst("\(name) :=".count).split(separator: " ").map(String.init).filter { !$0.isEmpty }
    }

    @Test func gettingStartedInstallsTheBuildPackages() throws {
        let article = try String(
            contentsOf: Self.root.appendingPathComponent("Sources/TIPCharts/TIPCharts.docc/GettingStarted.md"),
            encoding: .utf8)
        let line = try #require(article.split(separator: "\n").first { $0.hasPrefix("apt-get install ") })
        let listed = line.dropFirst("apt-get install ".count).split(separator: " ").map(String.init)
        let build = try Self.makefileList("BUILD_PACKAGES")
        #expect(build.contains("libpango1.0-dev") && build.contains("libcairo2-dev"))
        #expect(listed == build)
    }

    /// `make demo` installs only what the main job needs: no browser, no validators.
    @Test func theDemoNeedsNoTestTools() throws {
        let build = try Self.makefileList("BUILD_PACKAGES")
        let test = try Self.makefileList("TEST_PACKAGES")
        #expect(test.contains("chromium") && !build.contains("chromium"))
        #expect(Set(build).isDisjoint(with: test))
        let makefile = try String(contentsOf: Self.root.appendingPathComponent("Makefile"), encoding: .utf8)
        #expect(makefile.contains("\ndemo: deps\n"))
        let deps = try #require(
            makefile.components(separatedBy: "\ndeps:\n").dropFirst().first?
                .components(separatedBy: "\n\n").first)
        #expect(!deps.contains("TEST_PACKAGES") && !deps.contains("chromium") && !deps.contains("playwright"))
    }
}
