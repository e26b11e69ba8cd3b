import Foundation

extension MetricLabels {
    /// Reads labels from a JSON object of metric name to label:
    /// `{"ngo_victims_assisted": "Victims assisted by NGOs"}`.
    ///
    /// - Throws: ``DataError`` naming the file, the line and what was expected.
    public static func load(contentsOf path: String) throws(DataError) -> MetricLabels {
        let data: Data
        switch InputFile.read(path) {
        case let .success(bytes): data = bytes
        case let .failure(error): throw DataError(file: path, reason: "cannot read the file: \(error.reason)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DataError(file: path, reason: "the file is not UTF-8 text")
        }
        let value: JSONValue
        do { value = try JSONScanner.parse(text) } catch {
            throw DataError(file: path, line: error.line, reason: error.reason)
        }
        guard case let .object(members, _) = value else {
            throw DataError(
                file: path, line: 1,
                reason: "expected a JSON object of metric name to label, such as {\"m\": \"Label\"}")
        }
        var labels: [String: String] = [:]
        for (key, member) in members {
            guard case let .string(label) = member, !label.trimmingSpaces.isEmpty else {
                throw DataError(file: path, column: "$.\(key)", reason: "a label must be a non-empty string")
            }
            labels[key] = label
        }
        return MetricLabels(labels)
    }
}
