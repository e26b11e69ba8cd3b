import Foundation
import TIPLayout
import TIPStatistics

/// One self-contained HTML page: the summary tables, every chart as inline SVG with a
/// caption that links its sources and its data table, the consistency notes and the
/// numbered source list. No script, no external file, no font fetched: a
/// Content-Security-Policy forbids them. The same input gives the same bytes.
///
/// Accessibility: `<html lang>`, one `<h1>` then headings in order, each chart a `<figure>`
/// whose SVG is `role="img"` named by its `<title>` and described by its `<desc>`, and a
/// data table of the values each chart draws.
public struct HTMLReport: Sendable {
    /// A chart with its SVG document.
    public struct Chart: Sendable {
        /// The chart's name, unique in the report (its file name without extension).
        public let name: String
        /// The chart.
        public let chart: any TIPLayout.Chart
        /// The SVG the renderer wrote for it at the report's size.
        public let svg: String
        /// The same chart laid out for a phone's width (400 × 300 points), shown on narrow
        /// screens instead of shrinking the wide one until its text cannot be read.
        public let narrowSVG: String?

        /// A chart named `name` drawn as `svg`, and as `narrowSVG` for narrow screens.
        public init(name: String, chart: any TIPLayout.Chart, svg: String, narrowSVG: String? = nil) {
            self.name = name
            self.chart = chart
            self.svg = svg
            self.narrowSVG = narrowSVG
        }
    }

    /// The summary whose tables, notes and sources the page shows.
    public let summary: SummaryReport
    /// The charts, in order.
    public let charts: [Chart]
    /// The page's language (BCP 47): the catalogue's by default.
    public let language: String
    /// The page's words and numbers.
    let words: SummaryWords
    /// The charts' fonts, as `@font-face` rules with data URIs.
    public let fontCSS: String

    /// A page of `summary` and `charts`, in the words of `catalogue` with numbers in `locale`
    /// (English by default).
    ///
    /// - Parameter fontCSS: the `@font-face` rules the charts' SVGs need, embedded once for the
    ///   page (`SceneRenderer.pageFontCSS(for:)`); empty when the SVGs carry their own fonts.
    public init(
        summary: SummaryReport, charts: [Chart], language: String? = nil, catalogue: Catalogue = .english,
        locale: NumberLocale? = nil, fontCSS: String = ""
    ) {
        self.summary = summary
        self.charts = charts
        self.fontCSS = fontCSS
        self.language = language ?? catalogue.language
        words = SummaryWords(catalogue: catalogue, locale: locale)
    }

