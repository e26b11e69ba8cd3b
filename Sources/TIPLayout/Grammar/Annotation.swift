/// A note drawn over a plot in data space, beside its marks rather than as a mark of a row.
public enum Annotation: Sendable, Hashable, Codable {
    /// A bracket from one category of the x axis to another, over the marks of both and
    /// their value labels, with `text` centred above it: the change between two bars
    /// ("+1,800%"). Needs categories on x; a category the axis does not have draws nothing.
    case bracket(from: FieldValue, to: FieldValue, text: String)
}

extension Plot {
    /// The plot with `annotation` drawn over it.
    ///
    /// ```swift
    /// plot.annotation(.bracket(from: "2006", to: "2007", text: "+1,800%"))
    /// ```
    public func annotation(_ annotation: Annotation) -> Plot {
        var copy = self
        copy.annotations.append(annotation)
        return copy
    }
}
