internal import CTIPCairo
import TIPScene

/// Text runs as `<text>` at Pango's positions, and the fonts they need.
extension SVGDocument {
    /// A run as `<text>`, one `<tspan>` per font and direction, at Pango's positions.
    mutating func write(_ run: TextRun) {
        let dx: Double =
            switch run.anchor {
            case .start: 0
            case .middle: -run.metrics.width / 2
            case .end: -run.metrics.width
            }
        // Pango returns no layout only when GLib cannot allocate, and GLib aborts first.
        let spans =
            (try? shaper.withLine(run.text, font: run.font) { line in
                PlacedSpan.spans(
                    of: TextShaper.runs(of: line), text: run.text, startX: dx - TextShaper.extents(of: line).left,
                    clusterPositioned: SVGWriter.isBundled(file:))
            }) ?? []
        guard !spans.isEmpty else { return }
        let rotated = run.rotation != 0
        let shift = rotated ? 0 : run.position.x
        out.append("<text")
        // Spaces are kept as they are only where the default rule would change them.
        if Self.needsPreservedSpace(run.text) { out.append(" xml:space=\"preserve\"") }
        if rotated {
            out.append(" transform=\"translate(")
            out.append(numbers: [run.position.x, run.position.y])
            out.append(") rotate(")
            out.append(number: run.rotation)
            out.append(")\"")
        } else {
            out.append(" y=\"")
            out.append(number: run.position.y)
            out.append("\"")
        }
        out.append(" font-size=\"")
        out.append(number: run.font.size)
        out.append("\"")
        if run.font.weight == .bold { out.append(" font-weight=\"bold\"") }
        appendFill(run.color)
        out.append(">")
        // Each span's direction is Pango's, not the browser's own bidi of the whole line, which
        // would resolve neutral characters (spaces, brackets) by their neighbours in the document.
        let mixed = spans.contains(where: \.isRightToLeft)
        for span in spans {
            let single = span.segments.count == 1
            out.append("<tspan")
            if single { appendPositions(span.segments[0], shift: shift) }
            if mixed { out.append(span.isRightToLeft ? Self.rightToLeft : Self.leftToRight) }
            appendFamily(of: span)
            out.append(">")
            for segment in span.segments {
                if !single {
                    out.append("<tspan")
                    appendPositions(segment, shift: shift)
                    out.append(">")
                }
                out.append(escaped: segment.text)
                if !single { out.append("</tspan>") }
            }
            out.append("</tspan>")
        }
        out.append("</text>\n")
    }

    static let rightToLeft = " direction=\"rtl\" unicode-bidi=\"bidi-override\""
    static let leftToRight = " direction=\"ltr\" unicode-bidi=\"bidi-override\""

    mutating func appendPositions(_ segment: PlacedSpan.Segment, shift: Double) {
        out.append(" x=\"")
        out.append(numbers: segment.xs.map { $0 + shift })
        out.append("\"")
    }

    /// Whether the default white-space rule (leading and trailing spaces removed, runs of
    /// spaces collapsed, tabs and line breaks made spaces) would change `text`.
    static func needsPreservedSpace(_ text: String) -> Bool {
        var previousIsSpace = true
        for scalar in text.unicodeScalars {
            let isSpace = scalar == " "
            if scalar == "\t" || scalar == "\n" || scalar == "\r" || (isSpace && previousIsSpace) { return true }
            previousIsSpace = isSpace
        }
        return previousIsSpace && !text.isEmpty
    }

    /// The span's ` font-family` attribute, none for the bundled faces (the root names them),
    /// recording its characters for the embedded subset.
    mutating func appendFamily(of span: PlacedSpan) {
        let key = FaceKey(file: span.fontFile, faceIndex: span.faceIndex)
        let bundled = SVGWriter.isBundled(file: key.file)
        switch fonts {
        case .page:
            guard !bundled else { return }
            out.append(" font-family=\"" + SVGWriter.pageFamily(file: key.file, faceIndex: key.faceIndex))
        case .embedded:
            let number = faces[key]?.number ?? faces.count + 1
            faces[key, default: (number, [])].scalars.formUnion(span.text.unicodeScalars.map(\.value))
            guard !bundled else { return }
            out.append(" font-family=\"")
            out.appendPrefixSlot()
            out.append("f\(number)")
        }
        out.append(",sans-serif\"")
    }

    /// The `@font-face` rules of every face the document used, in order of first use: the
    /// bundled faces as the two weights of one family, the others as a family each.
    func fontFaceRules(prefix: String) -> String {
        faces.sorted { $0.value.number < $1.value.number }.compactMap { key, face in
            let family = SVGWriter.isBundled(file: key.file) ? SVGWriter.bundledFamily : "f\(face.number)"
            return FontSubset.make(file: key.file, faceIndex: key.faceIndex, scalars: face.scalars)?
                .fontFaceRule(family: prefix + family)
        }.joined(separator: "\n")
    }
}
