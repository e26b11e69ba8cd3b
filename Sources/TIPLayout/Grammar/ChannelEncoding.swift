import TIPStatistics

/// What sets one channel: a field of the data, a constant in data units (a reference
/// line's `datum`), or a literal visual value (a colour).
public struct ChannelEncoding: Sendable, Equatable, Codable {
    /// The field read, or nil for a `datum` or `value`.
    public var field: String?
    /// A constant in data units, drawn through the channel's scale.
    public var datum: FieldValue?
    /// A literal visual value (a colour as "#RRGGBB", an opacity), bypassing the scale.
    public var value: FieldValue?
    /// The field's type; inferred from its values when nil.
    public var type: FieldType?
    /// A summary over the rows that share the other channels' values.
    public var aggregate: AggregateOperation?
    /// Bin the field by this rule (and set the range channel to the bin's end).
    public var bin: BinningRuleOption?
    /// The order of categories.
    public var sort: ChannelSort?
    /// Stacking of a bar's or an area's value channel; stacked at zero by default when a
    /// colour or detail field splits the bars.
    public var stack: StackMode?
    /// The scale's options.
    public var scale: ScaleOptions?
    /// The axis or legend title; the field's label by default.
    public var title: String?
    /// How numbers print on the axis, legend and labels.
    public var format: ValueFormat?
    /// Whether the axis or legend is drawn (Vega-Lite `axis: null`, `legend: null`).
    public var showsGuide: Bool

    /// An encoding of `field`.
    public init(
        field: String? = nil, datum: FieldValue? = nil, value: FieldValue? = nil, type: FieldType? = nil,
        aggregate: AggregateOperation? = nil, bin: BinningRuleOption? = nil, sort: ChannelSort? = nil,
        stack: StackMode? = nil, scale: ScaleOptions? = nil, title: String? = nil, format: ValueFormat? = nil,
        showsGuide: Bool = true
    ) {
        self.field = field
        self.datum = datum
        self.value = value
        self.type = type
        self.aggregate = aggregate
        self.bin = bin
        self.sort = sort
        self.stack = stack
        self.scale = scale
        self.title = title
        self.format = format
        self.showsGuide = showsGuide
    }

    /// `field` as a channel: `.field("year", type: .temporal)`.
    public static func field(_ name: String, type: FieldType? = nil, title: String? = nil) -> ChannelEncoding {
        ChannelEncoding(field: name, type: type, title: title)
    }

    /// A constant in data units: `.datum(3.5)` for a reference line.
    public static func datum(_ value: FieldValue, title: String? = nil) -> ChannelEncoding {
        ChannelEncoding(datum: value, title: title)
    }
}

/// A binning rule for an encoding: the histogram's rules, or Vega-Lite's `maxbins`.
public enum BinningRuleOption: Sendable, Equatable, Codable {
    /// One of the histogram's rules (Sturges, Freedman–Diaconis, explicit edges, …).
    case rule(BinningRule)
    /// Nice bins, at most this many (Vega-Lite's `bin: {"maxbins": n}`; `bin: true` is 10).
    case maxBins(Int)
}
