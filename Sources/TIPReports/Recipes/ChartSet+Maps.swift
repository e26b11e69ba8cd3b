import TIPData
import TIPGeo
import TIPLayout
import TIPScene

/// What the map recipes share: a country's key in the atlas, and the plot of a geoshape.
extension ChartSet {
    /// At most this many countries get a regional map fitted to them, with their names;
    /// more are drawn on the world map.
    static let maximumFittedCountries = 12

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
    /// its countries when there are at most ``maximumFittedCountries``, in ``projection``.
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
        plot.projection = MapProjection(
            projection, fit: codes.count <= Self.maximumFittedCountries ? codes : [], noDataLabel: noDataLabel)
        return plot
    }
}
