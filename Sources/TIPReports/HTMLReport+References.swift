import Foundation

/// Which numbered sources a chart's source line cites, for the links under each chart.
extension HTMLReport {
    /// The numbers of the sources a chart's source line cites: the numbers it lists
    /// ("listed in the summary as [1–5, 7]"), or else each citation it names.
    ///
    /// A list counts only when every number and every range in it names a source of
    /// `sources`; a user's source text such as "x [1–10000000]" is not a list of ours, and
    /// is matched by citation instead. The answer holds each source at most once.
    ///
    /// - Complexity: O(l + s) for a line of l characters and s sources: nothing read from
    ///   the line sizes any allocation beyond `sources.count`.
    static func references(in line: String, sources: [SourceEntry]) -> [Int] {
        let known = Set(sources.map(\.reference))
        if let listed = listedReferences(in: line, known: known) { return listed }
        return sources.filter { line.contains($0.citation) }.map(\.reference)
    }

    /// The bracketed list of numbers and ranges that ends `line`, in any language, if every
    /// number in it is in `known`; nil otherwise.
    static func listedReferences(in line: String, known: Set<Int>) -> [Int]? {
        guard let open = line.lastIndex(of: "["), let close = line.lastIndex(of: "]"), open < close,
            line[close...].allSatisfy({ $0 == "]" || $0 == "." || $0 == ")" })
        else { return nil }
        let body = line[line.index(after: open)..<close]
        guard body.allSatisfy({ $0.isASCII && $0.isNumber || ", –".contains($0) }) else { return nil }
        var numbers: [Int] = []
        var seen = Set<Int>()
        for part in body.split(separator: ",") {
            let bounds = part.split(separator: "–", omittingEmptySubsequences: false).map {
                Int($0.trimmingCharacters(in: .whitespaces))
            }
            guard bounds.count == 1 || bounds.count == 2, let lo = bounds[0], let hi = bounds[bounds.count - 1],
                lo <= hi, known.contains(lo), known.contains(hi)
            else { return nil }
            // Steps only through known numbers, so the loop is bounded by `known.count`.
            var n = lo
            while true {
                guard known.contains(n) else { return nil }
                if seen.insert(n).inserted { numbers.append(n) }
                if n == hi { break }
                n += 1
            }
        }
        return numbers.isEmpty ? nil : numbers
    }
}
