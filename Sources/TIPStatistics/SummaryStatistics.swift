/// The usual one-variable summary of a non-empty ``Sample``.
///
/// | field | definition |
/// |---|---|
/// | mean | Σxᵢ/n in double-double arithmetic (the internal `Moments` accumulator) |
/// | median | R type 7 at p = 0.5 |
/// | modes | every most frequent value when some value repeats; empty when all are distinct |
/// | sample variance / SD | denominator n − 1 (R `var`, `sd`); `nil` when n = 1 |
/// | population variance / SD | denominator n (NumPy default) |
/// | interquartile range | Q(0.75) − Q(0.25) with ``quantileMethod`` |
///
/// ```swift
/// let summary = SummaryStatistics(of: Sample(integers: [3, 5, 7]))
/// summary?.mean // 5
/// ```
public struct SummaryStatistics: Sendable, Equatable, Codable {
    /// The number of finite observations, n.
    public let count: Int
    /// NaN observations dropped as missing.
    public let missingCount: Int
    /// Σxᵢ, compensated; +∞ when it overflows.
    public let sum: Double
    /// Σxᵢ / n, correctly rounded in practice.
    public let mean: Double
    /// R type 7 at p = 0.5.
    public let median: Double
    /// The most frequent values when some value repeats; empty when all are distinct.
    public let modes: [Double]
    /// The smallest observation.
    public let minimum: Double
    /// The largest observation.
    public let maximum: Double
    /// maximum − minimum; +∞ when it overflows.
    public let range: Double
    /// Σ(xᵢ − x̄)² / (n − 1) (R `var`); `nil` when n = 1.
    public let sampleVariance: Double?
    /// √ of the sample variance (R `sd`); `nil` when n = 1.
    public let sampleStandardDeviation: Double?
    /// Σ(xᵢ − x̄)² / n (NumPy's default `var`).
    public let populationVariance: Double
    /// √ of the population variance (NumPy's default `std`).
    public let populationStandardDeviation: Double
    /// Q(0.75) − Q(0.25) by ``quantileMethod``.
    public let interquartileRange: Double
    /// The Hyndman & Fan type used for the interquartile range.
    public let quantileMethod: QuantileMethod

    /// Memberwise, for decoding.
    init(
        count: Int, missingCount: Int, sum: Double, mean: Double, median: Double, modes: [Double], minimum: Double,
        maximum: Double, range: Double, sampleVariance: Double?, sampleStandardDeviation: Double?,
        populationVariance: Double,
        populationStandardDeviation: Double, interquartileRange: Double, quantileMethod: QuantileMethod
    ) {
        self.count = count
        self.missingCount = missingCount
        self.sum = sum
        self.mean = mean
        self.median = median
        self.modes = modes
        self.minimum = minimum
        self.maximum = maximum
        self.range = range
        self.sampleVariance = sampleVariance
        self.sampleStandardDeviation = sampleStandardDeviation
        self.populationVariance = populationVariance
        self.populationStandardDeviation = populationStandardDeviation
        self.interquartileRange = interquartileRange
        self.quantileMethod = quantileMethod
    }

    /// Summarises `sample`, or returns `nil` when it is empty (there is no mean to report).
    ///
    /// One sort serves every order statistic (quantiles, median, modes, extremes) and one
    /// two-pass double-double computation every moment.
    ///
    /// - Complexity: O(n log n), dominated by the sort.
    public init?(of sample: Sample, quantileMethod: QuantileMethod = .default) {
        guard let moments = sample.moments else { return nil }
        let sorted = sample.values.sorted()
        let n = sorted.count
        count = n
        missingCount = sample.missingCount
        sum = sample.sum
        mean = moments.mean
        median = quantile(ofSorted: sorted, 0.5, method: .type7)
        modes = TIPStatistics.modes(ofSorted: sorted)
        minimum = sorted[0]
        maximum = sorted[n - 1]
        range = maximum - minimum
        sampleVariance = n >= 2 ? moments.variance(denominator: Double(n - 1)) : nil
        sampleStandardDeviation = n >= 2 ? moments.standardDeviation(denominator: Double(n - 1)) : nil
        populationVariance = moments.variance(denominator: Double(n))
        populationStandardDeviation = moments.standardDeviation(denominator: Double(n))
        interquartileRange =
            quantile(ofSorted: sorted, 0.75, method: quantileMethod)
            - quantile(ofSorted: sorted, 0.25, method: quantileMethod)
        self.quantileMethod = quantileMethod
    }
}
