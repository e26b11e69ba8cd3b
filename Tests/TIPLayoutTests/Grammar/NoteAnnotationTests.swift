import Foundation
import TIPScene
import TIPStatistics
import Testing
@testable import TIPLayout

/// Notes anchored in data space: beside their point with a leader line where they cover
/// nothing, else numbered at the point and written under the plot; never dropped, never
/// over a mark.
struct NoteAnnotationTests {
    struct Row { var year: Int; var victims: Double }

    static let rows: [Row] = [
        Row(year: 2005, victims: 120), Row(year: 2006, victims: 340), Row(year: 2007, victims: 1834),
        Row(year: 2008, victims: 1420), Row(year: 2009, victims: 1680),
    ]

    static func bars(_ notes: [Annotation]) -> Plot {
        notes.reduce(
            Plot(rows) { BarMark(x: .value("Year", \Row.year), y: .value("Victims", \.victims)) }
                .title("Victims identified").source("Source: illustrative figures")
        ) { $0.annotation($1) }
    }

    static func points(_ notes: [Annotation]) -> Plot {
        notes.reduce(
            Plot(rows) {
                PointMark(x: .value("Year", \Row.year), y: .value("Victims", \.victims))
            }.title("Victims identified").source("Source: illustrative figures")
        ) { $0.annotation($1) }
    }

    static func scene(_ plot: Plot, size: Size = standardSize) -> Scene {
        plot.scene(size: size, theme: theme, measurer: measurer)
    }

    static func leaders(_ scene: Scene) -> [(Point, Point)] {
        scene.flatItems.compactMap { item -> (Point, Point)? in
            guard case let .path(path, _) = item, path.elements.count == 2,
                case let .move(a) = path.elements[0], case let .line(b) = path.elements[1]
            else { return nil }
            return (a, b)
        }
    }

    static func run(_ scene: Scene, _ text: String) -> TextRun? {
        scene.flatItems.lazy.compactMap { item -> TextRun? in
            if case let .text(run) = item, run.text == text { return run }
            return nil
        }.first
    }

