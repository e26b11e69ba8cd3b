import Foundation

/// Writes files so that a reader never sees a partial one.
public enum AtomicFile {
    /// Writes `bytes` to a temporary file in the same directory, then renames it over
    /// `path` (atomic on POSIX file systems). On failure the temporary file is removed and
    /// nothing is left at `path` that was not there before.
    public static func write(_ bytes: [UInt8], to path: String) throws(RenderError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt64.random(in: 0...UInt64.max)).tmp")
        do {
            try Data(bytes).write(to: temporary, options: .withoutOverwriting)
            if rename(temporary.path, url.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw RenderError.io(path: path, reason: reason)
            }
        } catch let error as RenderError {
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .io(path: path, reason: (error as NSError).localizedDescription)
        }
    }
}
