/// One mark over data: its own data (or the plot's), transforms, mark and encodings.
/// Layers of one plot share scales, axes and the legend.
public struct Layer: Sendable, Equatable, Codable {
    /// The layer's own rows; nil reads the plot's.
    public var data: DataTable?
    /// Steps run on the data after the plot's own.
    public var transforms: [Transform]
    /// The mark drawn.
    public var mark: MarkDefinition
    /// What sets each channel.
    public var encoding: [Channel: ChannelEncoding]

    /// A layer of `mark` with `encoding`.
    public init(
        data: DataTable? = nil, transforms: [Transform] = [], mark: MarkDefinition,
        encoding: [Channel: ChannelEncoding]
    ) {
        self.data = data
        self.transforms = transforms
        self.mark = mark
        self.encoding = encoding
    }
}
