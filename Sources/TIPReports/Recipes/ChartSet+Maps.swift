import TIPData
import TIPGeo
import TIPLayout
import TIPScene
import TIPStatistics

/// What the map recipes share: a country's key in the atlas, and the plot of a geoshape.
extension ChartSet {
    /// At most this many countries always get a map fitted to them, with their names.
    static let maximumFittedCountries = 12

    /// More countries get a fitted map (unlabelled) when they span at most this share of
    /// the world map's width and height: a region such as Europe or Western Africa.
    static let regionalShare = 0.5

    /// The countries a map of `codes` fits, or none for the world map: all of a dozen or
    /// fewer; of more, those whose mainland centres lie in the middle of the selection
    /// (within half the 10th–90th percentile range beyond it, R type 7, in longitude and in
    /// latitude, so that Russia does not stretch a map of Europe), when their extent covers
    /// at most ``regionalShare`` of the world map's width and height.
    ///
    /// - Complexity: O(points of their shapes + c log c) for c countries.
    func mapFit(_ codes: [String]) -> [String] {
        if codes.count <= Self.maximumFittedCountries { return codes }
        let shapes = codes.compactMap { Atlas.naturalEarth.shape(matching: $0) }
        let centres = shapes.compactMap { shape -> (code: String, x: Double, y: Double)? in
            guard let box = projection.extent(of: [shape]) else { return nil }
            return (shape.code, (box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2)
        }
        func middle(_ values: [Double]) -> ClosedRange<Double>? {
            guard let q = (try? Sample(values))?.quantiles([0.1, 0.9]), q.count == 2 else { return nil }
            let reach = (q[1] - q[0]) / 2
            return (q[0] - reach)...(q[1] + reach)
        }
        guard let xs = middle(centres.map(\.x)), let ys = middle(centres.map(\.y)) else { return [] }
        let kept = centres.filter { xs.contains($0.x) && ys.contains($0.y) }.map(\.code)
        let keptShapes = kept.compactMap { Atlas.naturalEarth.shape(code: $0) }
        guard let part = projection.extent(of: keptShapes) else { return [] }
        let world = projection.outline().reduce(into: (x: 0.0, y: 0.0)) {
            $0 = (Swift.max($0.x, abs($1.x)), Swift.max($0.y, abs($1.y)))
        }
        let regional =
            part.maxX - part.minX <= 2 * world.x * Self.regionalShare
            && part.maxY - part.minY <= 2 * world.y * Self.regionalShare
        return regional ? kept : []
    }

    /// The key a map finds `country` by: its ISO 3166-1 alpha-3 code through the country
    /// table (aliases such as Burma and Türkiye included) when the atlas draws that code,
    /// else the name itself, which the map lists as not on it.
    ///
    /// - Complexity: O(length of the name).
    func mapKey(_ country: String) -> String {
        let alpha3 = CountryCodes.entry(for: country)?.alpha3
        return alpha3.flatMap { Atlas.naturalEarth.shape(code: $0) == nil ? nil : $0 } ?? country
    }

    /// A map of `rows` (each with `code`, `country` and the colour's field): one geoshape
    /// layer keyed by code, labelled by the catalogue's name, coloured by `color`; fitted to
    /// the countries ``mapFit(_:)`` gives, in ``projection``.
    /// The source line ends with the atlas's credit.
    func mapPlot(
        _ rows: [[String: FieldValue]], value: String, color: ChannelEncoding, text: ChartText, noDataLabel: String
    ) -> Plot {
        var words = text
        words.source = (text.source ?? "") + " " + Atlas.naturalEarthCredit + "."
        var plot = Plot(
            data: DataTable(rows: rows, order: ["code", "country", value]),
            layers: [
                Layer(
                    mark: MarkDefinition(.geoshape),
                    encoding: [
                        .key: .field("code", type: .nominal, title: t("summary.country")), .color: color,
                        .text: .field("country", type: .nominal, title: ""),
                    ])
            ],
            text: words)
        let codes = rows.compactMap { $0["code"]?.label }
        plot.projection = MapProjection(projection, fit: mapFit(codes), noDataLabel: noDataLabel)
        plot.projection?.notOnMapLabel = t("map.notOnMap")
        return plot
    }
}
