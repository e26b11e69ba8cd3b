import TIPScene
/// Decoding goes through the same rules as building in code: each chart type decodes its
/// raw fields, then checks ``Chart/problems`` (the lengths its initialiser requires with a
/// precondition, and the values it cannot draw). A decoded chart can therefore never hold
/// what its initialiser rejects; it is a `DecodingError` naming the problem instead.
func rejectProblems(_ problems: [ChartProblem], in decoder: any Decoder) throws {
    guard problems.isEmpty else {
        throw DecodingError.dataCorrupted(
            .init(
                codingPath: decoder.codingPath,
                debugDescription: "this chart cannot be drawn: " + problems.map(\.message).joined(separator: "; ")))
    }
}

extension BarChart {
    enum CodingKeys: String, CodingKey {
        case categories, series, orientation, mode, valueFormat, showsValueLabels, colorsByCategory, annotatesChange,
            valueLabels, text
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        categories = try c.decode([String].self, forKey: .categories)
        series = try c.decode([Series].self, forKey: .series)
        orientation = try c.decode(Orientation.self, forKey: .orientation)
        mode = try c.decode(Mode.self, forKey: .mode)
        valueFormat = try c.decode(ValueFormat.self, forKey: .valueFormat)
        showsValueLabels = try c.decode(Bool.self, forKey: .showsValueLabels)
        colorsByCategory = try c.decode(Bool.self, forKey: .colorsByCategory)
        annotatesChange = try c.decode(Bool.self, forKey: .annotatesChange)
        valueLabels = try c.decodeIfPresent([[String]].self, forKey: .valueLabels)
        text = try c.decode(ChartText.self, forKey: .text)
        try rejectProblems(problems, in: decoder)
    }
}

extension LineChart {
    enum CodingKeys: String, CodingKey { case x, series, showsMarkers, valueFormat, includesZero, text }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        x = try c.decode(XAxis.self, forKey: .x)
        series = try c.decode([Series].self, forKey: .series)
        showsMarkers = try c.decode(Bool.self, forKey: .showsMarkers)
        valueFormat = try c.decode(ValueFormat.self, forKey: .valueFormat)
        includesZero = try c.decode(Bool.self, forKey: .includesZero)
        text = try c.decode(ChartText.self, forKey: .text)
        try rejectProblems(problems, in: decoder)
    }
}

extension HistogramChart {
    enum CodingKeys: String, CodingKey { case edges, counts, markers, valueFormat, color, text }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        edges = try c.decode([Double].self, forKey: .edges)
        counts = try c.decode([Int].self, forKey: .counts)
        markers = try c.decode([ReferenceLine].self, forKey: .markers)
        valueFormat = try c.decode(ValueFormat.self, forKey: .valueFormat)
        color = try c.decodeIfPresent(Color.self, forKey: .color)
        text = try c.decode(ChartText.self, forKey: .text)
        try rejectProblems(problems, in: decoder)
    }
}

extension DonutChart {
    enum CodingKeys: String, CodingKey { case slices, innerRadiusRatio, valueFormat, centerLabel, text }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        slices = try c.decode([DonutSlice].self, forKey: .slices)
        innerRadiusRatio = try c.decode(Double.self, forKey: .innerRadiusRatio)
        valueFormat = try c.decode(ValueFormat.self, forKey: .valueFormat)
        centerLabel = try c.decodeIfPresent(String.self, forKey: .centerLabel)
        text = try c.decode(ChartText.self, forKey: .text)
        try rejectProblems(problems, in: decoder)
    }
}

extension DotChart {
    enum CodingKeys: String, CodingKey { case categories, values, lollipop, valueFormat, showsValueLabels, text }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        categories = try c.decode([String].self, forKey: .categories)
        values = try c.decode([Double].self, forKey: .values)
        lollipop = try c.decode(Bool.self, forKey: .lollipop)
        valueFormat = try c.decode(ValueFormat.self, forKey: .valueFormat)
        showsValueLabels = try c.decode(Bool.self, forKey: .showsValueLabels)
        text = try c.decode(ChartText.self, forKey: .text)
        try rejectProblems(problems, in: decoder)
    }
}

extension FlowDiagram {
    enum CodingKeys: String, CodingKey { case columns, links, groups, centerNote, text }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        columns = try c.decode([[String]].self, forKey: .columns)
        links = try c.decode([FlowLink].self, forKey: .links)
        groups = try c.decode([String].self, forKey: .groups)
        centerNote = try c.decodeIfPresent(String.self, forKey: .centerNote)
        text = try c.decode(ChartText.self, forKey: .text)
        try rejectProblems(problems, in: decoder)
    }
}

extension Series {
    enum CodingKeys: String, CodingKey { case name, values, color, censored }

    /// Decodes through the rule of ``init(name:values:color:censored:)``: one censored flag per value.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        values = try c.decode([Double].self, forKey: .values)
        color = try c.decodeIfPresent(Color.self, forKey: .color)
        censored = try c.decodeIfPresent([Bool].self, forKey: .censored)
        if let censored, censored.count != values.count {
            throw DecodingError.dataCorruptedError(
                forKey: .censored, in: c,
                debugDescription: "\(censored.count) censored flags for \(values.count) values; give one per value")
        }
    }
}

extension ScatterChart.Group {
    enum CodingKeys: String, CodingKey { case name, xs, ys, color }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        xs = try c.decode([Double].self, forKey: .xs)
        ys = try c.decode([Double].self, forKey: .ys)
        color = try c.decodeIfPresent(Color.self, forKey: .color)
        guard xs.count == ys.count else {
            throw DecodingError.dataCorruptedError(
                forKey: .ys, in: c,
                debugDescription: "group '\(name)' has \(xs.count) x values and \(ys.count) y values")
        }
    }
}

extension ScatterChart {
    enum CodingKeys: String, CodingKey { case groups, xFormat, yFormat, includesZero, text }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        groups = try c.decode([Group].self, forKey: .groups)
        xFormat = try c.decode(ValueFormat.self, forKey: .xFormat)
        yFormat = try c.decode(ValueFormat.self, forKey: .yFormat)
        includesZero = try c.decode(Bool.self, forKey: .includesZero)
        text = try c.decode(ChartText.self, forKey: .text)
        try rejectProblems(problems, in: decoder)
    }
}
