import Foundation
import Testing

struct HelpTests {
    /// The help text is part of the interface; a change to it should be a deliberate one.
    @Test func topLevelHelpIsExact() throws {
        let expected = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("Fixtures/help.txt"), encoding: .utf8)
        let result = try run("tipcharts", ["--help"])
        #expect(result.status == 0)
        #expect(result.stdout == expected)
    }

    @Test(arguments: ["summary", "render", "report", "export"])
    func everySubcommandDocumentsItsDataOptions(_ command: String) throws {
        let help = try run("tipcharts", [command, "--help"]).stdout
        for option in ["--data", "--country", "--metric", "--year-column"] {
            #expect(help.contains(option), "\(command) --help lacks \(option)")
        }
    }
}
