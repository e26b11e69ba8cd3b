import Foundation
import TIPCairo
import TIPLayout
import TIPScene
import TIPStatistics
import Testing
@testable import TIPData
@testable import TIPReports

/// The chart catalogues: complete, consistent with English, and used for every word the
/// report's charts draw.
struct CatalogueTests {
    static let translations = ["ru", "kk"]
    static let locales: [String: NumberLocale] = ["en": .english, "ru": .russian, "kk": .kazakh]

    static func catalogue(_ language: String) throws -> Catalogue {
        try Catalogue(language: language)
    }

    @Test(arguments: translations)
    func everyTranslationHasEveryKeyWithTheSamePlaceholders(_ language: String) throws {
        let english = try Self.catalogue("en").placeholders
        let translated = try Self.catalogue(language).placeholders
        #expect(Set(translated.keys) == Set(english.keys))
        for (key, fields) in english {
            #expect(translated[key] == fields, "\(language): \(key)")
        }
    }

    /// Every text run of every chart, in `language`, for the embedded data and the
    /// five-country compilation fixture.
    static func texts(_ language: String) throws -> [(chart: String, text: String)] {
        let catalogue = try Self.catalogue(language)
        let measurer = try CairoTextMeasurer()
        var theme = Theme.standard
        theme.numberLocale = locales[language]
        var texts: [(String, String)] = []
        for dataset in [Dataset.kazakhstan2008, CompilationFixtureTests.dataset] {
            let set = ChartSet(dataset, catalogue: catalogue, numberLocale: theme.numberLocale)
            for entry in set.reportCharts() {
                let scene = entry.chart.scene(size: Size(width: 800, height: 500), theme: theme, measurer: measurer)
                texts += scene.textRuns.map { (entry.name, $0.text) }
            }
        }
        return texts
    }

    @Test(arguments: ["en"] + translations)
    func noTemplateKeyOrPlaceholderIsLeftInAChart(_ language: String) throws {
        let keys = try Self.catalogue("en").placeholders.keys
        for (chart, text) in try Self.texts(language) {
            #expect(!text.contains("{") && !text.contains("}"), "\(language) \(chart): \(text)")
            #expect(!keys.contains(text), "\(language) \(chart): untranslated key \(text)")
        }
    }

    /// In Russian and Kazakh, the embedded report's charts have no English word left but the
    /// cited publications (their titles are not translated) and the report's name, TIP.
    @Test(arguments: translations)
    func theEmbeddedReportIsWhollyTranslated(_ language: String) throws {
        let catalogue = try Self.catalogue(language)
        let set = ChartSet(.kazakhstan2008, catalogue: catalogue, numberLocale: Self.locales[language])
        var theme = Theme.standard
        theme.numberLocale = Self.locales[language]
        let measurer = try CairoTextMeasurer()
        let sourcePrefix = catalogue.text("source.one", ["citations": ""]).prefix(4)
        for entry in set.reportCharts() {
            let scene = entry.chart.scene(size: Size(width: 800, height: 500), theme: theme, measurer: measurer)
            #expect(scene.layoutProblems().isEmpty, "\(language) \(entry.name): \(scene.layoutProblems())")
            for run in scene.textRuns where !run.text.hasPrefix(sourcePrefix) {
                let latin = run.text.split { !$0.isLetter }.filter { word in
                    word.unicodeScalars.contains { $0.isASCII } && !["TIP", "n"].contains(word)
                }
                #expect(latin.isEmpty, "\(language) \(entry.name): '\(run.text)'")
            }
        }
    }

    @Test func russianChartsUseCasesAndLocaleNumbers() throws {
        let set = ChartSet(.kazakhstan2008, catalogue: try Self.catalogue("ru"), numberLocale: .russian)
        let routes = try #require(set.chart(named: "routes"))
        #expect(routes.text.title == "Казахстан: маршруты торговли людьми по данным 2008 года")
        let flow = try #require(routes as? FlowDiagram)
        #expect(flow.groups.contains("Вывезены дальше из Казахстана (транзит)"))
        #expect(flow.centerNote == "Также торговля людьми внутри Казахстана.")
        let funding = try #require(set.chart(named: "funding-bars"))
        #expect(funding.text.title == "Казахстан: финансирование по целям, 2007")
        #expect(funding.dataTable.rows.first?.last == "почти 35\u{A0}000\u{A0}$")
        let sentences = try #require(set.chart(named: "sentences"))
        let labels = sentences.scene(size: Size(width: 800, height: 500), measurer: ApproximateTextMeasurer())
            .textRuns.map(\.text)
        #expect(labels.contains("Среднее: 6,8 года") && labels.contains("Медиана: 7,0 года"))
        let kazakh = ChartSet(.kazakhstan2008, catalogue: try Self.catalogue("kk"), numberLocale: .kazakh)
        let kkRoutes = try #require(kazakh.chart(named: "routes") as? FlowDiagram)
        #expect(kkRoutes.groups.first == "Қазақстанға әкелінгендер")
    }

