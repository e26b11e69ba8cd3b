import Foundation

/// One slot per task for results computed on several threads: tasks are claimed in order,
/// results filled under a lock and read back in task order once every thread has finished.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var slots: [Result<Value, any Error>?]
    private var done = 0
    private var claimed = 0
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// The next task no thread has claimed yet, or nil when all are claimed.
    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard claimed < slots.count else { return nil }
        claimed += 1
        return claimed - 1
    }

    /// Stores the result of task `index`, then calls `finished` with the number of tasks done
    /// so far, still under the lock, so that such calls never overlap.
    func set(_ index: Int, _ result: Result<Value, any Error>, finished: (Int) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = result
        done += 1
        finished(done)
    }

    /// Every result in task order; call after all tasks are done.
    var values: [Result<Value, any Error>] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0 ?? .failure(CancellationError()) }
    }
}
