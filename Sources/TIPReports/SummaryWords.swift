import TIPData
import TIPStatistics

/// The language of a text or Markdown summary: its words from a ``Catalogue`` and its
/// numbers in a ``/TIPStatistics/NumberLocale``. CSV and JSON summaries never use it: they
/// stay locale-free for programs to read.
struct SummaryWords {
    let catalogue: Catalogue
    let locale: NumberLocale?

    static let english = SummaryWords(catalogue: .english, locale: nil)

    /// The template `key` with `values`.
    func t(_ key: String, _ values: [String: String] = [:]) -> String { catalogue.text(key, values) }

    /// A data name (country, measure, category, qualifier) in the catalogue's language.
    func n(_ name: String) -> String { catalogue.name(name) }

    /// `format` in the summary's locale.
    func format(_ format: NumberFormat) -> NumberFormat {
        var localized = format
        localized.locale = locale
        return localized
    }

    func count(_ value: Double) -> String { format(.count).string(value) }
    func plain(_ value: Double, decimals: Int) -> String { format(NumberFormat(decimals: decimals)).string(value) }
    func percent(_ value: Double, decimals: Int) -> String { format(.percent(decimals: decimals)).string(value) }

    /// One end of a year-over-year change: its value in the locale, the censored bound as
    /// printed ("<5"), or "missing" in this language.
    func endpoint(_ value: Double?, printed: String) -> String {
        if printed.hasPrefix("<") { return printed }
        return value.map(count) ?? t("summary.missingValue")
    }

    /// A breakdown row's value: the source's qualifier (one of ``/TIPData/Qualifier``'s
    /// phrases, which the row prints before an exact value) in this language and the number
    /// in the locale; a censored or missing value as printed.
    func value(of row: ShareRow) -> String {
        guard let exact = row.count else { return row.valueText }
        let qualifier = Qualifier.allCases.first { $0 != .exact && row.valueText.hasPrefix($0.phrase + " ") }
        return (qualifier.map { n($0.phrase) + " " } ?? "") + count(exact)
    }

    /// A consistency note in this language, or its English message when the catalogue has
    /// no template for it.
    func note(_ note: ConsistencyNote) -> String {
        guard catalogue.language != "en", let template = note.template, catalogue.templates[template] != nil else {
            return note.message
        }
        return t(template, note.values)
    }
}
