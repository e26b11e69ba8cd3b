/// A sample of real-valued observations, validated once so that every statistic
/// computed from it has a defined meaning.
///
/// Policy, shared by every statistic in this module:
/// - **NaN marks a missing observation.** It is dropped and counted in
///   ``missingCount``, as NumPy's `nan*` functions and R's `na.rm = TRUE` do.
///   The count is kept so that reports can say how many values were excluded.
/// - **Infinities are rejected** with ``SampleError/infiniteValue(index:value:)``:
///   a mean or variance of a sample containing ±∞ has no useful value.
/// - **An empty sample is valid**; statistics that have no answer for it
///   (mean, quantiles, …) return `nil`.
///
/// ```swift
/// let sample = try Sample([3, 5, Double.nan, 7])
/// sample.count        // 3
/// sample.missingCount // 1
/// ```
///
/// - Complexity: O(n) to build.
public struct Sample: Sendable, Equatable {
    /// The mean and M₂, computed on first use and shared by every copy of this sample.
    let momentsCache = MomentsCache()

    /// The finite observations, in input order.
    public let values: [Double]
    /// How many NaN values were dropped as missing.
    public let missingCount: Int

    /// Validates `observations`.
    /// - Throws: ``SampleError/infiniteValue(index:value:)`` for the first ±∞.
    public init(_ observations: some Sequence<Double>) throws(SampleError) {
        var kept: [Double] = []
        kept.reserveCapacity(observations.underestimatedCount)
        var missing = 0
        for (index, value) in observations.enumerated() {
            if value.isNaN {
                missing += 1
            } else if value.isInfinite {
                throw .infiniteValue(index: index, value: value)
            } else {
                kept.append(value)
            }
        }
        values = kept
        missingCount = missing
    }

    /// Validates an array: the bulk path, which keeps the array itself (no copy) when every
    /// value is finite, as the generic initialiser would keep them.
    ///
    /// - Throws: ``SampleError/infiniteValue(index:value:)`` for the first ±∞.
    /// - Complexity: O(n), one pass over contiguous memory.
    public init(_ observations: [Double]) throws(SampleError) {
        let clean = observations.withUnsafeBufferPointer { buffer in
            // x - x is 0 for finite x and NaN for ±∞ and NaN: one test per value.
            var finite = true
            for value in buffer where (value - value) != 0 {
                finite = false
                break
            }
            return finite
        }
        if clean {
            self.init(validatedFinite: observations)
        } else {
            try self.init(observations.lazy.map { $0 })
        }
    }

    /// Builds a sample from integers (counts, months); never throws.
    public init(integers: some Sequence<Int>) {
        values = integers.map(Double.init)
        missingCount = 0
    }

    /// Wraps values the caller has already proven finite, such as terms converted from months.
    package init(validatedFinite values: [Double]) {
        self.values = values
        missingCount = 0
    }

    /// The number of finite observations.
    public var count: Int { values.count }
    /// `true` when there are no finite observations.
    public var isEmpty: Bool { values.isEmpty }
}

/// Why a sequence of numbers cannot be used as a ``Sample``.
public enum SampleError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The observation at `index` (0-based) is +∞ or −∞.
    case infiniteValue(index: Int, value: Double)

    public var description: String {
        switch self {
        case let .infiniteValue(index, value):
            "observation \(index + 1) is \(value < 0 ? "-" : "+")infinity; statistics need finite values"
        }
    }
}
