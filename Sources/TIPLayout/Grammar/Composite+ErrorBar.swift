import TIPStatistics

extension Plot {
    /// An error bar as primitives: a rule over the range and a cap at each end.
    ///
    /// The range comes from the value channel and its range channel (`y` to `y2`) when both
    /// are given; otherwise it is computed over the rows of each group:
    ///
    /// ```
    /// stderr: mean ± s/√n      stdev: mean ± s      iqr: Q1 … Q3 (R type 7)
    /// ```
    /// with `s` the sample standard deviation (n − 1). A group of one row has no spread and
    /// draws no bar.
    func errorBarLayers(_ base: PreparedLayer, path: String) throws(PlotError) -> [PreparedLayer] {
        let (valueChannel, groupChannels) = try compositeAxes(base, path: path, mark: "error bar")
        let rangeChannel: Channel = valueChannel == .y ? .y2 : .x2
        guard let value = base[valueChannel] else {
            throw PlotError(path: path + "encoding.\(valueChannel)", "an error bar needs a quantitative field")
        }
        var table = base.table
        var lowName = value.spec.field ?? "lower", highName = base[rangeChannel]?.spec.field ?? "upper"
        if base[rangeChannel] == nil {
            guard case let .column(column) = value.source else {
                throw PlotError(path: path + "encoding.\(valueChannel)", "an error bar needs a quantitative field")
            }
            let groupFields = groupChannels.compactMap { base[$0]?.spec.field }.uniqued()
            var rows: [[String: FieldValue]] = []
            for group in try groups(base.table, by: groupFields, path: path + "encoding") {
                let numbers = group.rows.map { column[$0].isCensored ? .nan : column.number($0) ?? .nan }
                guard let sample = try? Sample(numbers), sample.count >= 2, let mean = sample.mean,
                    let s = sample.sampleStandardDeviation
                else { continue }
                let (lo, hi): (Double, Double)
                switch base.mark.errorExtent {
                case .standardError:
                    (lo, hi) = (
                        mean - s / Double(sample.count).squareRoot(), mean + s / Double(sample.count).squareRoot()
                    )
                case .standardDeviation: (lo, hi) = (mean - s, mean + s)
                case .interquartileRange:
                    guard let q = sample.quantiles([0.25, 0.75], method: .type7) else { continue }
                    (lo, hi) = (q[0], q[1])
                }
                var row = Dictionary(uniqueKeysWithValues: zip(groupFields, group.key))
                row["lower"] = .number(lo)
                row["upper"] = .number(hi)
                row["center"] = .number(mean)
                rows.append(row)
            }
            table = DataTable(rows: rows, order: groupFields)
            (lowName, highName) = ("lower", "upper")
        }
        func part(_ type: MarkType, _ from: String, _ to: String?, size: Double?) -> PreparedLayer {
            var layer = base.compositePart(
                type, from: from, to: to, table: table, valueChannel: valueChannel, keeping: groupChannels, size: size)
            layer.isPrimary = type == .rule
            return layer
        }
        return [
            part(.rule, lowName, highName, size: nil),
            part(.tick, lowName, nil, size: -0.3),
            part(.tick, highName, nil, size: -0.3),
        ]
    }
}
