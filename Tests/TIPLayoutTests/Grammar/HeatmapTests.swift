import Testing
import TIPScene
@testable import TIPLayout

/// Heatmap cells: a label in contrast with its fill, bands no taller than the plot's
/// limit, and too many facet panels refused.
struct HeatmapTests {
    static func grid(countries: Int, step: Double?) -> Plot {
        var rows: [[String: FieldValue]] = []
        for c in 0..<countries {
            for year in 2020...2023 {
                rows.append([
                    "country": .text("Country \(c)"), "year": .text(String(year)),
                    "tier": .text(year % 2 == 0 ? "Tier 1" : "Tier 3"), "short": .text(year % 2 == 0 ? "1" : "3"),
                ])
            }
        }
        var color = ChannelEncoding.field("tier", type: .ordinal)
        color.scale = ScaleOptions(range: [Color(hex: 0x2166AC), Color(hex: 0xF4A582)])
        var plot = Plot(
            data: DataTable(rows: rows),
            layers: [
                Layer(
                    mark: MarkDefinition(.rect),
                    encoding: [
                        .x: .field("year", type: .ordinal), .y: .field("country", type: .nominal), .color: color,
                        .text: .field("short", type: .nominal),
                    ])
            ], text: ChartText(title: "Tiers", source: "Source: test"))
        plot.maximumBandStep = step
        return plot
    }

    @Test(arguments: [1, 3, 12])
    func cellsCarryContrastingLabelsAndStayCompact(countries: Int) throws {
        for size in [Size(width: 400, height: 300), standardSize, Size(width: 1600, height: 900)] {
            let scene = try Self.grid(countries: countries, step: 32).checkedScene(
                size: size, theme: theme, measurer: measurer)
            #expect(scene.layoutProblems().isEmpty, "\(countries) at \(size): \(scene.layoutProblems())")
            // Cells, not the legend's swatches.
            let dark = scene.rects(filled: Color(hex: 0x2166AC)).filter { $0.width > 12 }
            let light = scene.rects(filled: Color(hex: 0xF4A582)).filter { $0.width > 12 }
            #expect(dark.count == 2 * countries && light.count == 2 * countries)
            for cell in dark + light { #expect(cell.height <= 32, "a band at most 32 points: \(cell)") }
            let ones = scene.textRuns.filter { run in run.text == "1" && dark.contains { $0.contains(run.bounds) } }
            #expect(ones.allSatisfy { $0.color == Color(hex: 0xFFFFFF) }, "white on the dark blue")
        }
        let loose = try Self.grid(countries: 1, step: nil).checkedScene(
            size: standardSize, theme: theme, measurer: measurer)
        let cells = loose.rects(filled: Color(hex: 0x2166AC)).filter { $0.width > 12 }
        #expect(!cells.isEmpty && cells.allSatisfy { $0.height > 100 }, "no limit fills the body")
    }

    @Test func moreThan24PanelsAreAProblem() {
        var rows: [[String: FieldValue]] = []
        for c in 0..<25 { rows.append(["country": .text("C\(c)"), "year": .number(2020), "n": .number(1)]) }
        let plot = Plot(
            data: DataTable(rows: rows),
            layers: [
                Layer(
                    mark: MarkDefinition(.bar),
                    encoding: [.x: .field("year", type: .ordinal), .y: .field("n"), .facet: .field("country")])
            ])
        #expect(
            plot.problems.map(\.message).first?.hasPrefix("25 panels are too many for one chart (at most 24)") == true)
    }
}
