import TIPScene
import TIPStatistics
/// A chart specification that lays itself out as a ``/TIPScene/Scene``.
public protocol Chart: Sendable {
    /// The chart's words: title, subtitle, source and axis titles.
    var text: ChartText { get }
    /// Why the chart cannot be laid out (mismatched lengths, say), empty when it can.
    /// Initialisers check this with a precondition; a value decoded from JSON skips them,
    /// so ``scene(size:theme:measurer:)`` checks again and draws the problem instead of trapping.
    var problems: [ChartProblem] { get }
    /// Lays the chart out on a canvas of `size` points, measuring text with `measurer`.
    func scene(size: Size, theme: Theme, measurer: any TextMeasurer) -> Scene
    /// The series the scene must show a mark for, in the colours `theme` gives them; empty
    /// for charts without series. ``checkedScene(size:theme:measurer:)`` checks them.
    func seriesMarkKeys(theme: Theme) -> [SeriesMarkKey]
    /// The values the chart draws, as a table for screen readers, spreadsheets and the HTML
    /// report. Every chart type gives its own: a new type cannot silently have none.
    var dataTable: ChartDataTable { get }
    /// The scene of a chart that came from outside, checked (see the default
    /// implementation). A chart type may give its own to do the work once.
    func checkedScene(size: Size, theme: Theme, measurer: any TextMeasurer) throws(ChartError) -> Scene
}

/// Why a chart cannot be drawn: its ``Chart/problems``, as an error.
public struct ChartError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The title of the chart that cannot be drawn.
    public let title: String
    /// Each reason, as a sentence.
    public let problems: [ChartProblem]
    public var description: String {
        "cannot draw the chart '\(title)': " + problems.map(\.message).joined(separator: "; ")
    }
}

/// The widest range, from zero to the values, that a value axis can hold: the axis grows by
/// room for labels at both ends and rounds out to nice ticks, which together can widen it
/// about sixfold. Beyond this the ticks and the bars would overflow a Double and nothing
/// would be drawn.
let drawableSpan = Double.greatestFiniteMagnitude / 8

/// The problems of values a chart cannot draw: ±∞ (NaN is a missing value and allowed),
/// and spans that overflow a Double.
///
/// - Complexity: O(n).
func drawableValueProblems(_ values: [Double]) -> [ChartProblem] {
    if let bad = values.first(where: \.isInfinite) {
        return [
            ChartProblem(
                .undrawableValue, "the value \(bad) cannot be drawn; use a finite number, or NaN for a missing value")
        ]
    }
    // One pass, no copy: a line of a million points is checked each time it is validated.
    let (lo, hi) = finiteExtent([values])
    if values.contains(where: \.isFinite), !(hi - lo).isFinite {
        return [ChartProblem(.overflow, "the values span from \(lo) to \(hi), a range too wide to draw on one axis")]
    }
    return []
}

/// The problems of values drawn along a value axis: those of ``drawableValueProblems(_:)``,
/// then ranges from zero wider than ``drawableSpan`` and ranges too narrow to label.
///
/// - Complexity: O(n).
func axisValueProblems(_ values: [Double]) -> [ChartProblem] {
    let found = drawableValueProblems(values)
    guard found.isEmpty, values.contains(where: \.isFinite) else { return found }
    let (lo, hi) = finiteExtent([values])
    if let narrow = tickableSpanProblem(lo, hi) { return [narrow] }
    if Swift.max(hi, 0) - Swift.min(lo, 0) > drawableSpan {
        return [
            ChartProblem(
                .overflow,
                "the values from \(lo) to \(hi) are too large to draw: an axis from zero, rounded to nice ticks, "
                    + "would pass the largest double (the range from zero may be at most 2.2e307)")
        ]
    }
    return []
}

/// The problem of values whose range is too narrow for any tick step (spans below about
/// 1e-307, such as 0 and 1e-310): the axis would have no label to read the data by. Both
/// the values' own range and the range from zero are checked, since bars start at zero.
///
/// - Complexity: O(1).
func tickableSpanProblem(_ lo: Double, _ hi: Double) -> ChartProblem? {
    for (a, b) in [(lo, hi), (Swift.min(lo, 0), Swift.max(hi, 0))] where a < b {
        guard TickStep.nice(from: a, to: b, count: 10) == nil else { continue }
        return ChartProblem(
            .overflow,
            "the values span from \(a) to \(b), a range too narrow for an axis to label; rescale them "
                + "(to a larger unit, say)")
    }
    return nil
}

