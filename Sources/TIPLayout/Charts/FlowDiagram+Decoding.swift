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
