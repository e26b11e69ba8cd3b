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
/// - Numbers are `quantitative`, text (`numbers` nil) is `nominal`. NaN is a missing value.
///
/// - Complexity: O(1) unless the name holds "year", then O(n).
func inferredType(name: String, numbers: [Double]?) -> FieldType {
    guard let numbers else { return .nominal }
    guard name.lowercased().split(whereSeparator: { !$0.isLetter }).contains("year") else { return .quantitative }
    let years = numbers.allSatisfy { $0.isNaN || ($0 == $0.rounded() && (1000...3000).contains($0)) }
    return years ? .temporal : .quantitative
}
