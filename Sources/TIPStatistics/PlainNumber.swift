/// A number as data files write it, without exponent or grouping: "1834", "12.5", "-3";
/// whole numbers print without a decimal point (2019, not 2019.0).
///
/// - Complexity: O(1).
package func plainNumber(_ v: Double) -> String {
    if v == v.rounded(), abs(v) < 1e15 { return String(Int(v)) }
    return "\(v)"
}

extension Sequence where Element: Hashable {
    /// The elements without repeats, in order of first appearance.
    ///
    /// - Complexity: O(n).
    package func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
