/// The natural order of a breakdown's categories, where they have one: age bands from the
/// youngest ("0-17", "18-24", "25+"), and TIP tiers from Tier 1 to Tier 3 with the Watch
/// List between Tier 2 and Tier 3. Parts whose breakdown was not stated come last.
public enum CategoryOrder {
    /// Categories that stand for an unknown part and go last, compared ignoring case.
    public static let unknownLast: Set<String> = ["not stated", "unknown", "none of these", "other", "n/a"]

    /// `values` in their natural order, or nil when they have none (sexes, forms of
    /// exploitation), where a chart sorts by size instead.
    ///
    /// - Complexity: O(k log k) for k categories.
    public static func natural(_ values: [String]) -> [String]? {
        let known = values.filter { !unknownLast.contains($0.lowercased()) }
        let unknown = values.filter { unknownLast.contains($0.lowercased()) }
        guard known.count > 1 else { return nil }
        let tiers = known.compactMap(Tier.init(rawValue:))
        if tiers.count == known.count {
            let order = Tier.allCases
            return tiers.sorted { (order.firstIndex(of: $0) ?? 0) < (order.firstIndex(of: $1) ?? 0) }.map(\.rawValue)
                + unknown
        }
        let bounds = known.map(ageLowerBound)
        guard bounds.allSatisfy({ $0 != nil }) else { return nil }
        return zip(known, bounds).enumerated().sorted {
            ($0.element.1 ?? 0, $0.offset) < ($1.element.1 ?? 0, $1.offset)
        }.map(\.element.0) + unknown
    }

    /// `values` in the order `explicit` lists them, the others after them in their natural
    /// order, or as given.
    public static func ordered(_ values: [String], explicit: [String]) -> [String] {
        let listed = explicit.filter(values.contains)
        let rest = values.filter { !explicit.contains($0) }
        return listed + (natural(rest) ?? rest)
    }

    /// The parts of one breakdown `dimension`, given largest first, put in the order
    /// `explicit` lists (then naturally), else in their natural order, else as given.
    ///
    /// - Complexity: O(k log k) for k parts.
    public static func arranged(_ bySize: [Figure], dimension: String, explicit: [String]? = nil) -> [Figure] {
        let names = bySize.map { $0.breakdown.value(of: dimension) ?? "" }
        guard let order = explicit.map({ ordered(names, explicit: $0) }) ?? natural(names) else { return bySize }
        var byName: [String: Figure] = [:]
        for (name, figure) in zip(names, bySize) where byName[name] == nil { byName[name] = figure }
        return order.compactMap { byName[$0] }
    }

    /// The youngest age of an age band written "0-17", "0–17", "18+", "<18", "under 18" or
    /// "65 and over"; nil for anything else.
    static func ageLowerBound(_ text: String) -> Double? {
        let t = text.lowercased().trimmingSpaces
        if t.hasPrefix("<") || t.hasPrefix("under ") { return -1 }
        let digits = t.prefix { $0.isNumber }
        guard !digits.isEmpty, let bound = Double(String(digits)) else { return nil }
        let rest = String(t.dropFirst(digits.count)).trimmingSpaces
        let isRange = rest.first.map { "-–".contains($0) } ?? false
        guard
            isRange || rest == "+" || rest.hasPrefix("and over") || rest.hasPrefix("or older")
                || rest.hasPrefix("years")
        else { return nil }
        return bound
    }
}
