import TIPCharts
import Foundation

/// Progress for long batch work: a line that rewrites itself on a terminal, nothing when
/// standard error is not a terminal (a pipe, a file, CI).
struct Progress {
    let enabled: Bool

    init(enabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.enabled = enabled
    }

    func update(_ done: Int, _ total: Int, _ item: String) {
        guard enabled else { return }
        FileHandle.standardError.write(Data(("\r\u{1B}[KRendered \(done)/\(total): \(item)").utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
