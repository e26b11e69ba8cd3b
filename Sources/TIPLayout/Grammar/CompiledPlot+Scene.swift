import TIPScene
import TIPStatistics

extension CompiledPlot {
    /// Lays the plot out: the frame (title, legend, source), the axes of the planned scales,
    /// then each layer's marks, with labels last and colliding labels dropped. With a facet
    /// field, one panel per value shares the frame, the legend and the colours.
    func scene(
        size: Size, theme: Theme, measurer: any TextMeasurer, text: ChartText, labelsBars: Bool, facet: Facet? = nil,
        annotations: [Annotation] = [], maximumBandStep: Double? = nil, labelsLineEnds: Bool = false
    ) -> Scene {
        var words = text
        // An empty title (Vega-Lite's `title: null`) is no title.
        words.xAxisTitle = (text.xAxisTitle ?? (x.isDiscrete && isYearAxis ? nil : x.title)).flatMap(nonEmpty)
        words.yAxisTitle = (text.yAxisTitle ?? y.title).flatMap(nonEmpty)
        // Direct labels replace the legend when every coloured layer is a line that gets them.
        // A name too long for a third of the canvas keeps the legend: no line goes unnamed.
        let lineEnds =
            labelsLineEnds && !layers.contains { $0[.facet] != nil } && !lineEndSeries.isEmpty
            && layers.allSatisfy { $0[.color]?.isData != true || $0.mark.type == .line }
            && lineEndRoom(theme: theme, measurer: measurer) <= (size.width - 2 * theme.margin) * Self.lineEndShare
        let legend = legendEntries(theme: theme, lineEnds: lineEnds)
        var frame = ChartFrame(size: size, text: words, legend: legend, theme: theme, measurer: measurer)
        var items: [SceneItem]
        if isGeographic {
            frame = mapFrame(size: size, theme: theme, measurer: measurer, words: words, legend: legend)
            items = geoItems(body: frame.body, theme: theme, measurer: measurer)
        } else if isPolar {
            items = arcItems(body: frame.body, theme: theme, measurer: measurer)
        } else if let panels = facetPanels(independentY: facet?.independentY ?? false), !panels.isEmpty {
            items = facetItems(
                panels, body: frame.body, columns: facet?.columns, words: words, theme: theme, measurer: measurer,
                labelsBars: labelsBars)
        } else {
            // Notes with no free place beside their point move under the plot, numbered. The
            // notes take room from the plot, so the layout runs again, at most once per note.
            var footnoted: [Int: Int] = [:]
            while true {
                let panel = panelItems(
                    body: frame.body, words: words, theme: theme, measurer: measurer, labelsBars: labelsBars,
                    annotations: annotations, maximumBandStep: maximumBandStep, lineEnds: lineEnds,
                    footnoted: footnoted)
                items = panel.items
                let moved = panel.overflow.filter { footnoted[$0] == nil }
                guard !moved.isEmpty else { break }
                for (n, i) in (Array(footnoted.keys) + moved).sorted().enumerated() { footnoted[i] = n + 1 }
                let notes = footnoted.sorted { $0.value < $1.value }.compactMap { i, n -> String? in
                    guard case let .note(_, _, text) = annotations[i] else { return nil }
                    return "Note \(n): \(text)"
                }
                frame = ChartFrame(
                    size: size, text: words, legend: legend, notes: notes, theme: theme, measurer: measurer)
            }
        }
        let summary =
            "Chart of "
            + layers.compactMap { $0[.y]?.title ?? $0[.x]?.title ?? $0[.theta]?.title }.uniqued().joined(
                separator: ", ")
            + (x.title.map { " by " + $0 } ?? "") + "."
        let description = [text.description ?? summary, text.source].compactMap { $0 }.joined(separator: " ")
        return Scene(
            size: size, background: theme.background, title: text.title, summary: description,
            items: frame.items + items)
    }

    /// The format of the value axis, for labels and the legend of a colour ramp.
    var valueFormat: ValueFormat {
        [y, x].lazy.compactMap { plan -> ValueFormat? in
            if case let .continuous(_, _, _, _, _, format, _) = plan { return format }
            return nil
        }.first ?? .count
    }

