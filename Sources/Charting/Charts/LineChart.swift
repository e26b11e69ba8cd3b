/// Lines through values, one per series, over categories (years) or numeric x values.
///
/// A NaN value is a gap: the line breaks there and no point is invented. Series are kept
/// in data units in the scene (``Polyline``), so a series of a million points is stored
/// once, whatever the number of layers. Markers are drawn for up to
/// ``LineChart/markerLimit`` points per series.
public struct LineChart: Chart, Hashable, Codable {
    public enum XAxis: Sendable, Hashable, Codable {
        /// Categories such as years, evenly spaced; values[i] belongs to category i.
        case categories([String])
        /// Numeric x positions shared by every series.
        case values([Double], format: ValueFormat)

        var count: Int {
            switch self {
            case let .categories(names): names.count
            case let .values(xs, _): xs.count
            }
        }
    }

    public var x: XAxis
    public var series: [Series]
    public var showsMarkers: Bool
    public var valueFormat: ValueFormat
    /// Keep 0 on the value axis (true for counts).
    public var includesZero: Bool
    public var text: ChartText

    public static let markerLimit = 200

    public init(x: XAxis, series: [Series], showsMarkers: Bool = true, valueFormat: ValueFormat = .count,
                includesZero: Bool = true, text: ChartText) {
        precondition(series.allSatisfy { $0.values.count == x.count }, "each series needs one value per x")
        self.x = x
        self.series = series
        self.showsMarkers = showsMarkers
        self.valueFormat = valueFormat
        self.includesZero = includesZero
        self.text = text
    }

    public func scene(size: Size, theme: Theme, measurer: any TextMeasurer) -> Scene {
        let legend = series.count > 1 ? series.indices.map { LegendEntry(label: series[$0].name, color: theme.color($0)) } : []
        let frame = ChartFrame(size: size, text: text, legend: legend, theme: theme, measurer: measurer)
        var lo = Double.infinity, hi = -Double.infinity
        for s in series { for v in s.values where v.isFinite { lo = min(lo, v); hi = max(hi, v) } }
        if lo > hi { (lo, hi) = (0, 1) }
        let xRequest: AxisRequest = switch x {
        case let .categories(names): .categories(names)
        case let .values(xs, format):
            .values(lower: xs.min() ?? 0, upper: xs.max() ?? 1, format: format, nice: true, includeZero: false)
        }
        let layout = CartesianLayout(body: frame.body, x: xRequest,
                                     y: .values(lower: lo, upper: hi, format: valueFormat, nice: true, includeZero: includesZero),
                                     text: text, theme: theme, measurer: measurer)
        guard let ys = layout.y.linear else { return assemble(size: size, theme: theme, frame: frame, items: [], generatedSummary: "") }
        let (xFactor, xOffset, xData): (Double, Double, [Double]) = switch (x, layout.x) {
        case let (.categories(names), .band(band)): (band.step, band.center(0), names.indices.map(Double.init))
        case let (.values(xs, _), .linear(scale, _, _, _)): (scale.affine.factor, scale.affine.offset, xs)
        default: (1, 0, [])
        }
        var marks: [SceneItem] = []
        for (i, s) in series.enumerated() {
            let color = s.color ?? theme.color(i)
            let stroke = StrokeStyle(color: color, width: 2, cap: .round)
            for segment in Self.segments(s.values) {
                let xsPart = segment == s.values.indices ? xData : Array(xData[segment])
                let ysPart = segment == s.values.indices ? s.values : Array(s.values[segment])
                marks.append(.polyline(Polyline(xs: xsPart, ys: ysPart, scaleX: xFactor, offsetX: xOffset,
                                                scaleY: ys.affine.factor, offsetY: ys.affine.offset), stroke))
            }
            if showsMarkers, s.values.count <= Self.markerLimit {
                for (j, v) in s.values.enumerated() where v.isFinite {
                    marks.append(.path(.circle(center: Point(x: xData[j] * xFactor + xOffset, y: ys(v)), radius: 3.2),
                                       ShapeStyle(fill: color, stroke: StrokeStyle(color: theme.background, width: 1))))
                }
            }
        }
        let summary = "Line chart with \(series.count) series over \(x.count) points. "
            + series.map { "\($0.name): from \(valueFormat.string($0.values.first ?? .nan)) to \(valueFormat.string($0.values.last ?? .nan))" }
            .joined(separator: "; ") + "."
        return assemble(size: size, theme: theme, frame: frame,
                        items: layout.gridItems + [.group(clip: layout.plot.insetBy(-4), items: marks)] + layout.axisItems,
                        generatedSummary: summary)
    }

    /// The index ranges of runs of finite values.
    static func segments(_ values: [Double]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start: Int?
        for (i, v) in values.enumerated() {
            if v.isFinite { if start == nil { start = i } } else if let s = start { result.append(s..<i); start = nil }
        }
        if let s = start { result.append(s..<values.count) }
        return result
    }
}
