import TIPData
import TIPLayout

extension FigureValue: Plottable {
    /// A figure as a plot cell: exact as a number, "<5" as censored (an upper bound, never
    /// drawn as if it were 5), missing as missing, a tier as its name (a category).
    public var fieldValue: FieldValue {
        switch self {
        case let .exact(v): v.fieldValue
        case let .below(v): v.isFinite ? .censored(v) : .missing
        case .missing: .missing
        case let .tier(t): .text(t.description)
        }
    }
}

extension Metric: Plottable {
    /// The metric's name, as a category.
    public var fieldValue: FieldValue { .text(description) }
}
