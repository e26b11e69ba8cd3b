/// About `count` nice tick values covering `[start, stop]`, in the direction from
/// `start` to `stop` (d3's `ticks`). Every tick lies inside the closed interval.
///
/// ```swift
/// niceTicks(from: 0, to: 19, count: 5)                         // [0, 5, 10, 15]
/// niceTicks(from: 0, to: 1, count: 5)                          // [0, 0.2, 0.4, 0.6, 0.8, 1]
/// niceTicks(from: 0, to: 3, count: 10, integersOnly: true)     // [0, 1, 2, 3]
/// ```
/// `start == stop` gives `[start]`; a non-finite bound or `count < 1` gives `[]`.
///
/// - Complexity: O(number of ticks).
public func niceTicks(from start: Double, to stop: Double, count: Int, integersOnly: Bool = false) -> [Double] {
    guard start.isFinite, stop.isFinite, count >= 1 else { return [] }
    if start == stop { return (integersOnly && start != start.rounded()) ? [] : [start] }
    let reversed = stop < start
    let (lo, hi) = reversed ? (stop, start) : (start, stop)
    guard let step = TickStep.nice(start: lo, stop: hi, count: count, integersOnly: integersOnly) else { return [] }
    let stepValue = step.value
    // Beyond 2⁵³ steps from zero the multiples are no longer distinct doubles.
    guard abs(lo / stepValue) < 0x1p53, abs(hi / stepValue) < 0x1p53 else { return [] }
    var first = Int((lo / stepValue).rounded(.up))
    var last = Int((hi / stepValue).rounded(.down))
    // Guard the rounding of the division against the exact multiples.
    if step.multiple(first - 1) >= lo { first -= 1 }
    if step.multiple(last + 1) <= hi { last += 1 }
    guard last >= first else { return [] }
    let ticks = (first...last).map { step.multiple($0) }.map { $0 == 0 ? 0 : $0 } // no −0 ticks
    return reversed ? ticks.reversed() : ticks
}

/// Extends `[start, stop]` outward to multiples of the nice step (d3's `nice`), so the
/// first and last ticks sit on the ends of the axis. Repeats until the step is stable
/// (at most 10 times). Returns the input when no step exists (zero span, non-finite).
///
/// ```swift
/// niceDomain(0, 19, count: 5)   // (0, 20)
/// niceDomain(0.3, 9.7, count: 10) // (0, 10)
/// ```
/// - Complexity: O(1).
public func niceDomain(_ start: Double, _ stop: Double, count: Int, integersOnly: Bool = false) -> (Double, Double) {
    let reversed = stop < start
    var (lo, hi) = reversed ? (stop, start) : (start, stop)
    var previous: TickStep?
    for _ in 0..<10 {
        guard let step = TickStep.nice(start: lo, stop: hi, count: count, integersOnly: integersOnly) else { break }
        if step == previous { break }
        let v = step.value
        guard abs(lo / v) < 0x1p53, abs(hi / v) < 0x1p53 else { break }
        lo = step.multiple(Int((lo / v).rounded(.down)))
        hi = step.multiple(Int((hi / v).rounded(.up)))
        previous = step
    }
    return reversed ? (hi, lo) : (lo, hi)
}
