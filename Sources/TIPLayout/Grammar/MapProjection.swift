import TIPGeo

/// How a map flattens the globe and which part of it fills the plot (Vega-Lite's
/// `projection`, with `fit` as the countries whose extent the map fits).
public struct MapProjection: Sendable, Hashable, Codable {
    /// The projection; Equal Earth by default.
    public var type: Projection
    /// ISO 3166-1 alpha-3 codes (or atlas names) of the countries the map fits, with a
    /// margin; empty for the whole world.
    public var fit: [String]
    /// The legend's words for the grey of countries the data do not give.
    public var noDataLabel: String
    /// The words that open the note of keys the atlas does not hold, before the keys.
    public var notOnMapLabel = "Not on the map (not in the atlas)"

    /// A projection of `type` fitted to `fit` (the whole world when empty); the grey of
    /// countries without data is named `noDataLabel` in the legend.
    public init(_ type: Projection = .equalEarth, fit: [String] = [], noDataLabel: String = "No data") {
        self.type = type
        self.fit = fit
        self.noDataLabel = noDataLabel
    }

    /// The whole world in Equal Earth.
    public static let world = MapProjection()
}

extension Plot {
    /// The plot with its map drawn in `type`, fitted to the countries of `fit` (all of the
    /// world when empty).
    ///
    /// ```swift
    /// Plot(tiers) { GeoshapeMark(country: .value("Country", \.code)).foregroundStyle(by: .value("Tier", \.tier)) }
    ///     .projection(.equalEarth, fit: ["KAZ", "KGZ", "TJK", "TKM", "UZB"])
    /// ```
    public func projection(_ type: Projection, fit: [String] = []) -> Plot {
        var copy = self
        copy.projection = MapProjection(type, fit: fit)
        return copy
    }
}
