import TIPScene
import TIPStatistics

/// A chart described as a grammar: data, transforms, and layers of marks whose encodings
/// map fields to channels. Every chart type of this library can be written as one.
///
/// Build one from your own rows with the declarative API:
///
/// ```swift
/// struct Row { var year: Int; var country: String; var count: Int }
/// let plot = Plot(rows) {
///     BarMark(x: .value("Year", \.year), y: .value("Convictions", \.count))
///         .foregroundStyle(by: .value("Country", \.country))
///     RuleMark(y: .value("Mean", 12))
/// }
/// .title("Convictions by year").source("Source: TIP Report 2008")
/// ```
///
/// or from a table, a Vega-Lite–shaped JSON spec, or layers written out. The plot lays
/// itself out as a ``/TIPScene/Scene`` under the same layout rules and checker as every
/// chart: integer ticks on counts, years as categories, no colliding labels, a source line.
public struct Plot: Chart, Equatable, Codable {
    /// The rows the layers read unless they have their own.
    public var data: DataTable
    /// Steps run on ``data`` before each layer's own.
    public var transforms: [Transform]
    /// The marks, drawn in order over shared scales.
    public var layers: [Layer]
    /// Title, subtitle, source and axis titles (axis titles default to the fields' titles).
    public var text: ChartText
    /// Whether bars carry their values (a text label at each bar's end).
    public var labelsBars: Bool

    /// A plot of `layers` over `data`.
    public init(
        data: DataTable = .empty, transforms: [Transform] = [], layers: [Layer], text: ChartText = ChartText(title: ""),
        labelsBars: Bool = false
    ) {
        self.data = data
        self.transforms = transforms
        self.layers = layers
        self.text = text
        self.labelsBars = labelsBars
    }

    /// Why the plot cannot be drawn: a field that does not exist, a log scale over zero,
    /// values beyond a double. Empty when it can.
    public var problems: [ChartProblem] {
        do {
            let compiled = try compile()
            return compiled.valueProblems
        } catch {
            return [ChartProblem(.invalidStructure, error.description)]
        }
    }

    /// Lays the plot out on a canvas of `size` points.
    public func scene(size: Size, theme: Theme, measurer: any TextMeasurer) -> Scene {
        guard let compiled = try? compile(), compiled.valueProblems.isEmpty else {
            return problemScene(size: size, theme: theme, measurer: measurer)
        }
        return compiled.scene(size: size, theme: theme, measurer: measurer, text: text, labelsBars: labelsBars)
    }

    /// Every colour group with values, for the layout checker's mark rule.
    public func seriesMarkKeys(theme: Theme) -> [SeriesMarkKey] {
        guard let compiled = try? compile() else { return [] }
        return compiled.seriesMarkKeys(theme: theme)
    }

    /// The rows the plot's first mark draws, after its transforms, one column per encoded
    /// channel (titled as its axis or legend); "n/a" for a missing value, "<5" for a censored one.
    public var dataTable: ChartDataTable {
        guard let compiled = try? compile() else { return ChartDataTable(headers: [], rows: []) }
        return compiled.dataTable
    }
}

extension Plot {
    /// Compiles the plot (every transform, encoding and scale) and throws its first
    /// problem with the JSON path where it lies, such as `layer[1].encoding.y.field`.
    public func check() throws(PlotError) {
        let compiled = try compile()
        if let first = compiled.valueProblems.first { throw PlotError(path: "", first.message) }
    }
}
