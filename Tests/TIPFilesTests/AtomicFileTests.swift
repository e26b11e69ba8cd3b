import Foundation
import Testing
import TIPFiles

func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tipfiles-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Where `AtomicFile` writes: through devices and links, never replacing them.
struct OutputTargetTests {
    @Test func devicesAreWrittenThroughNotReplaced() throws {
        try AtomicFile.write(Array("hello".utf8), to: "/dev/null")
        var info = stat()
        #expect(lstat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
        #expect(throws: FileWriteError.self) { try AtomicFile.write([1, 2, 3], to: "/dev/full") }
    }

    @Test func aSymlinkKeepsPointingAtItsReplacedTarget() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("target.svg").path
        let link = dir.appendingPathComponent("link.svg").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        try AtomicFile.write(Array("one".utf8), to: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "one")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["link.svg", "target.svg"])
    }

    @Test func emptyPathsAndFoldersAreErrorsInOurWords() throws {
        #expect(throws: FileWriteError(path: "", reason: "the output path is empty")) {
            try AtomicFile.write([1], to: "")
        }
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let error = #expect(throws: FileWriteError.self) { try AtomicFile.write([1], to: dir.path) }
        #expect("\(error.map { "\($0)" } ?? "")".contains("directory"))
        let long = dir.appendingPathComponent(String(repeating: "x", count: 300) + ".png").path
        let tooLong = #expect(throws: FileWriteError.self) { try AtomicFile.write([1], to: long) }
        #expect("\(tooLong.map { "\($0)" } ?? "")".contains("too long"))
    }

    /// A killed run's temporary file (its process gone) is cleaned up by the next write.
    @Test func staleTemporariesOfDeadProcessesAreRemoved() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let stale = dir.appendingPathComponent(".chart.png.999999.12345.tmp").path
        FileManager.default.createFile(atPath: stale, contents: Data([1]))
        try AtomicFile.write([1, 2], to: dir.appendingPathComponent("chart.png").path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["chart.png"])
    }
}

/// Folder creation and the shared messages.
struct FileSystemTests {
    @Test func createsNestedFoldersAndNamesAFileInTheWay() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let nested = dir.appendingPathComponent("a/b/c").path
        try FileSystem.createFolders(nested)
        try FileSystem.createFolders(nested)  // already there: fine
        var isFolder: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: nested, isDirectory: &isFolder) && isFolder.boolValue)
        let file = dir.appendingPathComponent("file").path
        FileManager.default.createFile(atPath: file, contents: Data([1]))
        #expect(throws: FileWriteError(path: file + "/x", reason: "cannot create the folder: \(file) is a file")) {
            try FileSystem.createFolders(file + "/x")
        }
    }

    @Test func messagesAreOurs() {
        #expect(FileSystem.reason(ENOENT) == "no such file or folder")
        #expect(FileSystem.reason(ENOSPC) == "no space left on the device")
        #expect(!FileSystem.processIsGone(getpid()))
        #expect(FileSystem.processIsGone(Int32.max - 7))
    }
}
