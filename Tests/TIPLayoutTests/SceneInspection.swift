import TIPScene
import TIPLayout
import Foundation

let measurer = ApproximateTextMeasurer()
let theme = Theme.standard
let standardSize = Size(width: 800, height: 500)

extension Scene {
    /// Every item, groups flattened.
    var flatItems: [SceneItem] {
        func flatten(_ items: [SceneItem]) -> [SceneItem] {
            items.flatMap { item -> [SceneItem] in
                if case let .group(_, inner) = item { return flatten(inner) }
                return [item]
            }
        }
        return flatten(items)
    }

    /// Filled rectangles of `color`.
    func rects(filled color: Color) -> [Rect] {
        flatItems.compactMap {
            if case let .rect(rect, style) = $0, style.fill == color { return rect }
            return nil
        }
    }

    /// Horizontal grid lines as (y, label) pairs, using the tick label beside each line.
    var gridLineYs: [Double] {
        flatItems.compactMap {
            if case let .path(path, style) = $0, style.stroke?.color == theme.gridColor,
                case let .move(a) = path.elements.first, case let .line(b) = path.elements.last, a.y == b.y
            {
                return a.y
            }
            return nil
        }
    }

    func texts(where predicate: (TextRun) -> Bool = { _ in true }) -> [String] {
        textRuns.filter(predicate).map(\.text)
    }
}
