/// Two ends of a stretch of the number line, `start` to `end`, in that direction: a scale's
/// domain or range, or a niced axis. `end` may be below `start` (a reversed axis), which is
/// why this is not a `ClosedRange`.
///
/// ```swift
/// let domain = niceDomain(from: 0, to: 19, count: 5)   // Interval(from: 0, to: 20)
/// domain.span                                           // 20
/// ```
public struct Interval: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Where the interval starts.
    public var start: Double
    /// Where it ends; below `start` for a reversed interval.
    public var end: Double

    /// The interval from `start` to `end`.
    public init(from start: Double, to end: Double) {
        self.start = start
        self.end = end
    }

    /// `end − start`: negative for a reversed interval; ±∞ when it overflows.
    public var span: Double { end - start }
    /// The smaller end.
    public var lower: Double { Swift.min(start, end) }
    /// The larger end.
    public var upper: Double { Swift.max(start, end) }
    /// Whether `value` lies between the ends, inclusive.
    public func contains(_ value: Double) -> Bool { lower <= value && value <= upper }

    public var description: String { "\(start)…\(end)" }
}
