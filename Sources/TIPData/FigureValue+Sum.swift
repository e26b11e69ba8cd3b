extension FigureValue {
    /// The sum of two reported values, keeping what each means:
    ///
    /// | a + b | exact(y) | below(y) | missing |
    /// |---|---|---|---|
    /// | **exact(x)** | exact(x + y) | below(x + y) | missing |
    /// | **below(x)** | below(x + y) | below(x + y) | missing |
    /// | **missing** | missing | missing | missing |
    ///
    /// A censored part makes the sum censored at the sum of the bounds and exact parts (the
    /// true sum is below it), never a plain number; an unreported part makes the sum
    /// unknown. Tier placements are not summed: nil.
    ///
    /// - Complexity: O(1).
    public static func summed(_ a: FigureValue, _ b: FigureValue) -> FigureValue? {
        switch (a, b) {
        case (.tier, _), (_, .tier): nil
        case (.missing, _), (_, .missing): .missing
        case let (.exact(x), .exact(y)): .exact(x + y)
        case let (.exact(x), .below(y)), let (.below(x), .exact(y)), let (.below(x), .below(y)): .below(x + y)
        }
    }
}
