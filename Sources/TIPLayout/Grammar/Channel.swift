import TIPScene
/// A visual property that a field's values set, as Vega-Lite names them.
public enum Channel: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Horizontal position.
    case x
    /// Vertical position.
    case y
    /// The second horizontal position of a range (a bar's or a rule's end).
    case x2
    /// The second vertical position of a range.
    case y2
    /// Side-by-side position within an x band (grouped bars; Swift Charts' `position(by:)`).
    case xOffset
    /// Side-by-side position within a y band.
    case yOffset
    /// An arc's angle: each row's share of the whole circle (Swift Charts' `angle`).
    case theta
    /// Fill or stroke colour (Swift Charts' `foregroundStyle(by:)`).
    case color
    /// A point's area or a line's width.
    case size
    /// A point's symbol.
    case shape
    /// Opacity, 0…1.
    case opacity
    /// The text of a text mark.
    case text
    /// Groups rows into separate lines or stacks without a legend.
    case detail
    /// The order of stacked segments and of a line's points.
    case order
    /// Facets in rows.
    case row
    /// Facets in columns.
    case column
    /// Facets wrapped across rows and columns.
    case facet
    /// A row's identity: for a ``MarkType/geoshape`` mark, the country it colours, by ISO
    /// 3166-1 alpha-3 code or by the atlas's name.
    case key

    public static func < (a: Channel, b: Channel) -> Bool {
        allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
    }
}

/// What kind of values a field holds, which decides its scale.
public enum FieldType: String, Sendable, Hashable, Codable {
    /// Amounts: a continuous scale.
    case quantitative
    /// Ordered categories: a band or point scale.
    case ordinal
    /// Unordered categories: a band or point scale, an ordinal colour scale.
    case nominal
    /// Years (and dates by year): categories in time order, as TIP charts show them.
    case temporal
}

/// The kind of a scale, as Vega-Lite names them.
public enum ScaleType: String, Sendable, Hashable, Codable {
    /// `y = a·x + b`.
    case linear
    /// Base-10 logarithm; positive values only.
    case log
    /// Signed square root.
    case sqrt
    /// Symmetric log (linear near zero).
    case symlog
    /// Equal bands for categories (bars).
    case band
    /// Equally spaced points for categories (lines, points).
    case point
    /// Discrete colours for categories.
    case ordinal
    /// A continuous colour ramp (viridis, colour-blind safe).
    case sequential
    /// A two-sided colour ramp around a midpoint (blue–orange, colour-blind safe).
    case diverging

    /// The bend of a continuous position scale.
    var transform: ScaleTransform {
        switch self {
        case .log: .log
        case .sqrt: .sqrt
        case .symlog: .symlog
        default: .linear
        }
    }
}

/// A scale's options; every property is optional, and nil takes the default.
public struct ScaleOptions: Sendable, Hashable, Codable {
    /// The scale kind; by default from the field type and the mark.
    public var type: ScaleType?
    /// The domain: numbers (two, for a continuous scale) or categories in order.
    public var domain: [FieldValue]?
    /// Whether zero is in a continuous domain (default: true, except log and binned fields).
    public var zero: Bool?
    /// Whether the domain is extended to nice round values (default: true).
    public var nice: Bool?
    /// Whether the scale runs backwards.
    public var reverse: Bool?
    /// The midpoint of a diverging colour scale (default 0).
    public var domainMid: Double?
    /// The colours of a categorical colour scale, in domain order (Vega-Lite's `range`);
    /// categories beyond them take the palette's colours at their position.
    public var range: [Color]?

    /// Scale options; nil takes the default.
    public init(
        type: ScaleType? = nil, domain: [FieldValue]? = nil, zero: Bool? = nil, nice: Bool? = nil,
        reverse: Bool? = nil, domainMid: Double? = nil, range: [Color]? = nil
    ) {
        self.type = type
        self.domain = domain
        self.zero = zero
        self.nice = nice
        self.reverse = reverse
        self.domainMid = domainMid
        self.range = range
    }
}

/// How a discrete channel orders its categories.
public enum ChannelSort: Sendable, Hashable, Codable {
    /// Ascending (numbers as numbers, years in time order); the default.
    case ascending
    /// Descending.
    case descending
    /// As the data first gives them (Vega-Lite `sort: null`).
    case dataOrder
    /// In this order; categories not listed follow, ascending.
    case explicit([String])
    /// By the summed values of another channel (Vega-Lite `sort: "-y"`).
    case byChannel(Channel, descending: Bool)
}

/// Whether and how bars and areas stack.
public enum StackMode: Sendable, Hashable, Codable {
    /// Stacked with an offset.
    case stacked(StackOffset)
    /// Not stacked: bars overlap (give `xOffset` to set them side by side).
    case none
}
