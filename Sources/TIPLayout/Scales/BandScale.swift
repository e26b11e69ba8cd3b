import TIPScene
import TIPStatistics
/// Places categories (such as years) in equal bands along a range, d3-style:
/// `step = length / (n − paddingInner + 2·paddingOuter)`, `bandwidth = step · (1 − paddingInner)`.
///
/// Years are categories here: 2006 and 2007 are two bands, never a continuous axis with a "2006.5".
public struct BandScale: Sendable, Hashable, Codable {
    public var categories: [String]
    public var rangeStart: Double
    public var rangeEnd: Double
    public var paddingInner: Double
    public var paddingOuter: Double

    public init(categories: [String], range: Interval, paddingInner: Double = 0.2, paddingOuter: Double = 0.1) {
        self.categories = categories
        (rangeStart, rangeEnd) = (range.start, range.end)
        self.paddingInner = paddingInner
        self.paddingOuter = paddingOuter
    }

    public var step: Double {
        let n = Double(categories.count)
        let denominator = max(1, n - paddingInner + 2 * paddingOuter)
        return (rangeEnd - rangeStart) / denominator
    }

    public var bandwidth: Double { step * (1 - paddingInner) }

    /// The start of the band of `index`.
    public func start(_ index: Int) -> Double { rangeStart + step * (paddingOuter + Double(index)) }

    /// The start of the band of `category`, or `nil` if it is not a category.
    public func callAsFunction(_ category: String) -> Double? {
        categories.firstIndex(of: category).map(start)
    }

    public func center(_ index: Int) -> Double { start(index) + bandwidth / 2 }
}
