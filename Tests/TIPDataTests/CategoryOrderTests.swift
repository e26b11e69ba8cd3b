import Testing
@testable import TIPData

/// Natural category order: age bands from the youngest, tiers from Tier 1 with the Watch
/// List before Tier 3, unknown parts last; none for categories without an order.
struct CategoryOrderTests {
    @Test(arguments: [
        (["18-24", "0-17", "40+", "25-39"], Optional(["0-17", "18-24", "25-39", "40+"])),
        (["Unknown", "18+", "<18"], ["<18", "18+", "Unknown"]),
        (["65 and over", "under 18", "18–64"], ["under 18", "18–64", "65 and over"]),
        (["Tier 3", "Tier 2 Watch List", "Tier 1", "Tier 2"], ["Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3"]),
        (["Female", "Male", "Not stated"], nil),
        (["labour trafficking", "sexual exploitation"], nil),
        (["18+"], nil),
        ([], nil),
        (["2019", "10"], nil),
    ])
    func naturalOrder(values: [String], expected: [String]?) {
        #expect(CategoryOrder.natural(values) == expected)
    }

    @Test func anExplicitOrderComesFirstAndTheRestFollowNaturally() {
        let values = ["0-17", "18-24", "25-39", "40+"]
        #expect(CategoryOrder.ordered(values, explicit: ["40+", "25-39"]) == ["40+", "25-39", "0-17", "18-24"])
        #expect(CategoryOrder.ordered(values, explicit: ["missing"]) == values)
        #expect(CategoryOrder.ordered(["b", "a"], explicit: []) == ["b", "a"], "no order: as given")
    }
}
