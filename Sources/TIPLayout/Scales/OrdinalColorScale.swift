import TIPScene
/// Maps categories to palette colours in domain order, cycling when there are more
/// categories than colours. Charts built from one scale colour a category (a country, a
/// year) the same way everywhere.
///
/// ```swift
/// let colors = OrdinalColorScale(domain: ["Kazakhstan", "Kyrgyzstan"])
/// colors("Kyrgyzstan")   // Okabe–Ito orange
/// ```
public struct OrdinalColorScale: Sendable, Hashable, Codable {
    /// The categories, in the order that assigns their colours.
    public var domain: [String]
    /// The colours, used in order and cycled; never empty.
    public var palette: [Color]

    /// A scale giving `domain[i]` the colour `palette[i % palette.count]`.
    ///
    /// - Precondition: `palette` is not empty (decoding checks this and throws instead).
    public init(domain: [String], palette: [Color] = Palette.okabeIto) {
        precondition(!palette.isEmpty, "a colour scale needs at least one colour")
        self.domain = domain
        self.palette = palette
    }

    /// Decodes through the same rule as ``init(domain:palette:)``: an empty palette is a
    /// decoding error, not a scale that divides by zero.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let palette = try container.decode([Color].self, forKey: .palette)
        guard !palette.isEmpty else {
            throw DecodingError.dataCorruptedError(
                forKey: .palette, in: container, debugDescription: "a colour scale needs at least one colour")
        }
        self.init(domain: try container.decode([String].self, forKey: .domain), palette: palette)
    }

    private enum CodingKeys: String, CodingKey { case domain, palette }

    /// The colour of `category`, or `nil` when it is not in the domain.
    ///
    /// - Complexity: O(n) in the size of the domain.
    public func callAsFunction(_ category: String) -> Color? {
        domain.firstIndex(of: category).map { palette.isEmpty ? Color(hex: 0x555555) : palette[$0 % palette.count] }
    }
}
