import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The text of an SVG document's `<text>` elements, as a reader selecting them would get it.
public enum SVGTextContent {
    /// Each `<text>` element's character data (its `<tspan>`s joined), in document order.
    ///
    /// - Throws: ``ParseError`` when the document is not well-formed XML.
    /// - Complexity: O(n) in the size of the document.
    public static func lines(in svg: [UInt8]) throws -> [String] {
        let parser = XMLParser(data: Data(svg))
        let collector = Collector()
        parser.delegate = collector
        guard parser.parse() else { throw ParseError(reason: parser.parserError.map { "\($0)" } ?? "unknown") }
        return collector.lines
    }

    /// The document is not well-formed XML.
    public struct ParseError: Error, CustomStringConvertible {
        /// What the parser said.
        public let reason: String
        /// "not well-formed XML: …".
        public var description: String { "not well-formed XML: \(reason)" }
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var lines: [String] = []
        private var depth = 0
        private var current = ""

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String]
        ) {
            if name == "text" {
                depth += 1
                current = ""
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if depth > 0 { current += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "text" {
                depth -= 1
                lines.append(current)
            }
        }
    }
}