    /// One panel: axes in `body`, every layer's marks, and the labels that clear each other;
    /// with the annotations that found no place (``drawAnnotations(_:layers:ctx:labelled:placed:marks:footnoted:)``).
    func panelItems(
        body: Rect, words: ChartText, theme: Theme, measurer: any TextMeasurer, labelsBars: Bool,
        annotations: [Annotation] = [], maximumBandStep: Double? = nil, lineEnds: Bool = false,
        footnoted: [Int: Int] = [:]
    ) -> (items: [SceneItem], overflow: [Int]) {
        let block = TextBlock(theme: theme, measurer: measurer)
        let vertical = !(y.isDiscrete && !x.isDiscrete)
        let labelRoom: Double = {
            if vertical, case let room = bracketHeadroom(annotations, theme: theme, measurer: measurer), room > 0 {
                return room
            }
            guard labelsBars else { return 0 }
            if vertical { return measurer.metrics(of: "Ag", font: theme.valueLabelFont).height + 6 }
            guard case let .continuous(lower, upper, _, _, _, format, _) = x else { return 0 }
            return [lower, upper].map {
                measurer.metrics(of: format.string($0, locale: theme.numberLocale), font: theme.valueLabelFont).width
            }.max().map { $0 + 8 } ?? 0
        }()
        // Room right of the plot for the lines' names.
        let endRoom = lineEnds ? lineEndRoom(theme: theme, measurer: measurer) : 0
        func laidOut(in body: Rect) -> CartesianLayout {
            var body = body
            body.width -= endRoom
            return CartesianLayout(
                body: body, x: x.request ?? .categories([""]), y: y.request ?? .categories([""]), text: words,
                headroom: vertical ? Headroom(y: labelRoom) : Headroom(x: labelRoom), theme: theme,
                measurer: measurer)
        }
        var layout = laidOut(in: body)
        // Bands taller than the limit: the same layout in a body shorter by the excess.
        if let limit = maximumBandStep, case let .band(band) = layout.y, band.step > limit {
            var short = body
            short.height = max(10, body.height - (band.step - limit) * Double(band.categories.count))
            layout = laidOut(in: short)
        }
        let ctx = DrawContext(
            plot: layout.plot, x: layout.x, y: layout.y, color: color, theme: theme, block: block, size: size,
            shape: shape, opacity: opacity)
        var marks: [SceneItem] = []
        var labels: [TextRun] = []
        var inside: [TextRun] = []
        for layer in layers {
            let drawn =
                layer.mark.type == .bar && labelsBars && layer.composite == nil
                ? drawBars(layer, ctx, labels: valueFormat) : draw(layer, ctx, format: valueFormat, placed: labels)
            marks += drawn.marks
            labels += drawn.labels
            inside += drawn.insideLabels
        }
        if lineEnds { labels += lineEndLabels(ctx) }
        let noted = drawAnnotations(
            annotations, layers: layers, ctx: ctx, labelled: labelsBars, placed: labels, marks: marks,
            footnoted: footnoted)
        marks += noted.lines
        labels += noted.labels
        let filled = marks.compactMap { item -> Rect? in
            if case let .rect(rect, style) = item, style.fill != nil { return rect }
            return nil
        }
        let kept = droppingCollisions(inside + labels, within: body.insetBy(-theme.margin / 2), avoiding: filled)
        let insideKept = kept.prefix { run in inside.contains(run) }
        let outsideKept = kept.dropFirst(insideKept.count)
        // Markers sized by data may reach past the plot's edge by their radius: the clip lets them.
        let overhang = size == nil ? 4 : SizePlan.maximumRadius * MarkerSet.Shape.triangle.reach + 1
        let clipped: [SceneItem] = [.group(clip: layout.plot.insetBy(-overhang), items: marks)]
        let items =
            layout.gridItems + clipped + layout.axisItems + insideKept.map(SceneItem.text)
            + outsideKept.flatMap { haloed($0, theme: theme) }
        return (items, noted.overflow)
    }

    /// Whether a colour field (not a literal colour) is encoded and its legend not hidden.
    /// A colour that repeats a position's field (a colour per bar) needs no legend: the
    /// axis already names every colour.
    var hasColorField: Bool {
        let coloured = layers.filter { $0[.color]?.isData == true }
        let repeatsAxis = coloured.allSatisfy { layer in
            let field = layer[.color]?.spec.field
            return field != nil
                && [Channel.x, .y].contains { layer[$0]?.spec.field == field && layer[$0]?.isDiscrete == true }
        }
        return !coloured.isEmpty && !repeatsAxis && layers.allSatisfy { $0[.color]?.spec.showsGuide ?? true }
    }

    /// Whether the discrete axis is the years axis (its title says so): it needs no title.
    private var isYearAxis: Bool {
        layers.contains { $0[.x]?.type == .temporal }
    }

    /// One layer's marks, by its mark type.
    func draw(_ layer: PreparedLayer, _ ctx: DrawContext, format: ValueFormat, placed: [TextRun] = []) -> DrawnLayer {
        switch layer.mark.type {
        case .bar: drawBars(layer, ctx)
        case .rect: drawRects(layer, ctx)
        case .line: drawLines(layer, ctx, format: format)
        case .area: drawAreas(layer, ctx)
        case .point: drawPoints(layer, ctx)
        case .rule: drawRules(layer, ctx, placed: placed)
        case .tick: drawTicks(layer, ctx)
        case .arc: DrawnLayer()  // a polar plot: drawn whole by arcItems, without axes
        case .text: drawTexts(layer, ctx, format: format)
        case .boxplot, .errorbar: DrawnLayer()  // expanded into the marks above at compile time
        case .geoshape: DrawnLayer()  // a map: drawn whole by geoItems, without axes
        }
    }