/// The smallest and largest finite value over all `lists`, or 0…1 when there is none.
///
/// - Complexity: O(total count).
func finiteExtent(_ lists: [[Double]]) -> (lower: Double, upper: Double) {
    var lo = Double.infinity, hi = -Double.infinity
    for list in lists { for v in list where v.isFinite { lo = min(lo, v); hi = max(hi, v) } }
    return lo > hi ? (0, 1) : (lo, hi)
}

extension Chart {
    /// The chart itself, or a ``ChartError`` listing its ``problems``. Call it before
    /// drawing a chart that came from outside (a file, a spec, user data): the command-line
    /// tool refuses such a chart with exit status 1 instead of drawing a notice.
    public func validated() throws(ChartError) -> Self {
        let found = problems
        guard found.isEmpty else { throw ChartError(title: text.title, problems: found) }
        return self
    }

    /// The scene of a chart that came from outside, checked: throws the chart's
    /// ``problems`` instead of drawing a notice, and a ``ChartProblem/Kind/nothingDrawn``
    /// problem for a series that has values but no mark in the scene. A chart never reaches
    /// a file without its data.
    public func checkedScene(size: Size, theme: Theme, measurer: any TextMeasurer) throws(ChartError) -> Scene {
        let scene = try validated().scene(size: size, theme: theme, measurer: measurer)
        return try marking(scene, seriesMarkKeys(theme: theme))
    }

    /// `scene`, or a ``ChartProblem/Kind/nothingDrawn`` error for each of `keys` (a series
    /// with values) that it draws no mark for.
    func marking(_ scene: Scene, _ keys: [SeriesMarkKey]) throws(ChartError) -> Scene {
        let unmarked = scene.unmarkedSeries(keys)
        guard unmarked.isEmpty else {
            throw ChartError(
                title: text.title,
                problems: unmarked.map {
                    ChartProblem(.nothingDrawn, "the series '\($0)' has values, but the chart draws no mark for it")
                })
        }
        return scene
    }

    /// No series by default.
    public func seriesMarkKeys(theme: Theme) -> [SeriesMarkKey] { [] }

    /// The scene with the standard theme.
    public func scene(size: Size, measurer: any TextMeasurer) -> Scene {
        scene(size: size, theme: .standard, measurer: measurer)
    }

    /// A scene that states why the chart cannot be drawn.
    func problemScene(size: Size, theme: Theme, measurer: any TextMeasurer) -> Scene {
        var shown = text
        shown.subtitle = "This chart cannot be drawn: " + problems.map(\.message).joined(separator: "; ")
        let frame = ChartFrame(size: size, text: shown, legend: [], theme: theme, measurer: measurer)
        return assemble(size: size, theme: theme, frame: frame, items: [], generatedSummary: shown.subtitle ?? "")
    }

    /// Wraps the frame and marks into a scene with accessible title and description.
    func assemble(size: Size, theme: Theme, frame: ChartFrame, items: [SceneItem], generatedSummary: String) -> Scene {
        let summary = [text.description ?? generatedSummary, text.source].compactMap { $0 }.joined(separator: " ")
        return Scene(
            size: size, background: theme.background, title: text.title, summary: summary,
            items: frame.items + items)
    }
}

/// A colour for text drawn on `fill`: near-black on light fills, white on dark ones (WCAG contrast).
func labelColor(on fill: Color, theme: Theme) -> Color {
    fill.relativeLuminance > 0.35 ? theme.textColor : .white
}

/// A text run on a patch of background colour, so that lines drawn earlier do not cross it.
func haloed(_ run: TextRun, theme: Theme) -> [SceneItem] {
    let box = run.bounds
    return [
        .rect(Rect(x: box.minX - 2, y: box.minY, width: box.width + 4, height: box.height), .filled(theme.background)),
        .text(run),
    ]
}
