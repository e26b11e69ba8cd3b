import ArgumentParser
import Foundation

/// An option value `DIMENSION=A,B,C` (`--flag-columns`, `--order`): a dimension and its
/// items, each trimmed of spaces; an empty dimension or item is a usage error whose message
/// shows the option's `form` and an `example`.
///
/// - Complexity: O(n) in the length of `text`.
func dimensionList(
    _ text: String, option: String, form: String = "DIMENSION=A,B,C", example: String
) throws -> (dimension: String, items: [String]) {
    let halves = text.split(separator: "=", maxSplits: 1).map { String($0).trimmingCharacters(in: .whitespaces) }
    let items =
        halves.count == 2
        ? halves[1].split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        } : []
    guard halves.count == 2, !halves[0].isEmpty, !items.isEmpty, !items.contains("") else {
        throw ValidationError("\(option) '\(text)' should be \(form), such as \(example).")
    }
    return (halves[0], items)
}
