import TIPScene
import TIPFiles
import Foundation

/// An output folder that a report writes as a whole: staged, then moved into place, with a
/// manifest of what it wrote so the next run can remove its stale files.
struct ReportFolder {
    let path: String

    /// Writes `files` (name, bytes) into the folder; see ``ChartReport/write(to:progress:)``.
    func replaceContents(with files: [(String, [UInt8])], manifestName: String) throws -> [String] {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
            throw FileWriteError(path: path, reason: "it is a file, not a folder; give --out a folder")
        }
        for (name, _) in files {
            let target = (path as NSString).appendingPathComponent(name)
            guard name.utf8.count <= 200 else {
                throw FileWriteError(path: target, reason: "the file name is too long")
            }
            if manager.fileExists(atPath: target, isDirectory: &isFolder), isFolder.boolValue {
                throw FileWriteError(path: target, reason: "a folder of that name is in the way; nothing was written")
            }
        }
        try FileSystem.createFolders(path)
        removeStaleStaging()
        let staging = (path as NSString).appendingPathComponent("\(Self.stagingPrefix)\(getpid())")
        try? manager.removeItem(atPath: staging)
        do {
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: false)
            for (name, bytes) in files {
                try AtomicFile.write(bytes, to: (staging as NSString).appendingPathComponent(name))
            }
        } catch {
            try? manager.removeItem(atPath: staging)
            throw error
        }
        defer { try? manager.removeItem(atPath: staging) }
        let previous = readManifest(manifestName)
        var written: [String] = []
        for (name, _) in files {
            let target = (path as NSString).appendingPathComponent(name)
            guard rename((staging as NSString).appendingPathComponent(name), target) == 0 else {
                throw FileWriteError(path: target, reason: FileSystem.reason(errno))
            }
            written.append(target)
        }
        let names = Set(files.map(\.0))
        for stale in previous where !names.contains(stale) && !stale.contains("/") && !stale.hasPrefix(".") {
            let target = (path as NSString).appendingPathComponent(stale)
            var info = stat()
            if lstat(target, &info) == 0, info.st_mode & S_IFMT == S_IFREG { unlink(target) }
        }
        let manifest =
            "# Files written by the last tipcharts report in this folder; the next report removes those it does not "
            + "write again.\n"
            + files.map(\.0).joined(separator: "\n") + "\n"
        try AtomicFile.write(Array(manifest.utf8), to: (path as NSString).appendingPathComponent(manifestName))
        return written
    }

    static let stagingPrefix = ".tipcharts-staging-"

    /// Staging folders (and their files) left by a report that was killed: their process is gone.
    private func removeStaleStaging() {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        for entry in entries where entry.hasPrefix(Self.stagingPrefix) {
            guard let pid = Int32(entry.dropFirst(Self.stagingPrefix.count)) else { continue }
            if FileSystem.processIsGone(pid) {
                try? FileManager.default.removeItem(atPath: (path as NSString).appendingPathComponent(entry))
            }
        }
    }

    private func readManifest(_ name: String) -> [String] {
        guard let text = try? String(contentsOfFile: (path as NSString).appendingPathComponent(name), encoding: .utf8)
        else { return [] }
        return text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty }
    }
}
