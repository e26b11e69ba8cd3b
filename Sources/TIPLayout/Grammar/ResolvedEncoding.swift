/// A channel after compilation: where its values come from, and their type.
struct ResolvedEncoding {
    enum Source {
        /// One value per row.
        case column(Column)
        /// One value in data units for every row.
        case datum(FieldValue)
        /// A literal visual value.
        case value(FieldValue)
    }

    var source: Source
    var type: FieldType
    var spec: ChannelEncoding
    /// The axis or legend title: the encoding's, else the field's name.
    var title: String?

    /// The cell of `row` (a datum's value for every row; nil for a literal visual value or a
    /// row the column does not have).
    func cell(_ row: Int) -> FieldValue? {
        switch source {
        case let .column(c): row >= 0 && row < c.count ? c[row] : nil
        case let .datum(v): v
        case .value: nil
        }
    }

    /// Whether the channel takes categories.
    var isDiscrete: Bool { type != .quantitative }

    /// Whether the channel reads data (a field or a datum) rather than a literal value.
    var isData: Bool { if case .value = source { false } else { true } }
}

/// The type a field's values imply where an encoding gives none.
///
/// - A field named with the word "year" ("Year", "year of report"; not "years") whose values
///   are whole numbers from 1000 to 3000 is `temporal`: years are categories.
/// - Numbers are `quantitative`, text is `nominal`.
func inferredType(name: String, cells: [FieldValue], numeric: Bool) -> FieldType {
    guard numeric else { return .nominal }
    let whole = cells.allSatisfy { v in v.number.map { $0 == $0.rounded() } ?? true }
    let words = name.lowercased().split { !$0.isLetter }
    let plausibleYears = cells.allSatisfy { v in v.number.map { (1000...3000).contains($0) } ?? true }
    if whole, plausibleYears, words.contains("year") { return .temporal }
    return .quantitative
}
