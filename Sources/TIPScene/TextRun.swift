/// A font request. Renderers map the family to a bundled face, never to whatever fonts
/// the machine happens to have.
public struct Font: Sendable, Hashable, Codable {
    /// The two bundled faces.
    public enum Weight: String, Sendable, Hashable, Codable {
        /// DejaVu Sans.
        case regular
        /// DejaVu Sans Bold.
        case bold
    }
    /// Size in points.
    public var size: Double
    /// Regular or bold.
    public var weight: Weight

    /// A font of `size` points.
    public init(size: Double, weight: Weight = .regular) {
        self.size = size
        self.weight = weight
    }
}

/// How a run is placed relative to its `position`.
public enum TextAnchor: String, Sendable, Hashable, Codable {
    /// `position` is where the run starts.
    case start
    /// `position` is the run's midpoint.
    case middle
    /// `position` is where the run ends.
    case end
}

/// A line of text placed on the canvas: `position` is on the baseline, at the start,
/// middle or end of the run, and the run is rotated about it.
public struct TextRun: Sendable, Equatable, Codable {
    /// The characters, drawn in one line.
    public var text: String
    /// The anchor point on the baseline, in canvas points.
    public var position: Point
    /// Whether `position` is the start, middle or end of the run.
    public var anchor: TextAnchor
    /// Size and weight.
    public var font: Font
    /// The text colour.
    public var color: Color
    /// Degrees, clockwise on screen; −90 reads bottom to top.
    public var rotation: Double
    /// The measured extent, kept so that layout can be checked from the scene alone.
    public var metrics: TextMetrics

    /// A run of `text` at `position`, with the metrics it was measured with.
    public init(
        _ text: String, at position: Point, anchor: TextAnchor = .start, font: Font, color: Color,
        rotation: Double = 0, metrics: TextMetrics
    ) {
        self.text = text
        self.position = position
        self.anchor = anchor
        self.font = font
        self.color = color
        self.rotation = rotation
        self.metrics = metrics
    }

    /// The box the run occupies on the canvas (the bounding box of the rotated line box,
    /// from ascent to descent).
    public var bounds: Rect {
        let startX: Double =
            switch anchor {
            case .start: 0
            case .middle: -metrics.width / 2
            case .end: -metrics.width
            }
        let corners = [
            (startX, -metrics.ascent), (startX + metrics.width, -metrics.ascent),
            (startX, metrics.descent), (startX + metrics.width, metrics.descent),
        ]
        let radians = rotation * .pi / 180
        let (c, s) = (cosine(radians), sine(radians))
        let xs = corners.map { position.x + $0.0 * c - $0.1 * s }
        let ys = corners.map { position.y + $0.0 * s + $0.1 * c }
        let x0 = xs.min() ?? 0, y0 = ys.min() ?? 0
        return Rect(x: x0, y: y0, width: (xs.max() ?? 0) - x0, height: (ys.max() ?? 0) - y0)
    }
}

/// The size of a line of text in a font.
public struct TextMetrics: Sendable, Hashable, Codable {
    /// Advance width in points.
    public var width: Double
    /// Font ascent above the baseline (positive), the same for every run of a font.
    public var ascent: Double
    /// Font descent below the baseline (positive).
    public var descent: Double

    /// Metrics of a measured run.
    public init(width: Double, ascent: Double, descent: Double) {
        self.width = width
        self.ascent = ascent
        self.descent = descent
    }

    /// `ascent + descent`: the run's box height.
    public var height: Double { ascent + descent }
}

import RealModule

func cosine(_ radians: Double) -> Double { Double.cos(radians) }
func sine(_ radians: Double) -> Double { Double.sin(radians) }
