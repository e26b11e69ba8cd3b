import Foundation
import TIPFiles

/// Reading an input file (data or spec) with messages in our words.
///
/// A folder, a device (`/dev/zero` would never end) or a missing file is refused before
/// reading; pipes (`<(…)`) are read. Files above 2 GiB are refused.
public enum InputFile {
    /// The largest file read: 2 GiB.
    public static let maximumBytes = 2 << 30

    /// The bytes at `path`, or the reason they cannot be read.
    public static func read(_ path: String) -> Result<Data, InputFileError> {
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(InputFileError(reason: FileSystem.reason(errno))) }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .failure(InputFileError(reason: "it is a folder; give a CSV or JSON file"))
        case S_IFCHR, S_IFBLK, S_IFSOCK:
            return .failure(InputFileError(reason: "it is a device, not a file; give a CSV or JSON file"))
        default: break
        }
        if info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) > maximumBytes {
            return .failure(InputFileError(reason: "it is larger than 2 GiB"))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(InputFileError(reason: FileSystem.reason(errno)))
        }
        defer { try? handle.close() }
        do {
            return .success(try handle.readToEnd() ?? Data())
        } catch {
            return .failure(InputFileError(reason: "it could not be read (\((error as NSError).code))"))
        }
    }
}

/// Why an input file could not be read.
public struct InputFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Why the file cannot be read, in our words.
    public let reason: String
    public var description: String { reason }
}