    @Test func englishIsTheDefaultAndUnchanged() throws {
        let set = ChartSet(.kazakhstan2008)
        #expect(set.catalogue == Catalogue.english)
        #expect(set.chart(named: "routes")?.text.title == "Kazakhstan: trafficking routes reported in 2008")
        #expect(
            set.chart(named: "law-enforcement")?.text.title
                == "Kazakhstan: anti-trafficking law enforcement, 2006 vs 2007")
    }

    @Test func templatesFillNamesCasesAndKeepUnknownFields() {
        let catalogue = Catalogue(
            language: "xx", templates: ["a": "{country@genitive} / {country} / {missing} / {n}"],
            names: ["Kazakhstan": "K", "Kazakhstan@genitive": "K-gen"])
        #expect(catalogue.text("a", ["country": "Kazakhstan", "n": "3"]) == "K-gen / K / {missing} / 3")
        #expect(catalogue.text("a", ["country": "Chad", "n": "3"]) == "Chad / Chad / {missing} / 3")
        // A key the catalogue lacks comes from English; one English lacks is shown as itself.
        #expect(catalogue.text("shares.subtitle") == "Shares of the total")
        #expect(catalogue.text("no.such.key") == "no.such.key")
        #expect(catalogue.text("a", [:]) == "{country@genitive} / {country} / {missing} / {n}")
        let unclosed = Catalogue(language: "xx", templates: ["b": "{open and } and {"], names: [:])
        #expect(unclosed.text("b", ["open and ": "x"]) == "x and {")
    }

    @Test func badCataloguesNameTheFileOrLanguage() throws {
        #expect(throws: CatalogueError(file: nil, reason: "no catalogue for the language 'de'")) {
            try Catalogue(language: "de")
        }
        #expect(try Catalogue(language: "ru-RU").language == "ru")
        #expect(try Catalogue(language: "kk_KZ").language == "kk")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("catalogue-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("xx.json")
        try Data(#"{"language": "xx", "templates": {"a": 3}, "names": {}}"#.utf8).write(to: bad)
        #expect {
            try Catalogue(contentsOf: bad)
        } throws: { error in
            (error as? CatalogueError)?.file == bad.path
        }
    }

    /// A count of one takes the key's singular form ("1 country", not "1 countries").
    @Test func aCountOfOneIsSingular() {
        let english = Catalogue.english
        #expect(english.text("count.countries", ["count": "1"]) == "1 country")
        #expect(english.text("count.countries", ["count": "2"]) == "2 countries")
        #expect(
            english.text("changes.withoutYears", ["count": "1"]) == "; 1 country without both years is in the summary")
        #expect(english.text("count.countries", ["count": "11"]) == "11 countries")
    }
}

/// The summary in Russian and Kazakh: headings, tables, notes and numbers; CSV and JSON
/// stay locale-free.
struct TranslatedSummaryTests {
    static let allowedLatin: Set<String> = [
        "TIP", "n", "p", "USD", "CSV", "JSON", "SVG", "PDF", "NA", "R", "type", "NumPy", "linear",
    ]

    @Test(arguments: CatalogueTests.translations)
    func markdownAndTextHaveNoEnglishButSourcesAndTechnicalNames(_ language: String) throws {
        let summary = SummaryReport(.kazakhstan2008)
        let catalogue = try Catalogue(language: language)
        let locale = CatalogueTests.locales[language]
        for document in [
            summary.markdown(catalogue: catalogue, locale: locale), summary.text(catalogue: catalogue, locale: locale),
        ] {
            for line in document.split(separator: "\n") where !line.contains("] U") && !line.contains("] United") {
                let latin = line.split { !$0.isLetter }.filter { word in
                    word.unicodeScalars.contains { $0.isASCII } && !Self.allowedLatin.contains(String(word))
                }
                #expect(latin.isEmpty, "\(language): '\(line)'")
            }
        }
    }

