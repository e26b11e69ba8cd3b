/// Each part's share of the total.
///
/// ```
/// shareᵢ = partᵢ / Σ parts        percentᵢ = 100 · shareᵢ
/// ```
/// ```swift
/// let victims = try Shares([87, 25])
/// victims.percentages                          // [77.678…, 22.321…]
/// victims.roundedPercentages(decimals: 1)      // 77.7 %, 22.3 % — always adds up to 100
/// ```
/// - Complexity: O(n).
public struct Shares: Sendable, Equatable {
    /// What parts that add up to `sum` leave out of the `total` reported for them:
    /// `total − sum`, 0 when they make the total (within 1e-9·max(1, |total|), so a rounding
    /// difference is no slice), or nil when they add up to more (a record counted in several
    /// parts: they are then no shares of that total), and nil for a total or sum that is not
    /// finite. Donuts, summaries and stacked bars draw the remainder as "Not broken down".
    ///
    /// - Complexity: O(1).
    public static func remainder(ofTotal total: Double, afterParts sum: Double) -> Double? {
        guard total.isFinite, sum.isFinite else { return nil }
        let tolerance = 1e-9 * max(1, abs(total))
        if sum > total + tolerance { return nil }
        return sum < total - tolerance ? total - sum : 0
    }

    /// The parts, in input order.
    public let parts: [Double]
    /// Their compensated sum, positive.
    public let total: Double

    /// - Throws: ``SharesError`` when a part is negative or not finite, or the total is 0
    ///   (shares of nothing are undefined).
    public init(_ parts: [Double]) throws(SharesError) {
        for (index, part) in parts.enumerated() {
            guard part.isFinite else { throw .nonFinitePart(index: index) }
            guard part >= 0 else { throw .negativePart(index: index, value: part) }
        }
        let total = compensatedSum(parts)
        guard total > 0 else { throw .zeroTotal }
        self.parts = parts
        self.total = total
    }

    /// `partᵢ / total`, each in 0...1.
    public var fractions: [Double] { parts.map { $0 / total } }
    /// `100 · partᵢ / total`, unrounded.
    public var percentages: [Double] { parts.map { 100 * $0 / total } }

    /// Percentages rounded to `decimals` places by the **largest remainder** (Hamilton)
    /// method, so that the rounded labels add up to exactly 100.
    ///
    /// Each percentage is truncated to the precision; the units still missing from 100 go,
    /// one each, to the parts with the largest truncated remainders (ties: larger part
    /// first, then earlier index). Quotients and remainders are exact integer arithmetic
    /// whenever the parts are integers, or dyadic fractions, that fit in 63 bits.
    ///
    /// - Precondition: `0 ≤ decimals ≤ 6`.
    /// - Complexity: O(n log n).
    public func roundedPercentages(decimals: Int = 1) -> [RoundedPercent] {
        precondition((0...6).contains(decimals), "decimals must be in 0...6")
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let target = 100 * scale
        let (units, order): ([Int], [Int])
        if let exact = Self.exactQuotients(parts, target: target) {
            (units, order) = (exact.units, priority(exact.remainders))
        } else {
            let approximate = Self.approximateQuotients(parts, total: total, target: target)
            (units, order) = (approximate.units, priority(approximate.remainders))
        }
        var rounded = units
        let missing = target - units.reduce(0, +)
        for index in order.prefix(Swift.max(0, missing)) { rounded[index] += 1 }
        return rounded.map { RoundedPercent(units: $0, decimals: decimals) }
    }

    /// The indices by largest remainder first; ties: larger part, then earlier index.
    private func priority<Remainder: Comparable>(_ remainders: [Remainder]) -> [Int] {
        parts.indices.sorted { a, b in
            if remainders[a] != remainders[b] { return remainders[a] > remainders[b] }
            if parts[a] != parts[b] { return parts[a] > parts[b] }
            return a < b
        }
    }

    /// `⌊target·pᵢ/T⌋` and the remainders `target·pᵢ mod T`, in exact integer arithmetic,
    /// after scaling every part by one power of two so all are integers. `nil` when the
    /// scaled parts or their total do not fit in 63 bits.
    ///
    /// The remainders share the denominator `T`, so comparing them compares the true
    /// fractional parts exactly: ties are real ties, never floating-point noise.
    static func exactQuotients(_ parts: [Double], target: Int) -> (units: [Int], remainders: [Int])? {
        // The smallest exponent of a set bit among the parts fixes the power of two to scale by.
        var lowest = Int.max
        for part in parts where part != 0 {
            let trailing = part.significandBitPattern.trailingZeroBitCount
            let lowBit =
                Int(part.exponent) - Double.significandBitCount + Swift.min(trailing, Double.significandBitCount)
            lowest = Swift.min(lowest, lowBit)
        }
        guard lowest != Int.max else { return nil }
        var integers: [Int] = []
        integers.reserveCapacity(parts.count)
        var total = 0
        for part in parts {
            let scaled = Double(sign: .plus, exponent: -lowest, significand: part)
            guard let value = Int(exactly: scaled) else { return nil }
            let (sum, overflow) = total.addingReportingOverflow(value)
            guard !overflow else { return nil }
            total = sum
            integers.append(value)
        }
        guard total > 0 else { return nil }
        var units: [Int] = []
        // Kept as integers: converted to Double, two remainders near 2⁶³ could round to a false tie.
        var remainders: [Int] = []
        for value in integers {
            let product = target.multipliedFullWidth(by: value)
            let (quotient, remainder) = total.dividingFullWidth((high: product.high, low: product.low))
            units.append(quotient)
            remainders.append(remainder)
        }
        return (units, remainders)
    }

    /// The floating-point fallback for parts too wide for 63-bit integers.
    static func approximateQuotients(
        _ parts: [Double], total: Double, target: Int
    ) -> (units: [Int], remainders: [Double]) {
        let raw = parts.map { Swift.min(Double(target), Double(target) * ($0 / total)) }
        let units = raw.map { Int($0.rounded(.down)) }
        return (units, zip(raw, units).map { $0 - Double($1) })
    }
}

/// A percentage held exactly as an integer number of `10⁻ᵈ` units, so sums are exact.
public struct RoundedPercent: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The percentage times `10^decimals`.
    public let units: Int
    /// Decimal places of the percentage (1 for 77.7 %).
    public let decimals: Int

    /// The percentage as a `Double` (77.7 for 77.7 %).
    public var value: Double {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        return Double(units) / scale
    }

    /// "77.7%".
    public var description: String { formatFixed(units: units, decimals: decimals) + "%" }
}

/// Why shares cannot be computed.
public enum SharesError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The parts add up to zero: shares of nothing are undefined.
    case zeroTotal
    /// A part below zero (1-based position in messages).
    case negativePart(index: Int, value: Double)
    /// A part that is NaN or ±∞.
    case nonFinitePart(index: Int)

    public var description: String {
        switch self {
        case .zeroTotal: "shares are undefined when the parts add up to zero"
        case let .negativePart(index, value): "part \(index + 1) is negative (\(value)); shares need non-negative parts"
        case let .nonFinitePart(index): "part \(index + 1) is not a finite number"
        }
    }
}
