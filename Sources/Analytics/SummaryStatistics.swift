/// The usual one-variable summary of a non-empty ``Sample``.
///
/// | field | definition |
/// |---|---|
/// | mean | Welford running mean |
/// | median | R type 7 at p = 0.5 |
/// | modes | every most frequent value (Python `multimode`) |
/// | sample variance / SD | denominator n − 1 (R `var`, `sd`); `nil` when n = 1 |
/// | population variance / SD | denominator n (NumPy default) |
/// | interquartile range | Q(0.75) − Q(0.25) with ``quantileMethod`` |
///
/// ```swift
/// let summary = SummaryStatistics(of: Sample(integers: [3, 5, 7]))
/// summary?.mean // 5
/// ```
public struct SummaryStatistics: Sendable, Equatable, Codable {
    public let count: Int
    public let missingCount: Int
    public let sum: Double
    public let mean: Double
    public let median: Double
    public let modes: [Double]
    public let minimum: Double
    public let maximum: Double
    public let range: Double
    public let sampleVariance: Double?
    public let sampleStandardDeviation: Double?
    public let populationVariance: Double
    public let populationStandardDeviation: Double
    public let interquartileRange: Double
    public let quantileMethod: QuantileMethod

    /// Summarises `sample`, or returns `nil` when it is empty (there is no mean to report).
    ///
    /// - Complexity: O(n log n), dominated by one sort for the order statistics.
    public init?(of sample: Sample, quantileMethod: QuantileMethod = .default) {
        guard let moments = sample.moments,
              let quartiles = sample.quantiles([0.25, 0.5, 0.75], method: quantileMethod),
              let median = sample.quantiles([0.5], method: .type7)?.first,
              let minimum = sample.minimum, let maximum = sample.maximum
        else { return nil }
        count = sample.count
        missingCount = sample.missingCount
        sum = sample.sum
        mean = moments.mean
        self.median = median
        modes = sample.modes
        self.minimum = minimum
        self.maximum = maximum
        range = maximum - minimum
        sampleVariance = sample.sampleVariance
        sampleStandardDeviation = sample.sampleStandardDeviation
        let populationVariance = moments.sumOfSquaredDeviations / Double(sample.count)
        self.populationVariance = populationVariance
        populationStandardDeviation = populationVariance.squareRoot()
        interquartileRange = quartiles[2] - quartiles[0]
        self.quantileMethod = quantileMethod
    }
}
