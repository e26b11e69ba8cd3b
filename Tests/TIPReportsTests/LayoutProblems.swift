import TIPScene
import TIPLayout

/// The library's one layout checker (``TIPLayout/Scene/layoutProblems()``, tested in
/// TIPLayoutTests), each problem prefixed with which chart and size it is.
func layoutProblems(_ scene: Scene, _ label: String) -> [String] {
    scene.layoutProblems().map { "\(label): \($0)" }
}

/// Legend problems: two entries with one colour, or an entry whose colour no mark uses.
/// A legend entry is a square swatch followed by its label.
func legendProblems(_ scene: Scene) -> [String] {
    func flatten(_ items: [SceneItem]) -> [SceneItem] {
        items.flatMap { item -> [SceneItem] in
            if case let .group(_, inner) = item { return flatten(inner) }
            return [item]
        }
    }
    let items = flatten(scene.items)
    var entries: [(label: String, color: Color)] = []
    for (index, item) in items.enumerated().dropFirst() {
        guard case let .text(run) = item, case let .rect(rect, style) = items[index - 1],
            abs(rect.width - rect.height) < 0.01, rect.width < 16, let fill = style.fill,
            abs(run.position.x - (rect.x + rect.width + 5)) < 0.5
        else { continue }
        entries.append((run.text, fill))
    }
    var problems: [String] = []
    var seen: [Color: String] = [:]
    for entry in entries {
        if let other = seen[entry.color] {
            problems.append("legend entries '\(other)' and '\(entry.label)' share a colour")
        }
        seen[entry.color] = entry.label
    }
    var marks = Set<Color>()
    for item in items {
        switch item {
        case let .polyline(_, stroke): marks.insert(stroke.color)
        case let .rect(rect, style) where !(abs(rect.width - rect.height) < 0.01 && rect.width < 16):
            if let fill = style.fill { marks.insert(fill) }
            if let stroke = style.stroke { marks.insert(stroke.color) }
        case let .path(_, style):
            if let fill = style.fill { marks.insert(fill) }
            if let stroke = style.stroke { marks.insert(stroke.color) }
        default: break
        }
    }
    for entry in entries where !marks.contains(entry.color) {
        problems.append("legend entry '\(entry.label)' has a colour no mark uses")
    }
    return problems
}