    @Test(arguments: [Size(width: 400, height: 300), standardSize, Size(width: 1600, height: 900)])
    func aNoteSitsBesideItsPointWithALeader(size: Size) throws {
        let scene = Self.scene(Self.points([.note(x: 2007, y: 1834, text: "New law in force")]), size: size)
        #expect(scene.layoutProblems().isEmpty, "\(scene.layoutProblems())")
        let run = try #require(Self.run(scene, "New law in force"))
        let dots = SizeShapeChannelTests.markerSets(scene.flatItems).flatMap(\.points)
        #expect(dots.count == Self.rows.count)
        #expect(!dots.contains { run.bounds.contains($0) }, "the note covers no point")
        // The leader runs from just off the 2007 point to the note's box.
        let leader = try #require(Self.leaders(scene).first { run.bounds.insetBy(-0.01).contains($0.1) })
        let anchor = try #require(
            dots.min {
                abs($0.y - leader.0.y) + abs($0.x - leader.0.x) < abs($1.y - leader.0.y) + abs($1.x - leader.0.x)
            })
        let off =
            ((leader.0.x - anchor.x) * (leader.0.x - anchor.x) + (leader.0.y - anchor.y) * (leader.0.y - anchor.y))
            .squareRoot()
        let reach = SizeShapeChannelTests.markerSets(scene.flatItems).first { $0.points.contains(anchor) }?.reach ?? 0
        #expect(abs(off - reach - 3) < 0.01, "the leader starts 3 points off the marker's edge")
        #expect(run.bounds.insetBy(-0.01).contains(leader.1))
        #expect(!scene.texts().contains { $0.hasPrefix("Note ") })
    }

    @Test func aNoteNeverCoversABar() throws {
        // The top of the tallest bar: above it is the plot's edge, beside it its neighbours.
        let scene = Self.scene(Self.bars([.note(x: 2007, y: 1834, text: "Peak after the new law")]))
        #expect(scene.layoutProblems().isEmpty, "\(scene.layoutProblems())")
        let bars = scene.flatItems.compactMap { item -> Rect? in
            if case let .rect(r, style) = item, style.fill != nil, r.height > 5, r.width < 200 { return r }
            return nil
        }
        #expect(bars.count >= Self.rows.count, "\(bars)")
        if let run = Self.run(scene, "Peak after the new law") {
            // The note's own halo holds its box; no bar overlaps it.
            let marks = bars.filter { !$0.insetBy(-0.01).contains(run.bounds) }
            #expect(marks.count == Self.rows.count)
            #expect(!marks.contains { $0.overlaps(run.bounds) }, "\(run.bounds) \(bars)")
        } else {
            #expect(scene.texts().contains("Note 1: Peak after the new law"))
        }
    }

    @Test func crowdedNotesMoveUnderThePlotNumberedAndNoneIsLost() throws {
        let texts = (1...14).map { "Remark number \($0) on the same year" }
        let scene = Self.scene(Self.points(texts.map { .note(x: 2007, y: 1834, text: $0) }))
        #expect(scene.layoutProblems().isEmpty, "\(scene.layoutProblems())")
        let all = scene.texts()
        let beside = texts.filter { all.contains($0) }
        let moved = texts.filter { t in all.contains { $0.hasSuffix(": " + t) } }
        #expect(beside.count + moved.count == texts.count, "every note is shown once")
        #expect(Set(beside).isDisjoint(with: moved))
        #expect(!moved.isEmpty, "fourteen long notes cannot all sit beside one point")
        // Footnotes are numbered 1…k in order, and the point carries their numbers as one range.
        for (n, t) in moved.enumerated() { #expect(all.contains("Note \(n + 1): " + t)) }
        #expect(all.contains(numberRanges(Array(1...moved.count))))
        // Notes beside the point overlap no other note.
        let boxes = beside.compactMap { Self.run(scene, $0)?.bounds }
        for (i, a) in boxes.enumerated() { for b in boxes[(i + 1)...] { #expect(!a.overlaps(b)) } }
    }

    @Test func aNoteOffTheAxesBecomesAFootnoteWithoutANumberAtAPoint() {
        let scene = Self.scene(Self.points([.note(x: 1999, y: 10, text: "Before records began")]))
        #expect(scene.texts().contains("Note 1: Before records began"))
        #expect(!scene.texts().contains("1"))
        #expect(scene.layoutProblems().isEmpty, "\(scene.layoutProblems())")
    }

    @Test func noteNumbersReadAsRanges() {
        #expect(numberRanges([1, 2, 3, 5]) == "1–3, 5")
        #expect(numberRanges([1, 2]) == "1, 2")
        #expect(numberRanges([4]) == "4")
        #expect(numberRanges([]) == "")
        #expect(numberRanges([1, 3, 4, 5, 9, 10]) == "1, 3–5, 9, 10")
    }

    @Test func footnotesSitAboveTheSource() throws {
        let texts = (1...14).map { "Remark number \($0) on the same year" }
        let scene = Self.scene(Self.points(texts.map { .note(x: 2007, y: 1834, text: $0) }))
        let source = try #require(Self.run(scene, "Source: illustrative figures"))
        let first = try #require(
            scene.flatItems.lazy.compactMap { item -> TextRun? in
                if case let .text(run) = item, run.text.hasPrefix("Note 1: ") { return run }
                return nil
            }.first)
        #expect(first.bounds.maxY <= source.bounds.minY + 0.5)
        let axisBottom =
            scene.flatItems.compactMap { item -> Double? in
                if case let .text(run) = item, run.text == "2007" { return run.bounds.maxY }
                return nil
            }.max() ?? 0
        #expect(first.bounds.minY > axisBottom, "the notes sit below the axis labels")
    }
}
