/// The file formats the renderer writes.
public enum OutputFormat: String, Sendable, CaseIterable, Codable {
    /// Portable Network Graphics: pixels, with a density chunk (72 DPI at scale 1).
    case png
    /// Scalable Vector Graphics, sized in pixels, with a title and description for screen readers.
    case svg
    /// Portable Document Format, one page, sized in points, with embedded font subsets.
    case pdf

    /// The file name extension.
    public var fileExtension: String { rawValue }
}