    /// The page.
    ///
    /// - Complexity: O(n) in the size of the SVGs and tables.
    public func html() -> String {
        let w = words
        var body: [String] = []
        body.append("<header>\n<h1>\(htmlEscaped(w.t("summary.title", ["subject": summary.subject])))</h1>")
        body.append("<p>\(htmlEscaped(w.t("summary.data", ["origin": summary.origin])))</p>")
        if summary.countries.count > 1 {
            let names = summary.countries.map(w.n).joined(separator: ", ")
            body.append("<p>\(htmlEscaped(w.t("summary.countries", ["list": names])))</p>")
        }
        if !summary.aggregates.isEmpty {
            let names = summary.aggregates.map(w.n).joined(separator: ", ")
            body.append("<p>\(htmlEscaped(w.t("summary.aggregatesNotCountries", ["list": names])))</p>")
        }
        body.append("</header>")
        body.append(contents())
        body.append("<main>")
        body.append(summarySection())
        body.append(chartsSection())
        body.append(notesSection())
        body.append(dataSection())
        body.append(sourcesSection())
        body.append("</main>")
        return """
            <!DOCTYPE html>
            <html lang="\(htmlEscaped(language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="\(Self.contentSecurityPolicy)">
            <title>\(htmlEscaped(w.t("summary.title", ["subject": summary.subject])))</title>
            <style>
            \(Self.style)\(fontCSS.isEmpty ? "" : "\n" + Self.cssSafe(fontCSS))
            </style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    /// `css` that cannot close the page's `<style>` element (no `<`: the rules are
    /// family names and base64).
    static func cssSafe(_ css: String) -> String { css.replacingOccurrences(of: "<", with: "\\3C ") }

    /// No script, no network: styles, images and fonts only from the page itself.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; script-src 'none'; "
        + "object-src 'none'; "
        + "base-uri 'none'; form-action 'none'"

    /// Colours meet WCAG AA on white: text #1a1a1a (17:1), muted #4a4a4a (8.9:1), links #0b57a4 (7:1).
    static let style = """
        :root { color-scheme: light; }
        body { font-family: "DejaVu Sans", Verdana, sans-serif; color: #1a1a1a; background: #fff; line-height: 1.5;
          max-width: 64rem; margin: 0 auto; padding: 1rem; overflow-wrap: anywhere; }
        h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; margin-top: 2.5rem; } h3 { font-size: 1.05rem; }
        a { color: #0b57a4; }
        .table-wrap { overflow-x: auto; max-width: 100%; margin: .5rem 0 1rem; }
        .table-wrap:focus { outline: 2px solid #0b57a4; }
        table { border-collapse: collapse; font-size: .9rem; }
        caption { text-align: left; font-weight: bold; padding: .25rem 0; }
        th, td { padding: .25rem .6rem; border-bottom: 1px solid #d0d0d0; text-align: left; vertical-align: top;
          overflow-wrap: normal; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        figure { margin: 2rem 0; break-inside: avoid; page-break-inside: avoid; }
        svg.chart { display: block; width: 100%; height: auto; max-width: 800px; }
        svg.narrow { display: none; max-width: 480px; }
        @media screen and (max-width: 600px) { svg.wide { display: none; } svg.narrow { display: block; } }
        figcaption { font-size: .9rem; color: #4a4a4a; margin-top: .5rem; }
        .figure-number { font-size: .8rem; color: #4a4a4a; margin: 0 0 .25rem; }
        .notes li { margin: .25rem 0; }
        @media print {
          body { max-width: none; padding: 0; }
          nav { display: none; }
          figure, table, .table-wrap { break-inside: avoid; page-break-inside: avoid; }
          h2, h3 { break-after: avoid; page-break-after: avoid; }
          #sources { break-before: page; page-break-before: always; }
          a { color: inherit; text-decoration: none; }
          .table-wrap { overflow: visible; }
        }
        """

    private func contents() -> String {
        let w = words
        var items = [
            "<li><a href=\"#summary\">\(htmlEscaped(w.t("html.summaryTables")))</a></li>",
            "<li><a href=\"#charts\">\(htmlEscaped(w.t("html.charts")))</a>\n<ol>"
                + charts.map { "<li><a href=\"#chart-\(id($0.name))\">\(htmlEscaped($0.chart.text.title))</a></li>" }
                .joined(separator: "\n") + "</ol></li>",
            "<li><a href=\"#notes\">\(htmlEscaped(w.t("summary.notes")))</a></li>",
            "<li><a href=\"#data\">\(htmlEscaped(w.t("html.chartData")))</a></li>",
            "<li><a href=\"#sources\">\(htmlEscaped(w.t("summary.sources")))</a></li>",
        ]
        if charts.isEmpty { items.remove(at: 1) }
        return "<nav aria-labelledby=\"contents-heading\">\n<h2 id=\"contents-heading\">"
            + htmlEscaped(w.t("html.contents")) + "</h2>\n<ol>\n"
            + items.joined(separator: "\n") + "\n</ol>\n</nav>"
    }

    private func summarySection() -> String {
        let w = words
        func h3(_ text: String) -> String { "<h3>\(htmlEscaped(text))</h3>" }
        func p(_ text: String) -> String { "<p>\(htmlEscaped(text))</p>" }
        var out = [
            "<section id=\"summary\" aria-labelledby=\"summary-heading\">",
            "<h2 id=\"summary-heading\">\(htmlEscaped(w.t("html.summaryTables")))</h2>",
        ]
        let change = w.t("summary.yearOverYear")
        out.append(h3(change))
        if summary.yearOverYear.isEmpty {
            out.append(p(w.t("summary.noConsecutiveYears")))
        } else if summary.yearOverYear.count > Self.changeRowLimit {
            // A world of series: each one's latest change, not every pair of years.
            let latest = summary.latestYearOverYear
            out.append(
                p(
                    w.t(
                        "html.latestChangesOnly",
                        ["shown": w.count(Double(latest.count)), "total": w.count(Double(summary.yearOverYear.count))]))
            )
            out.append(summary.yearOverYearTable(w, rows: latest).html(caption: change))
        } else {
            out.append(summary.yearOverYearTable(w).html(caption: change))
        }
        out.append(p(w.t("summary.roundingNote")))
        let statistics = w.t("summary.statistics")
        out.append(h3(statistics))
        out.append(p(w.t("summary.statisticsNote")))
        out.append(summary.statisticsTable(w).html(caption: statistics))
        for b in summary.breakdowns {
            out.append(h3(summary.heading(b, w)))
            out.append(summary.breakdownTable(b, w).html(caption: summary.heading(b, w)))
            if let note = summary.sharesNote(b, w) { out.append(p(note)) }
        }
        if !summary.tiers.isEmpty {
            out.append(h3(w.t("summary.tiers")))
            out.append(summary.tierTable(w).html(caption: w.t("summary.tiers")))
        }
        if !summary.revisions.isEmpty {
            out.append(h3(w.t("summary.revisionsHeading")))
            out.append(p(w.t("summary.revisionsNote")))
            out.append(summary.revisionTable(w).html(caption: w.t("summary.revisionsHeading")))
        }
        for s in summary.sentences {
            out.append(h3(w.t("summary.sentenceHeading", ["country": s.country])))
            out.append(p(w.t("summary.quantiles", ["method": summary.quantileMethod.name])))
            out.append(
                summary.sentenceStatisticsTable(s, w).html(
                    caption: w.t("html.sentenceStatistics", ["country": s.country])))
            out.append(
                summary.sentenceFrequencyTable(s, w).html(caption: w.t("summary.frequencyOf", ["country": s.country])))
        }
        out.append("</section>")
        return out.joined(separator: "\n")
    }

    private func chartsSection() -> String {
        guard !charts.isEmpty else { return "" }
        let w = words
        var out = [
            "<section id=\"charts\" aria-labelledby=\"charts-heading\">",
            "<h2 id=\"charts-heading\">\(htmlEscaped(w.t("html.charts")))</h2>",
        ]
        for (index, chart) in charts.enumerated() {
            let key = id(chart.name)
            let references = Self.references(in: chart.chart.text.source ?? "", sources: summary.sources)
            let sourceLinks = references.map { "<a href=\"#source-\($0)\">[\($0)]</a>" }.joined(separator: " ")
            // "Figure N" above and in the caption: a printed page shows both, or the figure was split.
            out.append("<figure id=\"chart-\(key)\">")
            let figure = htmlEscaped(w.t("html.figure", ["number": String(index + 1)]))
            out.append("<p class=\"figure-number\" aria-hidden=\"true\">\(figure)</p>")
            out.append(Self.inline(chart.svg, prefix: "c\(index + 1)", variant: chart.narrowSVG == nil ? nil : "wide"))
            if let narrow = chart.narrowSVG {
                out.append(Self.inline(narrow, prefix: "n\(index + 1)", variant: "narrow"))
            }
            out.append(
                "<figcaption>\(figure). \(htmlEscaped(chart.chart.text.title)). "
                    + "<a href=\"#data-\(key)\">\(htmlEscaped(w.t("html.dataTable")))</a>"
                    + (sourceLinks.isEmpty ? "." : ". \(htmlEscaped(w.t("summary.sources"))): \(sourceLinks)")
                    + "</figcaption>")
            out.append("</figure>")
        }
        out.append("</section>")
        return out.joined(separator: "\n")
    }

    private func notesSection() -> String {
        let w = words
        let items =
            summary.notes.isEmpty
            ? ["<li>\(htmlEscaped(w.t("summary.none").capitalizedFirst)).</li>"]
            : summary.notes.prefix(Self.noteLimit).map {
                "<li><strong>\(htmlEscaped(w.t("severity." + $0.severity.rawValue)))</strong>: "
                    + "\(htmlEscaped(w.note($0)))</li>"
            }
        let list = items.joined(separator: "\n")
        let more = summary.notes.count - Self.noteLimit
        let rest = more > 0 ? "\n<p>\(htmlEscaped(w.t("html.moreNotes", ["count": w.count(Double(more))])))</p>" : ""
        return "<section id=\"notes\" aria-labelledby=\"notes-heading\">\n"
            + "<h2 id=\"notes-heading\">\(htmlEscaped(w.t("summary.notes")))</h2>\n"
            + "<ul class=\"notes\">\n\(list)\n</ul>\(rest)\n</section>"
    }

    /// Beyond this many year-over-year changes (a world of series), the page lists each
    /// series' latest change; the summary files list all of them.
    public static let changeRowLimit = 400

    /// The most consistency notes the page lists; it says how many more the summary has.
    public static let noteLimit = 100

    private func dataSection() -> String {
        let w = words
        var out = [
            "<section id=\"data\" aria-labelledby=\"data-heading\">",
            "<h2 id=\"data-heading\">\(htmlEscaped(w.t("html.chartData")))</h2>",
        ]
        for chart in charts {
            let key = id(chart.name)
            let data = chart.chart.dataTable
            out.append("<h3 id=\"data-\(key)\">\(htmlEscaped(chart.chart.text.title))</h3>")
            if data.headers.isEmpty {
                out.append("<p>\(htmlEscaped(w.t("html.noValues")))</p>")
            } else {
                let table = Table(
                    headers: data.headers.map(w.n),
                    alignments: [.left] + Array(repeating: .right, count: max(0, data.headers.count - 1)),
                    rows: data.rows)
                out.append(table.html(caption: w.t("html.valuesOf", ["title": chart.chart.text.title])))
            }
            out.append("<p><a href=\"#chart-\(key)\">\(htmlEscaped(w.t("html.backToChart")))</a></p>")
        }
        out.append("</section>")
        return out.joined(separator: "\n")
    }

    private func sourcesSection() -> String {
        let items = summary.sources.map { source in
            "<li id=\"source-\(source.reference)\">\(htmlEscaped(source.citation))"
                + (source.published.map { " (\(htmlEscaped($0)))" } ?? "") + "</li>"
        }
        let w = words
        return "<section id=\"sources\" aria-labelledby=\"sources-heading\">\n<h2 id=\"sources-heading\">"
            + htmlEscaped(w.t("summary.sources")) + "</h2>\n"
            + (items.isEmpty
                ? "<p>\(htmlEscaped(w.t("html.noSources")))</p>" : "<ol>\n\(items.joined(separator: "\n"))\n</ol>")
            + "\n</section>"
    }

    /// A fragment identifier from a chart name: letters, digits and "-".
    private func id(_ name: String) -> String {
        String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
    }
}
