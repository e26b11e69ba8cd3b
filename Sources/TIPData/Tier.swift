/// A TIP Report tier placement: an ordered rating of a government's efforts, best first.
///
/// The order is Tier 1 < Tier 2 < Tier 2 Watch List < Tier 3. Special Case (a country the
/// report cannot rate, such as one in conflict) stands apart: it has no ``rank`` and is
/// neither an upgrade nor a downgrade of anything.
public enum Tier: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Fully meets the minimum standards.
    case tier1 = "Tier 1"
    /// Does not fully meet them but makes significant efforts.
    case tier2 = "Tier 2"
    /// Tier 2, with a significant or increasing number of victims or no evidence of increasing efforts.
    case tier2WatchList = "Tier 2 Watch List"
    /// Does not fully meet them and is not making significant efforts.
    case tier3 = "Tier 3"
    /// Not ranked in that edition.
    case specialCase = "Special Case"

    /// 1, 2, 3 or 4 from best to worst; `nil` for Special Case.
    public var rank: Int? {
        switch self {
        case .tier1: 1
        case .tier2: 2
        case .tier2WatchList: 3
        case .tier3: 4
        case .specialCase: nil
        }
    }

    /// "Tier 2 Watch List".
    public var description: String { rawValue }

    /// A short label for narrow cells: "1", "2", "2WL", "3", "SC".
    public var shortLabel: String {
        switch self {
        case .tier1: "1"
        case .tier2: "2"
        case .tier2WatchList: "2WL"
        case .tier3: "3"
        case .specialCase: "SC"
        }
    }

    /// Reads a tier as reports and compilations write it: "Tier 2 Watch List", "tier 2 watchlist",
    /// "Tier 2WL", "2WL", "Tier 3", "Special Case"; `nil` for anything else.
    public init?(parsing text: String) {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" }).joined()
        let hasTier = words.hasPrefix("tier")
        let body = hasTier ? String(words.dropFirst(4)) : words
        // A bare number is a value, not a tier; only "Tier N" or the watch-list forms are tiers.
        if !hasTier, ["1", "2", "3"].contains(body) { return nil }
        switch body {
        case "1": self = .tier1
        case "2": self = .tier2
        case "2wl", "2watchlist": self = .tier2WatchList
        case "3": self = .tier3
        case "specialcase" where !hasTier: self = .specialCase
        default: return nil
        }
    }
}
