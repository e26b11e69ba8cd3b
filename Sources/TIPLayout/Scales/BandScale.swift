import TIPScene
import TIPStatistics
/// Places categories (such as years) in equal bands along a range, d3-style:
/// `step = length / (n − paddingInner + 2·paddingOuter)`, `bandwidth = step · (1 − paddingInner)`.
///
/// Years are categories here: 2006 and 2007 are two bands, never a continuous axis with a "2006.5".
public struct BandScale: Sendable, Hashable, Codable {
    /// The categories, one band each, in order.
    public var categories: [String]
    /// Where the first band's outer padding starts, in canvas points.
    public var rangeStart: Double
    /// Where the last band's outer padding ends, in canvas points.
    public var rangeEnd: Double
    /// The gap between bands, as a fraction of a step (0...1).
    public var paddingInner: Double
    /// The space before the first and after the last band, in steps.
    public var paddingOuter: Double

    /// Bands for `categories` across `range`, with d3's inner and outer padding.
    public init(categories: [String], range: Interval, paddingInner: Double = 0.2, paddingOuter: Double = 0.1) {
        self.categories = categories
        (rangeStart, rangeEnd) = (range.start, range.end)
        self.paddingInner = paddingInner
        self.paddingOuter = paddingOuter
    }

    /// The distance from one band's start to the next.
    public var step: Double {
        let n = Double(categories.count)
        let denominator = max(1, n - paddingInner + 2 * paddingOuter)
        return (rangeEnd - rangeStart) / denominator
    }

    /// The width of one band: `step · (1 − paddingInner)`.
    public var bandwidth: Double { step * (1 - paddingInner) }

    /// The start of the band of `index`.
    public func start(_ index: Int) -> Double { rangeStart + step * (paddingOuter + Double(index)) }

    /// The start of the band of `category`, or `nil` if it is not a category.
    public func callAsFunction(_ category: String) -> Double? {
        categories.firstIndex(of: category).map(start)
    }

    /// The centre of the band of `index`.
    public func center(_ index: Int) -> Double { start(index) + bandwidth / 2 }
}
