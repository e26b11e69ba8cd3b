import TIPScene
/// Sizes, colours and spacing shared by every chart.
public struct Theme: Sendable, Hashable, Codable {
    public var titleFont = Font(size: 15, weight: .bold)
    public var subtitleFont = Font(size: 11)
    public var axisTitleFont = Font(size: 10.5)
    public var tickFont = Font(size: 10)
    public var valueLabelFont = Font(size: 10)
    public var legendFont = Font(size: 10)
    public var sourceFont = Font(size: 8.5)

    public var textColor = Color(hex: 0x1A1A1A)
    public var mutedTextColor = Color(hex: 0x555555)
    public var gridColor = Color(hex: 0xE1E1E1)
    public var axisColor = Color(hex: 0x6B6B6B)
    public var background = Color.white
    /// Okabe–Ito by default: safe for every common colour-vision deficiency.
    public var palette = Palette.okabeIto

    /// Space around the whole chart, in points.
    public var margin = 14.0
    /// Space between stacked blocks (title, subtitle, legend, plot, source).
    public var gap = 6.0
    public var tickLength = 4.0
    /// Line spacing as a multiple of the font's height.
    public var lineSpacing = 1.15

    public init() {}

    public static let standard = Theme()

    /// The palette colour for series `index`, cycling. An empty palette (possible in a
    /// decoded theme) gives the text colour rather than a division by zero.
    public func color(_ index: Int) -> Color {
        palette.isEmpty ? textColor : palette[abs(index % palette.count)]
    }
}
