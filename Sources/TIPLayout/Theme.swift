import TIPScene
import TIPStatistics
/// Sizes, colours and spacing shared by every chart.
public struct Theme: Sendable, Hashable, Codable {
    /// The chart title's font.
    public var titleFont = Font(size: 15, weight: .bold)
    /// The subtitle's font.
    public var subtitleFont = Font(size: 11)
    /// Axis titles' font.
    public var axisTitleFont = Font(size: 10.5)
    /// Tick labels' font.
    public var tickFont = Font(size: 10)
    /// Value labels' font (on bars, dots and lines).
    public var valueLabelFont = Font(size: 10)
    /// Legend entries' font.
    public var legendFont = Font(size: 10)
    /// The source note's font.
    public var sourceFont = Font(size: 8.5)

    /// Titles, labels and value text.
    public var textColor = Color(hex: 0x1A1A1A)
    /// Subtitles, source notes and secondary text.
    public var mutedTextColor = Color(hex: 0x555555)
    /// Grid lines behind the marks.
    public var gridColor = Color(hex: 0xE1E1E1)
    /// Axis lines and ticks.
    public var axisColor = Color(hex: 0x6B6B6B)
    /// The canvas colour, also used for halos behind labels.
    public var background = Color.white
    /// Okabe–Ito by default: safe for every common colour-vision deficiency.
    public var palette = Palette.okabeIto

    /// Space around the whole chart, in points.
    public var margin = 14.0
    /// Space between stacked blocks (title, subtitle, legend, plot, source).
    public var gap = 6.0
    /// Tick marks' length, in points.
    public var tickLength = 4.0
    /// Line spacing as a multiple of the font's height.
    public var lineSpacing = 1.15

    /// How numbers print on axes, bars and legends: CLDR's patterns for a language
    /// (`NumberLocale.russian` gives "1 800 %"), or nil for the English default with a
    /// typeset minus sign ("−5", "1,800%").
    public var numberLocale: NumberLocale?

    /// Whether titles, subtitles, legends and source notes run from the right edge, as a
    /// right-to-left reader expects; nil (the default) follows ``numberLocale`` (Arabic is
    /// right to left). Axes and categories keep the data's order either way.
    public var rightToLeft: Bool?

    /// Whether the chart's text blocks align to the right: ``rightToLeft``, else the number locale's direction.
    public var isRightToLeft: Bool { rightToLeft ?? numberLocale?.isRightToLeft ?? false }

    /// The standard theme: DejaVu Sans sizes for an 800 × 500 canvas, Okabe–Ito colours.
    public init() {}

    /// The standard theme, as ``init()`` makes it.
    public static let standard = Theme()

    /// The palette colour for series `index`, cycling. An empty palette (possible in a
    /// decoded theme) gives the text colour rather than a division by zero.
    public func color(_ index: Int) -> Color {
        palette.isEmpty ? textColor : palette[abs(index % palette.count)]
    }
}
