#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files so that a reader never sees a partial one, and nothing is left behind
/// when the process is killed half-way.
///
/// What `path` names decides how:
/// - `-`: standard output, for pipes.
/// - a missing path or a regular file: **atomic replacement**. On Linux the bytes go to
///   an unnamed file (`O_TMPFILE`) in the target's directory, which is linked under a
///   temporary name and renamed over `path` only when complete; a kill before that leaves
///   nothing. Elsewhere a named temporary file is used. Temporary files that a killed
///   earlier run left beside the same target (`.NAME.PID.*.tmp`, whose process is gone)
///   are removed.
/// - a symbolic link: the file it points to is replaced as above; the link stays.
/// - a device, FIFO or socket (`/dev/null`, `/dev/stdout`, a named pipe): written
///   through in place, never replaced by a regular file.
/// - a directory, or an empty path: an error.
public enum AtomicFile {
    /// Writes `bytes` to `path` as described above.
    ///
    /// - Throws: ``FileWriteError`` naming the path and the reason in our words.
    public static func write(_ bytes: [UInt8], to path: String) throws(FileWriteError) {
        guard !path.isEmpty else { throw FileWriteError(path: path, reason: "the output path is empty") }
        if path == "-" { return try writeAll(bytes, to: STDOUT_FILENO, path: "standard output") }
        var target = path
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
            guard let resolved = realpath(path, nil) else {
                // A dangling link: write to where it points, creating that file.
                target = try linkTarget(path)
                return try replace(bytes, at: target, reported: path)
            }
            target = String(cString: resolved)
            free(resolved)
        }
        if stat(target, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: throw FileWriteError(path: path, reason: "it is a directory; give a file name")
            default: return try writeThrough(bytes, to: target, reported: path)
            }
        }
        try replace(bytes, at: target, reported: path)
    }

    /// Opens an existing device, FIFO or socket and writes to it in place.
    private static func writeThrough(_ bytes: [UInt8], to target: String, reported path: String) throws(FileWriteError)
    {
        let fd = open(target, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileWriteError(path: path, reason: FileSystem.reason(errno)) }
        defer { close(fd) }
        try writeAll(bytes, to: fd, path: path)
    }

    /// Atomic replacement of a regular file (or creation of a missing one).
    private static func replace(_ bytes: [UInt8], at target: String, reported path: String) throws(FileWriteError) {
        let (directory, name) = split(target)
        guard !name.isEmpty else {
            throw FileWriteError(path: path, reason: "the path names a directory; give a file name")
        }
        guard name.utf8.count <= 200 else {
            throw FileWriteError(
                path: path, reason: "the file name is too long (\(name.utf8.count) bytes; the limit is 200)")
        }
        removeStaleTemporaries(in: directory, for: name)
        let temporary = "\(directory)/.\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        #if os(Linux)
            let fd = open(directory, unnamedTemporaryFlags, 0o644)
            if fd >= 0 {
                defer { close(fd) }
                try writeAll(bytes, to: fd, path: path)
                guard fsync(fd) == 0 || errno == EINVAL else {
                    throw FileWriteError(path: path, reason: FileSystem.reason(errno))
                }
                guard linkat(AT_FDCWD, "/proc/self/fd/\(fd)", AT_FDCWD, temporary, AT_SYMLINK_FOLLOW) == 0 else {
                    throw FileWriteError(path: path, reason: FileSystem.reason(errno))
                }
                return try rename(temporary, over: target, reported: path)
            }
        // File systems without O_TMPFILE fall through to a named temporary file.
        #endif
        let fd2 = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd2 >= 0 else { throw FileWriteError(path: path, reason: FileSystem.reason(errno)) }
        do {
            try writeAll(bytes, to: fd2, path: path)
            close(fd2)
        } catch {
            close(fd2)
            unlink(temporary)
            throw error
        }
        try rename(temporary, over: target, reported: path)
    }

    #if os(Linux)
        /// `O_TMPFILE` (`__O_TMPFILE | O_DIRECTORY`), which Swift does not import as a macro.
        private static let unnamedTemporaryFlags = O_WRONLY | O_CLOEXEC | 0o20_000_000 | O_DIRECTORY
    #endif

    private static func rename(_ temporary: String, over target: String, reported path: String) throws(FileWriteError) {
        guard Glibc.rename(temporary, target) == 0 else {
            let code = errno
            unlink(temporary)
            throw FileWriteError(path: path, reason: FileSystem.reason(code))
        }
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws(FileWriteError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw FileWriteError(path: path, reason: FileSystem.reason(errno))
            }
            offset += written
        }
    }

    /// Removes `.NAME.PID.*.tmp` files in `directory` whose process no longer exists.
    static func removeStaleTemporaries(in directory: String, for name: String) {
        guard let dir = opendir(directory) else { return }
        defer { closedir(dir) }
        let prefix = ".\(name)."
        while let entry = readdir(dir) {
            // Read the name in place, up to its NUL: a dirent is variable-length, so copying the
            // whole 256-byte `d_name` would read past the record (valgrind reports it).
            let file = UnsafeRawPointer(entry).advanced(by: MemoryLayout<dirent>.offset(of: \dirent.d_name) ?? 19)
                .withMemoryRebound(to: CChar.self, capacity: 1) { String(cString: $0) }
            guard file.hasPrefix(prefix), file.hasSuffix(".tmp") else { continue }
            let middle = file.dropFirst(prefix.count).dropLast(4).split(separator: ".")
            guard middle.count == 2, let pid = Int32(middle[0]), FileSystem.processIsGone(pid) else { continue }
            unlink("\(directory)/\(file)")
        }
    }

    private static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let directory = String(path[..<slash])
        return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
    }

    private static func linkTarget(_ link: String) throws(FileWriteError) -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink(link, &buffer, buffer.count - 1)
        guard count > 0 else { throw FileWriteError(path: link, reason: FileSystem.reason(errno)) }
        let target = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if target.hasPrefix("/") { return target }
        return split(link).directory + "/" + target
    }
}

/// Why a file could not be written: the path as given and the reason in our words.
public struct FileWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path as given.
    public let path: String
    /// What went wrong, in our words ("no space left on the device").
    public let reason: String

    /// An error for `path`.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "could not write \(path): \(reason)" }
}
