import Foundation

/// A value behind a lock, for the shaper's caches and the Pango context pool.
///
/// It is `NSLock` (a pthread mutex) rather than `Synchronization.Mutex` because on Linux
/// `Mutex` locks with futex calls that ThreadSanitizer cannot see, so every access under it
/// is reported as a race and a real race would be lost among them; ThreadSanitizer does
/// intercept pthread mutexes. `make tsan-report` relies on this.
///
/// - Complexity: O(1) beyond `body`.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    /// Runs `body` with the value, no other thread holding the lock meanwhile.
    func withLock<Result, Failure: Error>(_ body: (inout Value) throws(Failure) -> Result) throws(Failure) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
