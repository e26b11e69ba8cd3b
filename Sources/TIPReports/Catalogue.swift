import Foundation

/// The words of the charts a ``ChartSet`` builds, in one language: sentence templates and
/// the names of the embedded data (countries, metrics, categories), loaded from
/// `Catalogues/LANGUAGE.json`, which translators edit without touching code.
///
/// A template names its values in braces: `"{country}: convictions, {years}"`. Each value
/// is looked up in the catalogue's `names` ("Kazakhstan" → "Казахстан"), and can ask for a
/// grammatical case, `{country@genitive}`, given as `"Kazakhstan@genitive": "Казахстана"`;
/// a name without that form is used in its plain translation, and a name the catalogue does
/// not list (a user's own data) is kept as it is.
/// Sources keep the titles of the publications they cite, which are not translated.
///
/// ```swift
/// let russian = try Catalogue(language: "ru")
/// let charts = ChartSet(.kazakhstan2008, catalogue: russian).reportCharts()
/// ```
public struct Catalogue: Sendable, Equatable {
    /// The language tag of the catalogue: "en", "ru" or "kk".
    public let language: String
    /// Templates by key.
    let templates: [String: String]
    /// Translations of data names, and their case forms ("NAME@CASE").
    let names: [String: String]

    /// The languages with a catalogue.
    public static let languages = ["en", "ru", "kk"]

    /// The English catalogue: the words the charts are written in by default.
    public static let english: Catalogue = {
        (try? Catalogue(language: "en")) ?? Catalogue(language: "en", templates: [:], names: [:])
    }()

    /// A catalogue built in code; missing templates fall back to their keys.
    public init(language: String, templates: [String: String], names: [String: String]) {
        self.language = language
        self.templates = templates
        self.names = names
    }

    private struct File: Decodable {
        let language: String
        let templates: [String: String]
        let names: [String: String]
    }

    /// The catalogue of `language` ("ru", or a tag such as "ru-RU" or "kk_KZ").
    ///
    /// - Throws: ``CatalogueError`` when no catalogue exists for the language, or its file
    ///   is not valid (the message names the file and the problem).
    public init(language tag: String) throws(CatalogueError) {
        let language = Self.language(of: tag)
        guard Self.languages.contains(language),
            let url = Bundle.module.url(forResource: language, withExtension: "json", subdirectory: "Catalogues")
        else { throw CatalogueError(file: nil, reason: "no catalogue for the language '\(tag)'") }
        try self.init(contentsOf: url)
    }

    /// The catalogue for a locale tag: its language's, or English when the language has
    /// none (German, French, Arabic and Hindi change numbers only) or no tag is given.
    ///
    /// - Throws: ``CatalogueError`` only when the language has a catalogue that cannot be read.
    public static func matching(_ tag: String?) throws(CatalogueError) -> Catalogue {
        guard let tag, languages.contains(language(of: tag)) else { return .english }
        return try Catalogue(language: tag)
    }

    /// The language subtag of a BCP 47 tag, lower case: "ru-RU" and "kk_KZ" → "ru", "kk".
    private static func language(of tag: String) -> String {
        String(tag.lowercased().prefix { $0 != "-" && $0 != "_" })
    }

    /// A catalogue file of translators' own, in the format of `Catalogues/en.json`.
    ///
    /// - Throws: ``CatalogueError`` naming the file, when it cannot be read or decoded.
    public init(contentsOf url: URL) throws(CatalogueError) {
        do {
            let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
            self.init(language: file.language, templates: file.templates, names: file.names)
        } catch {
            throw CatalogueError(file: url.path, reason: "\(error)")
        }
    }

    /// The template `key` with its values filled in. A key the catalogue lacks is taken
    /// from the English one, so a partial translation still gives whole charts.
    ///
    /// - Complexity: O(length of the template + values).
    public func text(_ key: String, _ values: [String: String] = [:]) -> String {
        // A count of one takes the key's singular form, when the catalogue gives one ("KEY@one").
        let singular = values["count"] == "1" ? templates[key + "@one"] : nil
        let template = singular ?? templates[key] ?? (language == "en" ? nil : Self.english.templates[key]) ?? key
        var result = ""
        Self.scan(template, literal: { result += $0 }) { name, grammaticalCase, whole in
            if let value = values[name] {
                result += self.name(value, case: grammaticalCase)
            } else {
                result += whole
            }
        }
        return result
    }

    /// Walks `template`, handing its literal text to `literal` and each `{name@case}` field to
    /// `field` as (name, case, the field as written). An unclosed brace is literal text.
    private static func scan(
        _ template: String, literal: (Substring) -> Void, field: (String, String?, Substring) -> Void
    ) {
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            literal(rest[..<open])
            let parts = rest[rest.index(after: open)..<close].split(separator: "@", maxSplits: 1)
            field(
                parts.first.map(String.init) ?? "", parts.count == 2 ? String(parts[1]) : nil, rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        literal(rest)
    }

    /// The catalogue's name for `name` (a country, metric, category or place), in
    /// `grammaticalCase` when the catalogue gives that form; `name` itself when it is not listed.
    public func name(_ name: String, case grammaticalCase: String? = nil) -> String {
        if let grammaticalCase, let form = names[name + "@" + grammaticalCase] { return form }
        return names[name] ?? name
    }

    /// The placeholders of every template, by key, for checking translations against English.
    var placeholders: [String: Set<String>] {
        templates.mapValues { template in
            var found = Set<String>()
            Self.scan(template, literal: { _ in }) { name, _, _ in found.insert(name) }
            return found
        }
    }
}

/// A catalogue that cannot be found or read.
public struct CatalogueError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file, when one was read.
    public let file: String?
    /// What is wrong.
    public let reason: String

    public var description: String { (file.map { "\($0): " } ?? "") + reason }
}