    @Test func russianNumbersFollowCLDR() throws {
        let markdown = SummaryReport(.kazakhstan2008).markdown(
            catalogue: try Catalogue(language: "ru"), locale: .russian)
        #expect(
            markdown.contains(
                "| Обвинительные приговоры | 2006 | 2007 | 1 | 19 | +18 | +1\u{A0}800,00\u{A0}% | 19,00 |"))
        #expect(markdown.contains("| помощь жертвам | почти 35\u{A0}000 | н/д |"))
        #expect(markdown.contains("| Квантиль p = 0,25 | 5,5000 |"))
        #expect(markdown.contains("Самый длинный срок (12 г.) не превышает максимального наказания (15 г.)."))
    }

    /// A missing year in the five-country fixture prints in the summary's language, and the
    /// shares are the rows' rounded shares in the locale.
    @Test func missingEndsAndSharesAreTranslatedToo() throws {
        let summary = SummaryReport(CompilationFixtureTests.dataset)
        let russian = summary.markdown(catalogue: try Catalogue(language: "ru"), locale: .russian)
        #expect(russian.contains("| 21 | нет данных |") && !russian.contains("| missing |"))
        #expect(summary.markdown().contains("| 21 | missing |"))
        let embedded = SummaryReport(.kazakhstan2008).markdown(
            catalogue: try Catalogue(language: "kk"), locale: .kazakh)
        #expect(embedded.contains("| 87 | 77,7% |") && embedded.contains("| 112 | 100,0% |"))
    }

    @Test func localeTagsWithoutACatalogueGetEnglish() throws {
        #expect(try Catalogue.matching(nil) == .english)
        #expect(try Catalogue.matching("de-DE") == .english)
        #expect(try Catalogue.matching("ar-u-nu-arab") == .english)
        #expect(try Catalogue.matching("kk_KZ").language == "kk")
    }

    @Test(arguments: CatalogueTests.translations)
    func csvAndJSONAreLocaleFree(_ language: String) throws {
        let summary = SummaryReport(.kazakhstan2008)
        let catalogue = try Catalogue(language: language)
        for format in [SummaryFormat.csv, .json] {
            #expect(
                try summary.rendered(as: format, catalogue: catalogue, locale: CatalogueTests.locales[language])
                    == summary.rendered(as: format))
        }
    }

    @Test func englishIsUnchangedByTheCatalogue() throws {
        let summary = SummaryReport(.kazakhstan2008)
        #expect(try summary.rendered(as: .markdown) == summary.markdown(catalogue: .english, locale: nil))
        let markdown = summary.markdown()
        #expect(markdown.contains("| Convictions | 2006 | 2007 | 1 | 19 | +18 | +1,800.00% | 19.00 |"))
        #expect(
            markdown.contains("- **info**: The longest sentence (12 years) is within the maximum penalty of 15 years."))
    }

    @Test func theHTMLPageIsInTheCataloguesLanguage() throws {
        let report = try ChartReport(
            catalogue: try Catalogue(language: "kk"),
            theme: {
                var theme = Theme.standard; theme.numberLocale = .kazakh; return theme
            }())
        let page = HTMLReport(
            summary: try #require(report.summary), charts: [], catalogue: report.catalogue, locale: .kazakh
        ).html()
        #expect(page.contains("<html lang=\"kk\">"))
        #expect(page.contains("<title>TIP жиынтығы: Қазақстан</title>"))
        #expect(page.contains("Сәйкестік туралы ескертпелер"))
        #expect(report.markdown().contains("## Графиктер"))
    }

    @Test func sourceListsAreFoundInEveryLanguage() {
        let sources = (1...6).map { SourceEntry(reference: $0, citation: "Publication \($0)", publication: nil) }
        for line in [
            "Sources: 5 publications, listed in the summary as [1–3, 5, 6].",
            "Источники: 5 публ. из списка в сводке: [1–3, 5, 6].",
            "Дереккөздер: жиынтық есептегі тізімнен 5 жарияланым: [1–3, 5, 6].",
        ] {
            #expect(HTMLReport.references(in: line, sources: sources) == [1, 2, 3, 5, 6], "\(line)")
        }
        #expect(HTMLReport.references(in: "Source: Publication 4 [draft].", sources: sources) == [4])
    }

}
