extension PreparedLayer {
    /// One primitive part of a composite mark (a box, a whisker, a cap) over the composite's
    /// summary `table`: `type` drawn from the column `from` (to `to`, when given) on the
    /// value channel, keeping the grouping channels and colour of the composite, read from
    /// the summary's own columns.
    ///
    /// - Complexity: O(c) in the channels.
    func compositePart(
        _ type: MarkType, from: String, to: String?, table: DataTable, valueChannel: Channel, keeping: [Channel],
        size: Double?
    ) -> PreparedLayer {
        var mark = self.mark
        mark.type = type
        mark.size = size
        var parts = encoding.filter { keeping.contains($0.key) || $0.key == .color }
        for (k, e) in parts where e.isData {
            if let f = e.spec.field, let c = table[f] { parts[k]?.source = .column(c) }
        }
        let value = encoding[valueChannel]
        parts[valueChannel] = ResolvedEncoding(
            source: .column(table[from] ?? .numbers([], censored: [])), type: .quantitative,
            spec: value?.spec ?? ChannelEncoding(field: from), title: value?.title)
        if let to {
            parts[valueChannel == .y ? .y2 : .x2] = ResolvedEncoding(
                source: .column(table[to] ?? .numbers([], censored: [])), type: .quantitative,
                spec: ChannelEncoding(field: to), title: nil)
        }
        return PreparedLayer(source: source, mark: mark, table: table, encoding: parts)
    }
}
