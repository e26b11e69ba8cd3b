import ArgumentParser
import TIPCharts

/// `--locale TAG`, shared by `render`, `report` and `summary`: the number locale and the
/// catalogue of words a tag selects.
enum LocaleOption {
    /// The number locale of `tag`.
    ///
    /// - Throws: a usage error (exit 64) naming the supported locales.
    static func numbers(_ tag: String) throws -> NumberLocale {
        guard let numbers = NumberLocale(identifier: tag) else {
            throw ValidationError(
                "--locale \(tag) is not supported; use one of "
                    + NumberLocale.all.map(\.identifier).joined(separator: ", ") + ".")
        }
        return numbers
    }

    /// The catalogue of `tag`'s language, English for a language without one (or no tag).
    static func catalogue(_ tag: String?) throws -> Catalogue {
        try Catalogue.matching(tag)
    }
}
