/// About `count` nice tick values covering `[start, stop]`, in the direction from
/// `start` to `stop`: d3-array's `ticks`, double for double. Every tick lies inside the
/// closed interval.
///
/// ```swift
/// niceTicks(from: 0, to: 19, count: 5)                         // [0, 5, 10, 15]
/// niceTicks(from: 0, to: 1, count: 5)                          // [0, 0.2, 0.4, 0.6, 0.8, 1]
/// niceTicks(from: 0, to: 3, count: 10, integersOnly: true)     // [0, 1, 2, 3]
/// ```
/// `start == stop` gives `[start]`; a non-finite bound, `count < 1` or a span too small
/// for a step (below about 1e-307) gives `[]`, as does a range whose ticks would number
/// more than 2⁵³.
///
/// - Complexity: O(number of ticks).
public func niceTicks(from start: Double, to stop: Double, count: Int, integersOnly: Bool = false) -> [Double] {
    guard start.isFinite, stop.isFinite, count >= 1 else { return [] }
    if start == stop { return (integersOnly && start != start.rounded()) ? [] : [start] }
    let reversed = stop < start
    let (lo, hi) = reversed ? (stop, start) : (start, stop)
    guard let step = TickStep.nice(from: lo, to: hi, count: count, integersOnly: integersOnly),
        let (first, last) = step.indexRange(lo, hi), last >= first
    else { return [] }
    // No −0 ticks.
    let ticks = stride(from: first, through: last, by: 1).map { step.multiple($0) }.map { $0 == 0 ? 0 : $0 }
    return reversed ? ticks.reversed() : ticks
}

/// Extends `[start, stop]` outward to multiples of the nice step: d3-array's `nice`,
/// double for double. Repeats until the step is stable (at most 10 times). Returns the
/// input when no step exists (zero span, non-finite).
///
/// ```swift
/// niceDomain(from: 0, to: 19, count: 5)     // 0…20
/// niceDomain(from: 0.3, to: 9.7, count: 10) // 0…10
/// ```
/// - Complexity: O(1).
public func niceDomain(from start: Double, to stop: Double, count: Int, integersOnly: Bool = false) -> Interval {
    let reversed = stop < start
    var (lo, hi) = reversed ? (stop, start) : (start, stop)
    var previous: TickStep?
    for _ in 0..<10 {
        guard let step = TickStep.nice(from: lo, to: hi, count: count, integersOnly: integersOnly) else { break }
        if step == previous { break }
        let inc = step.increment
        let (newLo, newHi) =
            step.exponent >= 0
            ? ((lo / inc).rounded(.down) * inc, (hi / inc).rounded(.up) * inc)
            : ((lo * inc).rounded(.down) / inc, (hi * inc).rounded(.up) / inc)
        guard newLo.isFinite, newHi.isFinite else { break }
        (lo, hi) = (newLo, newHi)
        previous = step
    }
    return reversed ? Interval(from: hi, to: lo) : Interval(from: lo, to: hi)
}
