import TIPScene
/// The words around a chart.
public struct ChartText: Sendable, Hashable, Codable {
    /// The title, at the top, wrapped to the canvas width.
    public var title: String
    /// A line under the title (what is compared, the units, caveats).
    public var subtitle: String?
    /// "Source: U.S. Department of State, Trafficking in Persons Report 2008". Every chart
    /// of a publication should state one.
    public var source: String?
    /// The horizontal axis' title.
    public var xAxisTitle: String?
    /// The vertical axis' title.
    public var yAxisTitle: String?
    /// A sentence for screen readers (SVG `<desc>`); generated from the data when `nil`.
    public var description: String?

    /// The words of a chart; only the title is required, and every chart should state its source.
    public init(
        title: String, subtitle: String? = nil, source: String? = nil, xAxisTitle: String? = nil,
        yAxisTitle: String? = nil, description: String? = nil
    ) {
        self.title = title
        self.subtitle = subtitle
        self.source = source
        self.xAxisTitle = xAxisTitle
        self.yAxisTitle = yAxisTitle
        self.description = description
    }
}

/// One entry of a legend: a colour swatch (or a marker, or nothing) and its label.
public struct LegendEntry: Sendable, Hashable, Codable {
    /// What stands beside an entry's label.
    public enum Symbol: Sendable, Hashable, Codable {
        /// A filled square, as for bars and areas (the default).
        case swatch
        /// A point marker of the given shape and radius, as the plot draws it.
        case marker(MarkerSet.Shape, radius: Double)
        /// No symbol: the title of the entries that follow it (a size legend's field name).
        case title
    }

    /// The legend text.
    public var label: String
    /// The swatch colour, equal to the colour of the entry's marks.
    public var color: Color
    /// What stands beside the label; nil is a swatch.
    public var symbol: Symbol?
    /// A legend entry.
    public init(label: String, color: Color, symbol: Symbol? = nil) {
        self.label = label
        self.color = color
        self.symbol = symbol
    }
}
