import TIPStatistics

/// A box plot's numbers for one group, as R's `boxplot.stats` and Matplotlib's `boxplot`
/// compute them with Tukey's rule:
///
/// ```
/// Q1, median, Q3           R type 7 quantiles (NumPy's default, "linear")
/// IQR                      Q3 − Q1
/// whiskers                 the most extreme values within [Q1 − k·IQR, Q3 + k·IQR], k = 1.5
/// outliers                 every value beyond the whiskers
/// ```
/// With `k` nil the whiskers reach the minimum and maximum and nothing is an outlier.
/// (R's `boxplot.stats` uses Tukey's hinges, which equal type-7 quartiles for odd n only;
/// `quantile()` and NumPy are the reference here.)
public struct BoxPlotStatistics: Sendable, Hashable {
    /// The first quartile.
    public var q1: Double
    /// The median.
    public var median: Double
    /// The third quartile.
    public var q3: Double
    /// The lower whisker's end: the smallest value at or above Q1 − k·IQR.
    public var lowerWhisker: Double
    /// The upper whisker's end: the largest value at or below Q3 + k·IQR.
    public var upperWhisker: Double
    /// The values beyond the whiskers, ascending.
    public var outliers: [Double]
    /// The number of values.
    public var count: Int

    /// The statistics of `sample`, or nil when it is empty.
    ///
    /// - Complexity: O(n log n).
    public init?(_ sample: Sample, whiskerIQR k: Double? = 1.5) {
        guard let q = sample.quantiles([0.25, 0.5, 0.75], method: .type7), q.count == 3 else { return nil }
        let sorted = sample.values.sorted()
        guard let lo = sorted.first, let hi = sorted.last else { return nil }
        (q1, median, q3) = (q[0], q[1], q[2])
        count = sorted.count
        if let k, k.isFinite, k >= 0 {
            let iqr = q3 - q1
            let (lowFence, highFence) = (q1 - k * iqr, q3 + k * iqr)
            lowerWhisker = sorted.first { $0 >= lowFence } ?? lo
            upperWhisker = sorted.last { $0 <= highFence } ?? hi
            outliers = sorted.filter { $0 < lowFence || $0 > highFence }
        } else {
            (lowerWhisker, upperWhisker, outliers) = (lo, hi, [])
        }
    }
}

extension Plot {
    /// A box plot layer as primitives: a rule from whisker to whisker, a bar from Q1 to Q3,
    /// a tick at the median, caps at the whisker ends, and points for the outliers. Rows
    /// are grouped by the band-axis field and the colour field.
    func boxPlotLayers(_ base: PreparedLayer, path: String) throws(PlotError) -> [PreparedLayer] {
        let (valueChannel, groupChannels) = try compositeAxes(base, path: path, mark: "box plot")
        guard let value = base[valueChannel], case let .column(column) = value.source else {
            throw PlotError(path: path + "encoding.\(valueChannel)", "a box plot needs a quantitative field")
        }
        let groupFields = groupChannels.compactMap { base[$0]?.spec.field }.uniqued()
        let found = try groups(base.table, by: groupFields, path: path + "encoding")
        var stats: [[String: FieldValue]] = []
        var outliers: [[String: FieldValue]] = []
        for group in found {
            let numbers = group.rows.map { column[$0].isCensored ? .nan : column.number($0) ?? .nan }
            guard let sample = try? Sample(numbers), let s = BoxPlotStatistics(sample, whiskerIQR: base.mark.whiskerIQR)
            else { continue }
            var row = Dictionary(uniqueKeysWithValues: zip(groupFields, group.key))
            row["lower"] = .number(s.lowerWhisker)
            row["q1"] = .number(s.q1)
            row["median"] = .number(s.median)
            row["q3"] = .number(s.q3)
            row["upper"] = .number(s.upperWhisker)
            row["count"] = .number(Double(s.count))
            stats.append(row)
            for o in s.outliers {
                var r = Dictionary(uniqueKeysWithValues: zip(groupFields, group.key))
                r["value"] = .number(o)
                outliers.append(r)
            }
        }
        let table = DataTable(rows: stats, order: groupFields)
        let outlierTable = DataTable(rows: outliers, order: groupFields + ["value"])
        func part(
            _ type: MarkType, _ from: String, _ to: String?, table: DataTable, primary: Bool = false,
            color: PreparedLayer.PartColor? = nil, size: Double? = nil
        ) -> PreparedLayer {
            var layer = base.compositePart(
                type, from: from, to: to, table: table, valueChannel: valueChannel, keeping: groupChannels, size: size)
            layer.isPrimary = primary
            layer.partColor = color
            layer.composite = .boxplot
            return layer
        }
        var parts = [
            part(.rule, "lower", "q1", table: table, color: .axis),
            part(.rule, "q3", "upper", table: table, color: .axis),
            part(.bar, "q1", "q3", table: table, primary: true),
            part(.tick, "median", nil, table: table, color: .contrast, size: -1),
            part(.tick, "lower", nil, table: table, color: .axis, size: -0.4),
            part(.tick, "upper", nil, table: table, color: .axis, size: -0.4),
        ]
        parts[2].mark.opacity = base.mark.opacity
        if outlierTable.rowCount > 0 {
            var points = part(.point, "value", nil, table: outlierTable)
            points.mark.size = 3
            points.isPrimary = false
            parts.append(points)
        }
        return parts
    }

    /// The value channel (quantitative) and the grouping channels (the band axis and
    /// colour) of a composite mark.
    func compositeAxes(_ base: PreparedLayer, path: String, mark: String) throws(PlotError) -> (Channel, [Channel]) {
        let xDiscrete = base[.x]?.isDiscrete ?? true
        let yDiscrete = base[.y]?.isDiscrete ?? true
        let value: Channel
        switch (xDiscrete, yDiscrete) {
        case (true, false): value = .y
        case (false, true): value = .x
        case (true, true): throw PlotError(path: path + "encoding", "a \(mark) needs a quantitative x or y")
        case (false, false):
            // Both quantitative (or x absent): the box summarises y.
            value = .y
        }
        let band: Channel = value == .y ? .x : .y
        var groupsBy: [Channel] = []
        if base[band] != nil, base[band]?.isDiscrete == true { groupsBy.append(band) }
        for c in [Channel.color, .xOffset, .yOffset, .detail, .facet]
        where base[c]?.spec.field != nil && base[c]?.isDiscrete == true {
            groupsBy.append(c)
        }
        return (value, groupsBy)
    }

    /// Composite marks as primitive layers; other marks as they are.
    func expanded(_ base: PreparedLayer, path: String) throws(PlotError) -> [PreparedLayer] {
        switch base.mark.type {
        case .boxplot: return try boxPlotLayers(base, path: path)
        case .errorbar:
            let range: String? = [Channel.y2, .x2].lazy.compactMap { base[$0]?.title }.first
            return try errorBarLayers(base, path: path).map { part in
                var p = part
                p.composite = .errorbar
                // The axis of a range given by two fields is titled by both ("Low–High").
                for c in [Channel.x, .y] where p[c]?.isDiscrete == false {
                    if let t = p[c]?.title, let range, range != t { p.encoding[c]?.title = t + "–" + range }
                }
                return p
            }
        default: return [base]
        }
    }
}
