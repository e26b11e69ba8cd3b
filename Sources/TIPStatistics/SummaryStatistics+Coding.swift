/// JSON has no ±∞: a statistic that overflows a double (the variance of values near 1e300,
/// the sum of two values of 1e308) is written as `null`, which reads back as +∞ (for a
/// magnitude) or −∞ (never produced). `sampleVariance` and `sampleStandardDeviation` are
/// also `null` when n = 1, as before; a decoded `null` for them stays `nil`.
extension SummaryStatistics {
    enum CodingKeys: String, CodingKey {
        case count, missingCount, sum, mean, median, modes, minimum, maximum, range, sampleVariance,
            sampleStandardDeviation, populationVariance, populationStandardDeviation, interquartileRange, quantileMethod
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        func put(_ value: Double?, _ key: CodingKeys) throws {
            if let value, value.isFinite { try c.encode(value, forKey: key) } else { try c.encodeNil(forKey: key) }
        }
        try c.encode(count, forKey: .count)
        try c.encode(missingCount, forKey: .missingCount)
        try put(sum, .sum)
        try put(mean, .mean)
        try put(median, .median)
        try c.encode(modes, forKey: .modes)
        try put(minimum, .minimum)
        try put(maximum, .maximum)
        try put(range, .range)
        try put(sampleVariance, .sampleVariance)
        try put(sampleStandardDeviation, .sampleStandardDeviation)
        try put(populationVariance, .populationVariance)
        try put(populationStandardDeviation, .populationStandardDeviation)
        try put(interquartileRange, .interquartileRange)
        try c.encode(quantileMethod, forKey: .quantileMethod)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func get(_ key: CodingKeys) throws -> Double { try c.decodeIfPresent(Double.self, forKey: key) ?? .infinity }
        try self.init(
            count: c.decode(Int.self, forKey: .count), missingCount: c.decode(Int.self, forKey: .missingCount),
            sum: get(.sum), mean: get(.mean), median: get(.median), modes: c.decode([Double].self, forKey: .modes),
            minimum: get(.minimum), maximum: get(.maximum), range: get(.range),
            sampleVariance: c.decodeIfPresent(Double.self, forKey: .sampleVariance),
            sampleStandardDeviation: c.decodeIfPresent(Double.self, forKey: .sampleStandardDeviation),
            populationVariance: get(.populationVariance),
            populationStandardDeviation: get(.populationStandardDeviation),
            interquartileRange: get(.interquartileRange),
            quantileMethod: c.decode(QuantileMethod.self, forKey: .quantileMethod))
    }
}
