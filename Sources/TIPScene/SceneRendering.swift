/// A backend that turns scenes into file bytes, and measures text with the very fonts it
/// draws with, so a scene laid out with ``textMeasurer`` renders without overlaps.
///
/// The interface is narrow, as in Rust's plotters: a backend knows primitives, never chart
/// types. `TIPCairo`'s `SceneRenderer` is the one shipped; tests can supply a recording one.
///
/// ```swift
/// let renderer = try SceneRenderer()
/// let scene = chart.scene(size: Size(width: 800, height: 500), measurer: renderer.textMeasurer)
/// let png = try renderer.render(scene, as: .png, scale: 2)
/// ```
public protocol SceneRendering: Sendable {
    /// The measurer whose metrics match this renderer's fonts.
    var textMeasurer: any TextMeasurer { get }

    /// The bytes of `scene` in `format`; `scale` multiplies the pixel size of raster output.
    func render(_ scene: Scene, as format: OutputFormat, scale: Double) throws -> [UInt8]

    /// The SVG of `scene` for a page that inlines it among other charts and embeds their
    /// fonts once, with ``pageFontCSS(for:)``.
    func renderSVGForPage(_ scene: Scene) throws -> [UInt8]

    /// The CSS that the SVGs of ``renderSVGForPage(_:)`` for `scenes` need in their page.
    func pageFontCSS(for scenes: [Scene]) throws -> String
}

extension SceneRendering {
    /// By default, the document ``render(_:as:scale:)`` writes.
    public func renderSVGForPage(_ scene: Scene) throws -> [UInt8] { try render(scene, as: .svg, scale: 1) }

    /// By default none: the SVGs carry whatever they need.
    public func pageFontCSS(for scenes: [Scene]) throws -> String { "" }
}
