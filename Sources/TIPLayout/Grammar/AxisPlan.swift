import TIPStatistics

/// How one position axis reads across all layers, before layout gives it a length.
enum AxisPlan {
    /// No layer encodes the channel.
    case none
    /// Categories in order (years, countries), one band each.
    case discrete(categories: [String], title: String?)
    /// A continuous range in data units, bent by `transform`.
    case continuous(
        lower: Double, upper: Double, transform: ScaleTransform, zero: Bool, nice: Bool, format: ValueFormat,
        title: String?)

    /// The layout's request for this axis.
    var request: AxisRequest? {
        switch self {
        case .none: nil
        case let .discrete(categories, _): .categories(categories)
        case let .continuous(lower, upper, transform, zero, nice, format, _):
            .values(lower: lower, upper: upper, format: format, nice: nice, includeZero: zero, transform: transform)
        }
    }

    var title: String? {
        switch self {
        case .none: nil
        case let .discrete(_, t), let .continuous(_, _, _, _, _, _, t): t
        }
    }

    var isDiscrete: Bool { if case .discrete = self { true } else { false } }

    /// Values the axis cannot draw: spans beyond a double, or too narrow to label.
    func problems(axis: String) -> [ChartProblem] {
        guard case let .continuous(lower, upper, transform, zero, _, _, _) = self, transform == .linear else {
            return []
        }
        let values = zero ? [Swift.min(lower, 0), Swift.max(upper, 0)] : [lower, upper]
        return axisValueProblems(values).map { ChartProblem($0.kind, "\(axis) axis: " + $0.message) }
    }
}
