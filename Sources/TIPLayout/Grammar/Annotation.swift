/// A note drawn over a plot in data space, beside its marks rather than as a mark of a row.
public enum Annotation: Sendable, Hashable, Codable {
    /// A bracket from one category of the x axis to another, over the marks of both and
    /// their value labels, with `text` centred above it: the change between two bars
    /// ("+1,800%"). Needs categories on x; a category the axis does not have draws nothing.
    case bracket(from: FieldValue, to: FieldValue, text: String)
    /// A note on one point of the data, (`x`, `y`) in data units (a category on a band
    /// axis): `text` beside the point, joined to it by a leader line, where it covers no
    /// mark, label or other note. Where no place beside the point is free, or the point is
    /// not on the axes, the point gets a number and the text moves to a numbered note under
    /// the plot ("Note 1: …"), above the source: an annotation is never dropped or drawn
    /// over data.
    case note(x: FieldValue, y: FieldValue, text: String)
}

extension Plot {
    /// The plot with `annotation` drawn over it.
    ///
    /// ```swift
    /// plot.annotation(.bracket(from: "2006", to: "2007", text: "+1,800%"))
    /// plot.annotation(.note(x: "2009", y: 1_834, text: "New law in force"))
    /// ```
    public func annotation(_ annotation: Annotation) -> Plot {
        var copy = self
        copy.annotations.append(annotation)
        return copy
    }
}
