import TIPCharts
import ArgumentParser

/// The size and pixel scale shared by `render` and `report`.
struct CanvasOptions: ParsableArguments {
    @Option(help: "Canvas width in points.")
    var width: Double = 800

    @Option(help: "Canvas height in points.")
    var height: Double = 500

    @Option(help: "Pixel scale for PNG: 2 writes @2x (144 DPI).")
    var scale: Double = 1

    @Option(help: "PNG compression: fast (default) or smallest (about 10-15 % smaller, slower).")
    var pngCompression: PNGCompression = .fast

    @Option(
        help: ArgumentHelp(
            "Language and number format of the charts: en (default), ru or kk (titles, axes, legends and notes "
                + "translated), or de, fr, ar or hi (numbers only); or a tag such as ru-RU (CLDR patterns: "
                + "\"1 800 %\" in ru). ar-u-nu-arab and hi-u-nu-deva write native digits."))
    var locale: String?

    @Option(
        help: ArgumentHelp(
            "Charts that compare countries on one measure show only the N largest (the subtitle says of how many)."),
        transform: { text in
            guard let n = Int(text), n >= 1 else {
                throw ValidationError("--top '\(text)' should be a whole number ≥ 1.")
            }
            return n
        })
    var top: Int?

    @Option(help: "The report edition the tier map draws, such as 2015 (default: the latest).")
    var edition: Int?

    // Read as text and checked in `mapProjection()`: an enum-typed option made valgrind report
    // uninitialised reads in the Swift runtime's metadata set-up for ArgumentParser's values.
    @Option(help: "The projection of maps: equalEarth (area-true, the default), robinson or equirectangular.")
    var projection: String?

    /// The projection `--projection` names, Equal Earth by default.
    func mapProjection() throws -> Projection {
        guard let projection else { return .equalEarth }
        guard let known = Projection(rawValue: projection) else {
            throw ValidationError(
                "--projection '\(projection)' is not a projection; expected "
                    + Projection.allCases.map(\.rawValue).joined(separator: ", ") + ".")
        }
        return known
    }

    // Read as text and checked in `svgTextMode()`, as --projection is.
    @Option(
        help: ArgumentHelp(
            "How SVG files draw text: text (the default: <text> in embedded font subsets, selectable and "
                + "editable) or paths (every glyph an outline, for viewers without web fonts).",
            valueName: "text|paths"))
    var svgText: String?

    /// The SVG text mode `--svg-text` names, `<text>` by default.
    func svgTextMode() throws -> SceneRenderer.SVGText {
        guard let svgText else { return .text }
        guard let known = SceneRenderer.SVGText(rawValue: svgText) else {
            throw ValidationError("--svg-text '\(svgText)' should be text or paths.")
        }
        return known
    }

    @Option(
        help: ArgumentHelp(
            "The order of a breakdown's categories, as DIMENSION=A,B,C (age_group=0-17,18-24,25+); repeatable. "
                + "Without it, age bands and tiers take their natural order and other parts go largest first.",
            valueName: "dimension=categories"))
    var order: [String] = []

    var size: Size { Size(width: width, height: height) }

    /// The standard theme with the chosen number locale.
    func theme() throws -> Theme {
        var theme = Theme.standard
        theme.numberLocale = try locale.map(LocaleOption.numbers)
        return theme
    }

    /// The catalogue of the chosen language, or English when the language has none (numbers
    /// still follow the locale).
    func catalogue() throws -> Catalogue {
        try LocaleOption.catalogue(locale)
    }

    /// The chart set of `dataset` in the chosen language and number format, with `--top`,
    /// `--order` and the periods asked for.
    func chartSet(_ dataset: Dataset, periods: PeriodOptions) throws -> ChartSet {
        var set = ChartSet(dataset, catalogue: try catalogue(), numberLocale: try theme().numberLocale)
        set.top = top
        set.edition = edition
        set.projection = try mapProjection()
        set.periods = periods.period
        set.periodStatistic = periods.periodStatistic
        for text in order {
            let (dimension, categories) = try dimensionList(text, option: "--order", example: "age_group=0-17,18+")
            set.categoryOrder[dimension] = categories
        }
        return set
    }

    /// The Cairo renderer with these options. The tool draws no other text, so the
    /// renderer's fonts become fontconfig's default, which saves reading the system's.
    func renderer() throws -> SceneRenderer {
        try SceneRenderer.useFontsProcessWide()
        var renderer = try SceneRenderer(svgText: try svgTextMode())
        renderer.pngCompression = pngCompression
        return renderer
    }

    func validate() throws {
        try Self.check(size, origin: "--width must be 200-10000 and --height 150-10000 points")
        guard scale >= 0.25, scale <= 8 else { throw ValidationError("--scale must be 0.25-8, got \(scale).") }
        _ = try theme()
        _ = try mapProjection()
        _ = try svgTextMode()
    }

    /// The one rule for canvas sizes, from options or from a spec's `size`: a usage error (64) otherwise.
    static func check(_ size: Size, origin: String) throws {
        let (w, h) = (size.width, size.height)
        guard w >= 200, h >= 150, w <= 10_000, h <= 10_000 else {
            throw ValidationError("\(origin), got \(w)×\(h).")
        }
    }
}

extension PNGCompression: ExpressibleByArgument {}
