internal import CTIPCairo
import TIPScene
import Foundation

/// The DejaVu Sans faces shipped with the package (see `Fonts/LICENSE-DejaVu.txt`), loaded
/// once per process through FreeType. Output never depends on the machine's fonts.
///
/// The faces live for the whole process: cairo font faces are reference-counted and
/// thread-safe, and cairo serialises its own use of each FreeType face.
final class BundledFonts: @unchecked Sendable {
    let regular: OpaquePointer
    let bold: OpaquePointer
    /// The code points each face maps to a glyph, read from its character map at load time
    /// (so that checks never touch the FreeType face, which cairo uses under its own lock).
    let regularCoverage: Set<UInt32>
    let boldCoverage: Set<UInt32>
    private let library: FT_Library

    /// The process-wide instance, or the error that prevented loading it.
    static let shared: Result<BundledFonts, RenderError> = {
        do throws(RenderError) {
            return .success(try BundledFonts())
        } catch {
            return .failure(error)
        }
    }()

    private init() throws(RenderError) {
        var library: FT_Library?
        let status = FT_Init_FreeType(&library)
        guard status == 0, let library else { throw .font(path: "FreeType", code: status) }
        self.library = library
        (regular, regularCoverage) = try Self.face(named: "DejaVuSans", library: library)
        (bold, boldCoverage) = try Self.face(named: "DejaVuSans-Bold", library: library)
    }

    private static func face(
        named name: String, library: FT_Library
    ) throws(RenderError) -> (OpaquePointer, Set<UInt32>) {
        guard let url = Bundle.module.url(forResource: name, withExtension: "ttf", subdirectory: "Fonts") else {
            throw .font(path: "Fonts/\(name).ttf", code: -1)
        }
        var face: FT_Face?
        let status = FT_New_Face(library, url.path, 0, &face)
        guard status == 0, let face else { throw .font(path: url.path, code: status) }
        var coverage = Set<UInt32>()
        var glyph: FT_UInt = 0
        var code = FT_Get_First_Char(face, &glyph)
        while glyph != 0 {
            coverage.insert(UInt32(truncatingIfNeeded: code))
            code = FT_Get_Next_Char(face, code, &glyph)
        }
        guard let cairoFace = cairo_ft_font_face_create_for_ft_face(face, 0) else {
            throw .cairo(status: "no font face", operation: "loading \(name)")
        }
        let faceStatus = cairo_font_face_status(cairoFace)
        guard faceStatus == CAIRO_STATUS_SUCCESS else {
            throw .cairo(status: String(cString: cairo_status_to_string(faceStatus)), operation: "loading \(name)")
        }
        return (cairoFace, coverage)
    }

    /// Whether the face of `weight` has a glyph for `scalar`.
    func covers(_ scalar: Unicode.Scalar, weight: Font.Weight) -> Bool {
        (weight == .bold ? boldCoverage : regularCoverage).contains(scalar.value)
    }

    func face(for weight: Font.Weight) -> OpaquePointer {
        weight == .bold ? bold : regular
    }

    /// Unhinted outlines and metrics: identical glyph positions in PNG, SVG and PDF, and
    /// identical to what the measurer reports.
    static func makeOptions() -> OpaquePointer? {
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        return options
    }
}
