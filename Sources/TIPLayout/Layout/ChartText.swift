import TIPScene
/// The words around a chart.
public struct ChartText: Sendable, Hashable, Codable {
    public var title: String
    public var subtitle: String?
    /// "Source: U.S. Department of State, Trafficking in Persons Report 2008". Every chart
    /// of a publication should state one.
    public var source: String?
    public var xAxisTitle: String?
    public var yAxisTitle: String?
    /// A sentence for screen readers (SVG `<desc>`); generated from the data when `nil`.
    public var description: String?

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

/// One entry of a legend: a colour swatch and its label.
public struct LegendEntry: Sendable, Hashable, Codable {
    public var label: String
    public var color: Color
    public init(label: String, color: Color) {
        self.label = label
        self.color = color
    }
}
