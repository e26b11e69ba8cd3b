import Foundation

/// Seconds taken by `body`, on the monotonic clock.
func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ xs: [Double]) -> Double {
    let sorted = xs.sorted()
    return sorted.isEmpty ? .nan : sorted[sorted.count / 2]
}

/// The process's peak resident set so far, in megabytes.
func peakRSSMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// One line of the results table: our time, the reference's, and their ratio as the median
/// of paired ratios (each repetition times ours, then the reference, back to back, so that
/// a noisy neighbour slows both).
struct Row {
    var workload: String
    var ours: Double
    var reference: Double
    var ratio: Double
    var referenceName: String
    var target: String
    var note = ""
}

/// Times `ours` and `reference` back to back `repetitions` times, after one warm-up each.
func paired(
    _ workload: String, repetitions: Int, target: String, referenceName: String, ours: () throws -> Void,
    reference: () throws -> Void
) rethrows -> Row {
    try ours()
    try reference()
    var a: [Double] = [], b: [Double] = [], ratios: [Double] = []
    for _ in 0..<repetitions {
        let x = try seconds(ours), y = try seconds(reference)
        a.append(x)
        b.append(y)
        ratios.append(x / y)
    }
    return Row(
        workload: workload, ours: median(a), reference: median(b), ratio: median(ratios),
        referenceName: referenceName, target: target)
}

/// Runs `python3 -c script arguments…` and returns its standard output, or nil when it fails
/// (no Python, or a module missing).
func python(_ script: String, _ arguments: [String]) -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return process.terminationStatus == 0 ? output : nil
}
