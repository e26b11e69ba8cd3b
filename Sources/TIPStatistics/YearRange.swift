/// A closed range of calendar years: a period such as 2015–2019, or one year.
///
/// Written as "2015–2019" (an en dash) or "2015" for one year; read from "2015-2019",
/// "2015–2019", "2015 - 2019", "2015:2019" or "2015".
public struct YearRange: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The first year of the period.
    public let first: Int
    /// The last year of the period (equal to ``first`` for one year).
    public let last: Int

    /// The years `first` through `last`; nil when `last` is before `first`.
    public init?(_ first: Int, _ last: Int) {
        guard first <= last else { return nil }
        self.first = first
        self.last = last
    }

    /// The period of the one year `year`.
    public init(year: Int) {
        first = year
        last = year
    }

    /// The period `text` writes: "2015–2019", "2015-2019", "2015:2019" or "2015"; nil for
    /// anything else, and for a range whose end is before its start.
    ///
    /// - Complexity: O(k) in the text's length.
    public init?(parsing text: String) {
        let trimmed = text.split(separator: " ").joined()
        let halves = trimmed.split(whereSeparator: { "-–—:/".contains($0) }).map(String.init)
        let yearLike = { (s: String) -> Int? in
            guard s.count == 4, s.allSatisfy(\.isASCII), s.allSatisfy(\.isNumber) else { return nil }
            return Int(s)
        }
        switch halves.count {
        case 1 where halves[0] == trimmed:
            guard let year = yearLike(halves[0]) else { return nil }
            self.init(year: year)
        case 2 where trimmed.count == halves[0].count + halves[1].count + 1:
            guard let a = yearLike(halves[0]), let b = yearLike(halves[1]) else { return nil }
            self.init(a, b)
        default:
            return nil
        }
    }

    /// The number of years in the period.
    public var count: Int { last - first + 1 }

    /// The years of the period.
    public var years: ClosedRange<Int> { first...last }

    /// Whether `year` is in the period.
    public func contains(_ year: Int) -> Bool { first <= year && year <= last }

    /// Whether the two periods share a year.
    public func overlaps(_ other: YearRange) -> Bool { first <= other.last && other.first <= last }

    /// "2015–2019" (an en dash), or "2015" for one year.
    public var description: String { first == last ? String(first) : "\(first)–\(last)" }

    /// Earlier first year first; on a tie, the shorter period first.
    public static func < (a: YearRange, b: YearRange) -> Bool { (a.first, a.last) < (b.first, b.last) }
}
