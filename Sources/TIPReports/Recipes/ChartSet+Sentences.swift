import TIPScene
import TIPStatistics
import TIPLayout
import TIPData

/// The recipe of a country's prison sentences: a histogram of whole years, with the mean
/// and the median as labelled reference lines.
extension ChartSet {
    func sentences(country: String) throws(ChartSetError) -> Plot {
        guard let profile = dataset.profile(of: country), !profile.sentences.isEmpty else {
            throw ChartSetError("the data list no prison sentences for \(country)")
        }
        let distribution = profile.sentenceDistribution
        let sample = distribution.sampleInYears
        let histogram: Histogram
        do { histogram = try Histogram(sample, binning: .unitIntegers) } catch {
            throw ChartSetError("the sentences of \(country) cannot be binned by whole years: \(error)")
        }
        let years = ValueFormat.number(decimals: 1)
        var markers: [[String: FieldValue]] = []
        if let mean = sample.mean {
            markers.append([
                "value": .number(mean),
                "label": .text(t("sentences.mean", ["years": years.string(mean, locale: numberLocale)])),
            ])
        }
        if let median = sample.median {
            markers.append([
                "value": .number(median),
                "label": .text(t("sentences.median", ["years": years.string(median, locale: numberLocale)])),
            ])
        }
        let count = String(distribution.terms.count)
        let title =
            profile.sentences.first?.provenance.dataYear.map {
                t("sentences.title.year", ["country": country, "count": count, "year": String($0)])
            } ?? t("sentences.title", ["country": country, "count": count])
        let text = ChartText(
            title: title, subtitle: t("sentences.subtitle"),
            source: sourceNote([], profile.sentences.map(\.provenance)),
            xAxisTitle: t("sentences.xAxis"), yAxisTitle: t("sentences.yAxis"))
        return .histogram(
            edges: histogram.edges, counts: histogram.counts, markers: markers, text: text,
            binEndTitle: t("sentences.binEnd"))
    }
}

extension Plot {
    /// A histogram of precomputed bins (`edges` has one more value than `counts`), each bar
    /// labelled with its count, and a dashed vermillion rule at each marker's `value`,
    /// labelled with its `label`. The x axis spans the bins exactly; the data table heads
    /// each bin's end `binEndTitle`.
    ///
    /// - Complexity: O(bins + markers).
    static func histogram(
        edges: [Double], counts: [Int], markers: [[String: FieldValue]], text: ChartText, binEndTitle: String
    ) -> Plot {
        let bins = DataTable(
            rows: counts.indices.map { i in
                ["start": .number(edges[i]), "end": .number(edges[i + 1]), "count": .number(Double(counts[i]))]
            }, order: ["start", "end", "count"])
        var x = ChannelEncoding.field("start", type: .quantitative, title: text.xAxisTitle)
        x.scale = ScaleOptions(
            domain: [.number(edges.first ?? 0), .number(edges.last ?? 1)], zero: false, nice: false)
        x.format = .count
        let y = ChannelEncoding.field("count", type: .quantitative, title: text.yAxisTitle)
        var layers = [
            Layer(mark: MarkDefinition(.bar), encoding: [.x: x, .x2: .field("end", title: binEndTitle), .y: y])
        ]
        if !markers.isEmpty {
            layers.append(
                Layer(
                    data: DataTable(rows: markers, order: ["value", "label"]),
                    mark: MarkDefinition(.rule, color: Color(hex: 0xD55E00), strokeWidth: 1.5, strokeDash: [3, 2]),
                    encoding: [.x: .field("value", type: .quantitative), .text: .field("label", type: .nominal)]))
        }
        return Plot(data: bins, layers: layers, text: text, labelsBars: true)
    }
}
