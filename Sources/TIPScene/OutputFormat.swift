/// The file formats the renderer writes.
public enum OutputFormat: String, Sendable, CaseIterable, Codable {
    case png, svg, pdf

    /// The file name extension.
    public var fileExtension: String { rawValue }
}
