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
    /// How the panels of a faceted plot (a layer with a ``Channel/facet`` field) are laid
    /// out; nil takes the defaults.
    public var facet: Facet?
    /// Notes drawn over the marks in data space (a bracket with a change, say).
    public var annotations: [Annotation] = []
    /// The tallest a band of a discrete y axis may be, in points (Vega-Lite's
    /// `height: {"step": …}`, as an upper bound): a few rows of a heatmap then make a
    /// compact strip at the top instead of stretching over the canvas. Nil fills the body.
    public var maximumBandStep: Double?
    /// Whether coloured lines carry their names at their ends instead of a legend (direct
    /// labels: the eye need not travel to a key).
    public var labelsLineEnds = false
    /// How a map (a plot of ``MarkType/geoshape`` marks) flattens the globe, and the
    /// countries it fits; nil is the whole world in Equal Earth.
    public var projection: MapProjection?

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
        if usesRowOrColumn { return withRowAndColumnFacets.scene(size: size, theme: theme, measurer: measurer) }
        guard let compiled = try? compile(), compiled.valueProblems.isEmpty else {
            return problemScene(size: size, theme: theme, measurer: measurer)
        }
        return layout(compiled, size: size, theme: theme, measurer: measurer)
    }

    /// The checked scene from one compilation: the plot's problems are thrown, and so is a
    /// colour group with values that the scene draws no mark for (the same checks as
    /// ``Chart/checkedScene(size:theme:measurer:)``'s, without compiling three times).
    ///
    /// - Complexity: one compilation and one layout.
    public func checkedScene(size: Size, theme: Theme, measurer: any TextMeasurer) throws(ChartError) -> Scene {
        if usesRowOrColumn {
            return try withRowAndColumnFacets.checkedScene(size: size, theme: theme, measurer: measurer)
        }
        let compiled: CompiledPlot
        do { compiled = try compile() } catch {
            throw ChartError(title: text.title, problems: [ChartProblem(.invalidStructure, error.description)])
        }
        guard compiled.valueProblems.isEmpty else {
            throw ChartError(title: text.title, problems: compiled.valueProblems)
        }
        let scene = layout(compiled, size: size, theme: theme, measurer: measurer)
        return try marking(scene, compiled.seriesMarkKeys(theme: theme))
    }

    /// The scene of `compiled` with this plot's words and layout options.
    private func layout(_ compiled: CompiledPlot, size: Size, theme: Theme, measurer: any TextMeasurer) -> Scene {
        compiled.scene(
            size: size, theme: theme, measurer: measurer, text: text, labelsBars: labelsBars, facet: facet,
            annotations: annotations, maximumBandStep: maximumBandStep, labelsLineEnds: labelsLineEnds)
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
    /// The most panels a faceted plot draws; more are a ``ChartProblem`` of too many elements.
    public static var maximumPanels: Int { CompiledPlot.maximumPanels }

    /// Compiles the plot (every transform, encoding and scale) and throws its first
    /// problem with the JSON path where it lies, such as `layer[1].encoding.y.field`.
    public func check() throws(PlotError) {
        let compiled = try compile()
        if let first = compiled.valueProblems.first { throw PlotError(path: "", first.message) }
    }
}

/// The layout of small multiples: one panel per value of the layers' ``Channel/facet``
/// field, in ascending order, wrapped into rows.
public struct Facet: Sendable, Hashable, Codable {
    /// Panels per row; nil picks a near-square grid.
    public var columns: Int?
    /// Whether each panel's y axis fits its own data (false: all panels share one, so
    /// heights compare across panels).
    public var independentY: Bool

    /// Panel options.
    public init(columns: Int? = nil, independentY: Bool = false) {
        self.columns = columns
        self.independentY = independentY
    }
}

extension Plot {
    /// The axis plan of `channel` over `layers` (for a panel's own y axis).
    static func axisPlanOf(_ channel: Channel, _ layers: [PreparedLayer]) throws(PlotError) -> AxisPlan {
        try Plot(layers: []).axisPlan(channel, layers)
    }

    /// Small multiples: one panel per value of `value`'s field, sharing colours and the x
    /// axis (and the y axis unless `independentY`).
    ///
    /// ```swift
    /// Plot(rows) { LineMark(x: .value("Year", \.year), y: .value("Victims", \.n)) }
    ///     .facet(by: "Country", columns: 3)
    /// ```
    ///
    /// `label` names a channel's label in the builder, or a field of the data.
    public func facet(by label: String, columns: Int? = nil, independentY: Bool = false) -> Plot {
        var copy = self
        copy.facet = Facet(columns: columns, independentY: independentY)
        for i in copy.layers.indices {
            if copy.layers[i].data?[label] != nil || (copy.layers[i].data == nil && data[label] != nil) {
                copy.layers[i].encoding[.facet] = ChannelEncoding(field: label, type: .nominal)
            }
        }
        return copy
    }
}
