/// A series as the layout checker sees it: its name and colour, and whether it has any value
/// to draw. A chart lists its series (`Chart.seriesMarkKeys(theme:)` in TIPLayout) so that
/// ``Scene/unmarkedSeries(_:)`` can tell a chart that silently drew nothing.
public struct SeriesMarkKey: Sendable, Hashable {
    /// The series' name, for the message.
    public var name: String
    /// The colour its marks are drawn in (compared without alpha).
    public var color: Color
    /// Whether it has at least one finite value; a series of only missing values needs no mark.
    public var hasData: Bool

    /// A series named `name`, drawn in `color`.
    public init(name: String, color: Color, hasData: Bool) {
        self.name = name
        self.color = color
        self.hasData = hasData
    }
}

extension Scene {
    /// The series of `keys` that have data but no mark in the scene: no line, bar, path or
    /// marker in their colour other than a legend swatch (a small square followed by its label).
    ///
    /// - Complexity: O(n + k) for n scene items and k keys.
    public func unmarkedSeries(_ keys: [SeriesMarkKey]) -> [String] {
        var items: [SceneItem] = []
        func flatten(_ list: [SceneItem]) {
            for item in list {
                if case let .group(_, inner) = item { flatten(inner) } else { items.append(item) }
            }
        }
        flatten(self.items)
        var drawn = Set<Color>()
        func add(_ color: Color?) { if let color { drawn.insert(color.withAlpha(1)) } }
        for (index, item) in items.enumerated() {
            switch item {
            case let .polyline(line, stroke) where line.count > 1: add(stroke.color)
            case let .rect(rect, style):
                let isSwatch =
                    abs(rect.width - rect.height) < 0.01 && rect.width < 16
                    && index + 1 < items.count && { if case .text = items[index + 1] { true } else { false } }()
                if !isSwatch {
                    add(style.fill)
                    add(style.stroke?.color)
                }
            case let .path(_, style):
                add(style.fill)
                add(style.stroke?.color)
            case let .markers(set) where !set.points.isEmpty:
                add(set.style.fill)
                add(set.style.stroke?.color)
            default: break
            }
        }
        return keys.filter { $0.hasData && !drawn.contains($0.color.withAlpha(1)) }.map(\.name)
    }
}
