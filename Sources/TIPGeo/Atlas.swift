/// The countries a map can draw, looked up by ISO 3166-1 alpha-3 code.
///
/// ``naturalEarth`` is the one embedded: Natural Earth's admin-0 countries at 1:110m (public
/// domain; its de facto boundaries, with geopandas' correction that draws Crimea as
/// Ukraine's) and its tiny-countries points for the states too small for that scale.
/// `Scripts/make-world-boundaries.py` says where the files came from and writes them again.
public struct Atlas: Sendable {
    /// Every shape, outlines first, then points, each group in code order.
    public let shapes: [GeoShape]
    private let index: [String: Int]
    private let nameIndex: [String: Int]

    /// An atlas of `shapes`; a code given twice keeps its first shape.
    ///
    /// - Complexity: O(n).
    public init(shapes: [GeoShape]) {
        let ordered = shapes.filter { $0.point == nil } + shapes.filter { $0.point != nil }
        self.shapes = ordered
        var index: [String: Int] = [:]
        for (i, shape) in ordered.enumerated() where index[shape.code] == nil { index[shape.code] = i }
        self.index = index
        var names: [String: Int] = [:]
        for (i, shape) in ordered.enumerated() where names[shape.name.lowercased()] == nil {
            names[shape.name.lowercased()] = i
        }
        self.nameIndex = names
    }

    /// The shape of `key`: an alpha-3 code in any case, else the atlas's name of a country
    /// in any case ("kazakhstan"); nil when neither matches. Other names and aliases
    /// (Burma, Türkiye) are the country table's to resolve to a code first.
    ///
    /// - Complexity: O(length of `key`).
    public func shape(matching key: String) -> GeoShape? {
        let trimmed = String(key.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
        if trimmed.utf8.count == 3, let i = index[trimmed.uppercased()] { return shapes[i] }
        return nameIndex[trimmed.lowercased()].map { shapes[$0] }
    }

    /// The shape of `code` (ISO alpha-3, upper case), or nil when the atlas has none.
    ///
    /// - Complexity: O(1).
    public func shape(code: String) -> GeoShape? { index[code].map { shapes[$0] } }

    /// The words a map's source line gives for this atlas.
    public static let naturalEarthCredit =
        "Boundaries: Natural Earth 1:110m (de facto, Crimea as Ukraine)"

    /// The embedded Natural Earth atlas, parsed once on first use.
    ///
    /// - Complexity: O(points) the first time (about 11,000), O(1) after.
    public static let naturalEarth: Atlas = Atlas(shapes: parseAtlasText(naturalEarthAdmin0))
}

/// The shapes of the generated text: a line per shape, `CODE<TAB>Name<TAB>geometry`, the
/// geometry rings of `lon,lat` hundredths of a degree separated by `|`, or `@lon,lat`; a
/// line starting with `+` continues the one before.
/// A line that does not fit is skipped (the text is generated and checked by a test).
///
/// - Complexity: O(n) in the text's length.
func parseAtlasText(_ text: String) -> [GeoShape] {
    var lines: [String] = []
    for piece in text.split(separator: "\n") {
        if piece.first == "+", !lines.isEmpty {
            lines[lines.count - 1] += piece.dropFirst()
        } else {
            lines.append(String(piece))
        }
    }
    return lines.compactMap { line -> GeoShape? in
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count == 3 else { return nil }
        let code = String(fields[0]), name = String(fields[1]), geometry = fields[2]
        func point(_ pair: Substring) -> GeoPoint? {
            let parts = pair.split(separator: ",")
            guard parts.count == 2, let x = Int(parts[0]), let y = Int(parts[1]) else { return nil }
            return GeoPoint(longitude: Double(x) / 100, latitude: Double(y) / 100)
        }
        if geometry.first == "@" {
            return point(geometry.dropFirst()).map { GeoShape(code: code, name: name, point: $0) }
        }
        let rings = geometry.split(separator: "|").map { ring in ring.split(separator: " ").compactMap(point) }
        return GeoShape(code: code, name: name, rings: rings.filter { $0.count >= 3 })
    }
}