    /// The series the mark rule checks: each colour category with data, or each primary
    /// layer in its mark colour.
    func seriesMarkKeys(theme: Theme) -> [SeriesMarkKey] {
        var keys: [SeriesMarkKey] = []
        for layer in layers where layer.isPrimary && layer.partColor == nil && layer.mark.type != .text {
            let value: Channel = x.isDiscrete || layer[.x] == nil ? .y : .x
            // A map's row has a value when its country is in the atlas.
            let hasValue: (Int) -> Bool =
                layer.mark.type == .geoshape
                ? { row in layer[.key]?.cell(row).map { atlas.shape(matching: $0.label) != nil } ?? false }
                : { row in layer[value]?.cell(row)?.number != nil }
            if let e = layer[.color], e.isData, case let .categorical(domain, _, _) = color {
                for name in domain {
                    let has = (0..<layer.rowCount).contains { row in e.cell(row)?.label == name && hasValue(row) }
                    if has, !keys.contains(where: { $0.name == name }) {
                        keys.append(
                            SeriesMarkKey(
                                name: name, color: color.color(.text(name), theme: theme) ?? theme.color(0),
                                hasData: true))
                    }
                }
            } else if layer[.color] == nil {
                let fill = layer.defaultColor(theme: theme)
                let has = (0..<layer.rowCount).contains(where: hasValue)
                keys.append(
                    SeriesMarkKey(
                        name: layer[value]?.title ?? layer.mark.type.rawValue, color: fill,
                        hasData: has))
            }
        }
        return keys
    }

    /// The drawn values as a table: a row per row of the first primary layer (one that
    /// reads the plot's rows, when there is one), its
    /// categories first (the discrete axis, facet, colour, offset), then its values, printed
    /// as the axis prints them ("<5" when censored, "n/a" when missing). A field drawn by two
    /// channels is one column; a bar's label ("nearly $35,000") stands in for its value.
    ///
    /// - Complexity: O(rows × channels).
    var dataTable: ChartDataTable {
        guard
            let layer = layers.first(where: { $0.isPrimary && !$0.hasOwnData }) ?? layers.first(where: \.isPrimary)
                ?? layers.first
        else {
            return ChartDataTable(headers: [], rows: [])
        }
        let positions: [Channel] = [.x, .y]
        let discrete = positions.filter { layer[$0]?.isDiscrete == true }
        let continuous = positions.filter { layer[$0]?.isDiscrete == false }
        let labelsValues = layer.mark.type == .bar && layer[.text] != nil
        let order: [Channel] =
            (discrete + [.key, .facet, .color, .detail, .xOffset, .yOffset]
            + continuous.flatMap { [$0, $0 == .x ? Channel.x2 : .y2] }
            + [.theta, .x2, .y2, .size, .shape, .opacity, .order]).uniqued()
            + (labelsValues ? [] : [.text])
        // Stacking sets the value channel to a segment's start and its range to the end.
        var stackRange: [Channel: Channel] = [:]
        for (value, range) in [(Channel.x, Channel.x2), (.y, .y2)] where layer[range]?.spec.field == "stack_end" {
            stackRange[value] = range
        }
        var fields = Set<String>(["stack_end"])
        let channels = order.filter { c in
            guard let e = layer[c], e.isData, let title = e.title, !title.isEmpty else { return false }
            return e.spec.field.map { fields.insert($0).inserted } ?? true
        }
        let format = valueFormat
        return ChartDataTable(
            headers: channels.map { layer[$0]?.title ?? $0.rawValue },
            rows: (0..<layer.rowCount).map { row in
                channels.map { c in
                    if labelsValues, continuous.contains(c), let given = layer[.text]?.cell(row)?.givenLabel {
                        return given
                    }
                    guard let e = layer[c], var cell = e.cell(row) else { return "n/a" }
                    // A stacked segment shows its own size, not where the stack puts it.
                    if let range = stackRange[c], let end = layer[range]?.cell(row)?.number, let start = cell.number {
                        cell = cell.isCensored ? .censored(end - start) : .number(end - start)
                    }
                    switch cell {
                    case .missing: return "n/a"
                    case let .number(v) where !e.isDiscrete: return format.string(v)
                    case let .censored(v) where !e.isDiscrete: return "<" + format.string(v)
                    default: return cell.label
                    }
                }
            })
    }
}

/// `text`, or nil when it is empty.
private func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }
