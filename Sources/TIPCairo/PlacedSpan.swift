/// A piece of a laid-out line that one font draws in one direction, with the positions an
/// SVG `<tspan>` gives its characters: the text a reader selects, searches and edits, at
/// the place Pango put it.
struct PlacedSpan: Equatable {
    /// The font file the span's glyphs come from, and the face within it.
    let fontFile: String
    let faceIndex: Int
    /// The characters, in logical order, without those XML forbids, in pieces that each
    /// start at a position of their own.
    let segments: [Segment]

    /// Characters and where they start, in points from the run's origin.
    ///
    /// Chromium shapes each explicitly positioned character on its own, so a ligature or a
    /// cluster of several characters (an accent as a combining mark) must be one piece with a
    /// single position. A left-to-right DejaVu Sans span is therefore cut into segments of
    /// one-character clusters, a position each, and segments of one cluster of several
    /// characters (the "ffi" of a ligature), positioned at its start. Spans the
    /// browser must shape as a whole are one segment: the scripts of the fallback faces,
    /// whose clusters reorder, at their left edge, and right-to-left text at its right end.
    struct Segment: Equatable {
        /// The characters.
        let text: String
        /// The start of each of the first `xs.count` characters.
        let xs: [Double]
    }

    /// All the characters.
    var text: String { segments.map(\.text).joined() }

    /// Whether the span reads right to left.
    let isRightToLeft: Bool
    /// The span's advance width in points.
    let width: Double
    /// Where the span's characters start in the line's text, in UTF-8 bytes: spans are
    /// written in this (logical) order, so that text copied from the SVG reads as the label.
    let logicalOffset: Int

    /// The spans of the `runs` of a laid-out line of `text` (``TextShaper/runs(of:)``), in
    /// logical order, the leftmost starting at `startX`. A left-to-right span's positions are
    /// its characters' left edges; a right-to-left span's single position is its right end.
    ///
    /// - Parameter clusterPositioned: whether a font file's left-to-right spans get a
    ///   position per cluster (the bundled DejaVu Sans faces).
    /// - Complexity: O(glyphs + bytes of `text`).
    static func spans(
        of runs: [ShapedRun], text: String, startX: Double, clusterPositioned: (String) -> Bool
    ) -> [PlacedSpan] {
        let utf8 = Array(text.utf8)
        var spans: [PlacedSpan] = []
        var x = startX
        for run in runs {
            let width = run.advances.reduce(0, +)
            let start = min(run.textRange.lowerBound, utf8.count)
            let end = min(utf8.count, run.textRange.upperBound)
            let piece = String(decoding: utf8[start..<end], as: UTF8.self)
            let scalars = piece.unicodeScalars.filter(SVGBuffer.isXMLCharacter)
            let base = PlacedSpan(
                fontFile: run.fontFile, faceIndex: run.faceIndex, segments: [], isRightToLeft: run.isRightToLeft,
                width: width, logicalOffset: start)
            if scalars.isEmpty {
                // Nothing to write.
            } else if run.isRightToLeft {
                spans += base.rightToLeftSpans(of: piece, clusters: run.clusters, advances: run.advances, left: x)
            } else if clusterPositioned(run.fontFile), scalars.allSatisfy({ $0.value <= 0xFFFF }) {
                spans.append(
                    base.with(clusterSegments(of: piece, clusters: run.clusters, advances: run.advances, from: x)))
            } else {
                spans.append(base.with([Segment(text: Self.xmlText(piece), xs: [x])]))
            }
            x += width
        }
        return spans.sorted { $0.logicalOffset < $1.logicalOffset }
    }

    /// This span with `segments`.
    private func with(
        _ segments: [Segment], width: Double? = nil, offset: Int? = nil, rightToLeft: Bool? = nil
    )
        -> PlacedSpan
    {
        PlacedSpan(
            fontFile: fontFile, faceIndex: faceIndex, segments: segments, isRightToLeft: rightToLeft ?? isRightToLeft,
            width: width ?? self.width, logicalOffset: offset ?? logicalOffset)
    }

    /// `piece` without the code points XML forbids.
    private static func xmlText(_ piece: some StringProtocol) -> String {
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: piece.unicodeScalars.filter(SVGBuffer.isXMLCharacter))
        return String(kept)
    }

    /// A right-to-left run as one segment that starts at its right end, where a
    /// right-to-left chunk starts. White space at either logical end becomes a span of its
    /// own at its place: Chromium does not keep the width of a right-to-left chunk's
    /// trailing space, and would draw the chunk a space's width off.
    private func rightToLeftSpans(
        of piece: String, clusters: [Int], advances: [Double], left: Double
    ) -> [PlacedSpan] {
        let scalars = Array(piece.unicodeScalars)
        let isSpace = { (s: Unicode.Scalar) in s.properties.isWhitespace }
        let lead = scalars.prefix(while: isSpace).count
        guard lead < scalars.count else {
            return [with([Segment(text: Self.xmlText(piece), xs: [left])], rightToLeft: false)]
        }
        let trail = scalars.reversed().prefix(while: isSpace).count
        let leadBytes = scalars.prefix(lead).reduce(0) { $0 + $1.utf8.count }
        let trailBytes = scalars.suffix(trail).reduce(0) { $0 + $1.utf8.count }
        let total = piece.utf8.count
        var leadWidth = 0.0, trailWidth = 0.0
        for (g, cluster) in clusters.enumerated() {
            if cluster < leadBytes { leadWidth += advances[g] }
            if cluster >= total - trailBytes { trailWidth += advances[g] }
        }
        let body = String(String.UnicodeScalarView(scalars[lead..<(scalars.count - trail)]))
        // Logically first white space is visually rightmost; logically last, leftmost.
        var spans = [
            with(
                [Segment(text: Self.xmlText(body), xs: [left + width - leadWidth])],
                width: width - leadWidth - trailWidth, offset: logicalOffset + leadBytes)
        ]
        if lead > 0 {
            let text = String(String.UnicodeScalarView(scalars[..<lead]))
            spans.append(
                with(
                    [Segment(text: text, xs: [left + width - leadWidth])], width: leadWidth, offset: logicalOffset,
                    rightToLeft: false))
        }
        if trail > 0 {
            let text = String(String.UnicodeScalarView(scalars[(scalars.count - trail)...]))
            spans.append(
                with(
                    [Segment(text: text, xs: [left])], width: trailWidth, offset: logicalOffset + total - trailBytes,
                    rightToLeft: false))
        }
        return spans
    }

    /// The segments of a left-to-right `piece` (of the scalars XML allows), `clusters`
    /// giving each glyph's cluster as a byte offset into `piece`, in increasing order.
    private static func clusterSegments(
        of piece: String, clusters: [Int], advances: [Double], from origin: Double
    ) -> [Segment] {
        // Each cluster's byte range start and its x.
        var starts: [(offset: Int, x: Double)] = []
        var x = origin
        for (g, cluster) in clusters.enumerated() {
            if starts.last?.offset != cluster { starts.append((cluster, x)) }
            x += advances[g]
        }
        var segments: [Segment] = []
        var text = String.UnicodeScalarView(), xs: [Double] = []
        var offset = 0, k = -1
        var inSharedCluster = false
        for scalar in piece.unicodeScalars {
            defer { offset += scalar.utf8.count }
            guard SVGBuffer.isXMLCharacter(scalar) else { continue }
            let startsCluster = k + 1 < starts.count && starts[k + 1].offset <= offset
            while k + 1 < starts.count, starts[k + 1].offset <= offset { k += 1 }
            let clusterX = k >= 0 ? starts[k].x : origin
            if startsCluster || k < 0 {
                let next = k + 1 < starts.count ? starts[k + 1].offset : piece.utf8.count
                let shared = next - offset > scalar.utf8.count
                // A cluster of several characters is a segment of its own.
                if (inSharedCluster || shared) && !text.isEmpty {
                    segments.append(Segment(text: String(text), xs: xs))
                    (text, xs) = (String.UnicodeScalarView(), [])
                }
                inSharedCluster = shared
                xs.append(clusterX)
            }
            text.append(scalar)
        }
        if !text.isEmpty { segments.append(Segment(text: String(text), xs: xs)) }
        return segments
    }
}
