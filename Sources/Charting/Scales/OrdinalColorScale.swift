/// Maps categories to palette colours in domain order, cycling when there are more
/// categories than colours. Charts built from one scale colour a category (a country, a
/// year) the same way everywhere.
///
/// ```swift
/// let colors = OrdinalColorScale(domain: ["Kazakhstan", "Kyrgyzstan"])
/// colors("Kyrgyzstan")   // Okabe–Ito orange
/// ```
public struct OrdinalColorScale: Sendable, Hashable, Codable {
    public var domain: [String]
    public var palette: [Color]

    public init(domain: [String], palette: [Color] = Palette.okabeIto) {
        precondition(!palette.isEmpty, "a colour scale needs at least one colour")
        self.domain = domain
        self.palette = palette
    }

    /// The colour of `category`, or `nil` when it is not in the domain.
    ///
    /// - Complexity: O(n) in the size of the domain.
    public func callAsFunction(_ category: String) -> Color? {
        domain.firstIndex(of: category).map { palette[$0 % palette.count] }
    }
}
