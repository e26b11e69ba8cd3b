/// Why a scene could not be rendered or written.
public enum RenderError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Cairo reported `status` (its own message) during `operation`.
    case cairo(status: String, operation: String)
    /// fontconfig or Pango could not load the font at `path`.
    case font(path: String, code: Int32)
    /// The canvas size is not positive and finite, or too large for an image surface.
    case invalidSize(width: Double, height: Double, scale: Double)
    /// Writing the output failed.
    case io(path: String, reason: String)
    /// A coordinate, size or font in the scene is not finite or too large for cairo.
    case unrenderableScene(reason: String)

    public var description: String {
        switch self {
        case let .cairo(status, operation): "cairo error during \(operation): \(status)"
        case let .font(path, code): "could not load the font \(path) (error \(code))"
        case let .invalidSize(w, h, s):
            "cannot render a \(w)×\(h) canvas at scale \(s): sizes must be positive, finite and at most 32,767 pixels"
        case let .io(path, reason): "could not write \(path): \(reason)"
        case let .unrenderableScene(reason): "cannot draw the chart: \(reason)"
        }
    }
}
