import TIPScene
/// A chart specification that lays itself out as a ``Scene``.
public protocol Chart: Sendable {
    /// The chart's words: title, subtitle, source and axis titles.
    var text: ChartText { get }
    /// Why the chart cannot be laid out (mismatched lengths, say), empty when it can.
    /// Initialisers check this with a precondition; a value decoded from JSON skips them,
    /// so ``scene(size:theme:measurer:)`` checks again and draws the problem instead of trapping.
    var problems: [ChartProblem] { get }
    /// Lays the chart out on a canvas of `size` points, measuring text with `measurer`.
    func scene(size: Size, theme: Theme, measurer: any TextMeasurer) -> Scene
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

/// The problems of values a chart cannot draw: ±∞ (NaN is a missing value and allowed),
/// and spans that overflow a Double.
func drawableValueProblems(_ values: [Double]) -> [ChartProblem] {
    if let bad = values.first(where: \.isInfinite) {
        return [
            ChartProblem(
                .undrawableValue, "the value \(bad) cannot be drawn; use a finite number, or NaN for a missing value")
        ]
    }
    let finite = values.filter(\.isFinite)
    if let lo = finite.min(), let hi = finite.max(), !(hi - lo).isFinite {
        return [ChartProblem(.overflow, "the values span from \(lo) to \(hi), a range too wide to draw on one axis")]
    }
    return []
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
