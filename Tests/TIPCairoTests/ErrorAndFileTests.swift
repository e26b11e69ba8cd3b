import TIPCairo
import TIPScene
import Foundation
import Testing

struct ErrorAndFileTests {
    @Test(arguments: [
        (0.0, 100.0, 1.0), (-5, 100, 1), (.nan, 100, 1), (100, .infinity, 1), (100, 100, 0), (20_000, 100, 2),
    ])
    func invalidSizesAreErrors(_ width: Double, _ height: Double, _ scale: Double) throws {
        let scene = Scene(size: Size(width: width, height: height))
        #expect(throws: RenderError.self) { try SceneRenderer().render(scene, as: .png, scale: scale) }
    }

    @Test func writeIsAtomicAndLeavesNoTemporaryFiles() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("chart.svg").path
        try SceneRenderer().write(try knownScene(), to: path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["chart.svg"])
    }

    @Test func failedWriteLeavesNothing() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = directory.appendingPathComponent("no/such/dir/chart.png").path
        #expect(throws: RenderError.self) { try SceneRenderer().write(try knownScene(), to: missing) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func failedRenderLeavesNothing() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("chart.png").path
        #expect(throws: RenderError.self) {
            try SceneRenderer().write(Scene(size: Size(width: 0, height: 0)), to: path)
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func unknownExtensionIsAnError() throws {
        let error = #expect(throws: RenderError.self) {
            try SceneRenderer().write(try knownScene(), to: "/tmp/chart.gif")
        }
        #expect(error?.description.contains("use .png, .svg or .pdf") == true)
    }

    @Test func errorsReadWell() {
        #expect(
            RenderError.cairo(status: "out of memory", operation: "writing the PDF").description
                == "cairo error during writing the PDF: out of memory")
    }
}
