import TIPStatistics

/// A prison term, held exactly in whole months: 6 years 6 months is 78 months.
public struct SentenceTerm: Sendable, Equatable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The term in whole months (exact, unlike years).
    public let months: Int

    /// A term of `months` months.
    ///
    /// - Precondition: `months ≥ 0`.
    public init(months: Int) {
        precondition(months >= 0, "a sentence cannot be negative")
        self.months = months
    }

    /// A term of `years` years and `months` months.
    ///
    /// - Precondition: the total is not negative.
    public init(years: Int, months: Int = 0) {
        self.init(months: 12 * years + months)
    }

    /// The term in years, `months / 12`.
    public var years: Double { Double(months) / 12 }

    public static func < (a: Self, b: Self) -> Bool { a.months < b.months }

    /// "12 years", "1 year", "6 years 6 months".
    public var description: String {
        let (years, months) = months.quotientAndRemainder(dividingBy: 12)
        let yearPart = "\(years) year" + (years == 1 ? "" : "s")
        let monthPart = "\(months) month" + (months == 1 ? "" : "s")
        if months == 0 { return yearPart }
        return years == 0 ? monthPart : yearPart + " " + monthPart
    }
}

/// The distribution of a set of prison sentences.
///
/// ```swift
/// let d = SentenceDistribution(terms: [.init(years: 3), .init(years: 10)])
/// d.totalPrisonYears                      // 13
/// d.share(atLeast: .init(years: 10))      // 0.5
/// ```
public struct SentenceDistribution: Sendable, Equatable {
    /// Every individual term, one per convicted person.
    public let terms: [SentenceTerm]

    /// A distribution of individual terms.
    public init(terms: [SentenceTerm]) {
        self.terms = terms
    }

    /// Builds the terms from terms and how many received each: "four were sentenced to 10 years".
    ///
    /// ```swift
    /// SentenceDistribution(counts: [SentenceTerm(years: 10): 4, SentenceTerm(years: 12): 1])
    /// ```
    /// - Precondition: every count is 0 or more.
    public init(counts: KeyValuePairs<SentenceTerm, Int>) {
        precondition(counts.allSatisfy { $0.value >= 0 }, "a count of sentences cannot be negative")
        terms = counts.flatMap { Array(repeating: $0.key, count: $0.value) }
    }

    /// The terms in years, as a sample for every statistic in this module.
    public var sampleInYears: Sample { Sample(validatedFinite: terms.map(\.years)) }

    /// Σ terms, in years (exact: summed in months first).
    public var totalPrisonYears: Double { Double(terms.reduce(0) { $0 + $1.months }) / 12 }

    /// The fraction (0...1) of terms at or above `threshold`; `nil` when there are no terms.
    public func share(atLeast threshold: SentenceTerm) -> Double? {
        guard !terms.isEmpty else { return nil }
        return Double(terms.count(where: { $0 >= threshold })) / Double(terms.count)
    }

    /// The summary statistics of the terms in years; `nil` when there are none.
    public func summary(quantileMethod: QuantileMethod = .default) -> SummaryStatistics? {
        SummaryStatistics(of: sampleInYears, quantileMethod: quantileMethod)
    }
}
