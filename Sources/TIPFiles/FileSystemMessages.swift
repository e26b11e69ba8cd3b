#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Words shared by everything that reads or writes files: one table of messages, one
/// check for processes that left files behind.
public enum FileSystem {
    /// The C library's message for `errno` `code`, in our words where its own reads badly.
    public static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: "no such file or folder"
        case EACCES, EPERM: "permission denied"
        case ENOSPC: "no space left on the device"
        case ENAMETOOLONG: "the file name is too long"
        case EISDIR: "it is a directory; give a file name"
        case ENOTDIR: "a part of the path is not a folder"
        case EROFS: "the file system is read-only"
        case EEXIST: "a file of that name is in the way"
        default: String(cString: strerror(code))
        }
    }

    /// Creates `path` and any missing parent folders (`mkdir -p`), with the reason in our words
    /// when a component cannot be made: a file in the way, no permission, a read-only disk.
    public static func createFolders(_ path: String) throws(FileWriteError) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + component
            var info = stat()
            if stat(prefix, &info) == 0 {
                guard info.st_mode & S_IFMT == S_IFDIR else {
                    throw FileWriteError(path: path, reason: "cannot create the folder: \(prefix) is a file")
                }
                continue
            }
            guard mkdir(prefix, 0o755) == 0 || errno == EEXIST else {
                throw FileWriteError(path: path, reason: "cannot create the folder: \(reason(errno))")
            }
        }
    }

    /// Whether no process `pid` exists any more, so that files named after it are stale.
    public static func processIsGone(_ pid: Int32) -> Bool {
        pid != getpid() && kill(pid, 0) != 0 && errno == ESRCH
    }
}
