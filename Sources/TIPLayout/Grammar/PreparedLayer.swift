import TIPScene

/// A layer ready to draw: a primitive mark, its data after every transform, bin, aggregate
/// and stack, and its resolved channels.
struct PreparedLayer {
    /// The layer's position in the plot (composite marks make several from one).
    var source: Int
    var mark: MarkDefinition
    var table: DataTable
    var encoding: [Channel: ResolvedEncoding]
    /// Whether this part draws a composite's box or bar, whose colour the legend shows.
    var isPrimary = true
    /// The fixed colour of a composite's secondary part (a median line), if any.
    var partColor: PartColor?
    /// The composite mark this part comes from (a box plot, an error bar), if any.
    var composite: MarkType?
    /// Whether the layer has rows of its own rather than the plot's (a guide such as a
    /// line along every category): the data table shows the plot's rows first.
    var hasOwnData = false

    enum PartColor { case contrast, axis }

    subscript(_ channel: Channel) -> ResolvedEncoding? { encoding[channel] }

    var rowCount: Int { table.rowCount }
}
