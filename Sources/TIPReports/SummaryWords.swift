import TIPData
import TIPStatistics

/// The language of a text or Markdown summary: its words from a ``Catalogue`` and its
/// numbers in a ``TIPStatistics/NumberLocale``. CSV and JSON summaries never use it: they
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

    /// A printed value of the summary data ("87", "nearly 35,000", "<5", "77.7%") in this
    /// language: the source's qualifier translated and the number in the locale. Text that
    /// is not one of those shapes is kept.
    func value(_ text: String, _ number: Double?) -> String {
        if locale == nil, catalogue.language == "en" { return text }
        if text.hasSuffix("%"), let percentValue = Double(text.dropLast()) {
            let decimals = text.split(separator: ".").last.map { $0.count - 1 } ?? 0
            return percent(percentValue, decimals: text.contains(".") ? decimals : 0)
        }
        guard let number else { return text == "n/a" ? t("value.missing") : text }
        let english = NumberFormat.count.string(number)
        guard text.hasSuffix(english) else { return text }
        let phrase = String(text.dropLast(english.count)).trimmingTrailingSpaces()
        return phrase.isEmpty ? count(number) : n(phrase) + " " + count(number)
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
