import TIPCairo
import TIPScene
import Foundation
import Testing
#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Collects element names and the text of `<title>` and `<desc>`.
final class SVGProbe: NSObject, XMLParserDelegate {
    var elements: [String] = []
    var rootAttributes: [String: String] = [:]
    var texts: [String: String] = [:]
    private var current = ""

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        if elements.isEmpty { rootAttributes = attributes }
        elements.append(name)
        current = name
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if current == "title" || current == "desc" { texts[current, default: ""] += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        current = ""
    }
}

struct VectorOutputTests {
    @Test func svgParsesWithUnitsTitleAndEscapedDescription() throws {
        let scene = try knownScene(title: "Convictions <2006 & 2007>")
        let svg = try SceneRenderer().render(scene, as: .svg)
        let parser = XMLParser(data: Data(svg))
        let probe = SVGProbe()
        parser.delegate = probe
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
        #expect(probe.elements.first == "svg")
        #expect(probe.rootAttributes["width"] == "200px" && probe.rootAttributes["height"] == "100px")
        #expect(probe.texts["title"] == "Convictions <2006 & 2007>")
        #expect(probe.texts["desc"] == "Two bars: 1 and 19.")
        #expect(Array(probe.elements.prefix(3)) == ["svg", "title", "desc"])
    }

    @Test(arguments: [OutputFormat.svg, .pdf, .png])
    func outputDoesNotDependOnEarlierRenders(_ format: OutputFormat) throws {
        let renderer = try SceneRenderer()
        let first = try renderer.render(knownScene(), as: format)
        _ = try renderer.render(knownScene(title: "Other", text: "Другой текст"), as: format)
        _ = try renderer.render(knownScene(text: "x"), as: format)
        let again = try renderer.render(knownScene(), as: format)
        #expect(first == again)
    }

    @Test func pdfHasHeaderAndPageSize() throws {
        let pdf = try SceneRenderer().render(knownScene(), as: .pdf)
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.hasPrefix("%PDF-1."))
        #expect(text.contains("/MediaBox [ 0 0 200 100 ]"))
        #expect(text.hasSuffix("%%EOF\n"))
    }

    /// Draw it two ways and compare: cairo's own PNG against librsvg's rendering of our SVG.
    @Test func svgRendersLikeThePNG() throws {
        let renderer = try SceneRenderer()
        let scene = try knownScene()
        let viaSVG = try rasterizedThroughRSVG(scene, renderer: renderer)
        let direct = try renderer.rasterize(scene)
        let difference = try #require(
            viaSVG.meanAbsoluteDifference(to: direct), "sizes differ: \(viaSVG.width)×\(viaSVG.height)")
        #expect(difference < 2, "mean difference \(difference)")
        #expect(viaSVG.pixel(x: 40, y: 75).distance(to: blue) <= 2)
    }
}
