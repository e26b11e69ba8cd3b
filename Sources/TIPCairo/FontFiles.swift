import Foundation

/// The font files text is set in, and nothing else: the machine's own fonts are never seen.
///
/// - DejaVu Sans (regular and bold) ships inside the package (`Fonts/`, with its licence).
///   It covers Latin, Cyrillic (Russian and Kazakh), Greek, Arabic, Persian and Hebrew.
/// - Scripts DejaVu Sans lacks fall back to Noto Sans faces (SIL Open Font License) at the
///   paths Debian's `fonts-noto-core` and `fonts-noto-cjk` packages install them to
///   (`make deps`, and so `make demo` and `make test`, install both): Devanagari (Hindi,
///   Nepali, Marathi), Bengali, Thai, and
///   Chinese, Japanese and Korean. Noto Sans Arabic and Hebrew are loaded too, for the
///   characters DejaVu Sans lacks in those scripts.
///
/// A fallback file that is absent is skipped: characters only it covers are then reported
/// by ``SceneRenderer/missingGlyphs(in:)`` instead of being drawn. Output is byte-identical
/// for a given set of these files.
public enum FontFiles {
    /// Where Debian installs the Noto fallback faces.
    public static let fallbackPaths: [String] = {
        let truetype = "/usr/share/fonts/truetype/noto/"
        let opentype = "/usr/share/fonts/opentype/noto/"
        let scripts = ["Arabic", "Hebrew", "Devanagari", "Bengali", "Thai"]
        return scripts.flatMap { script in
            ["Regular", "Bold"].map { "\(truetype)NotoSans\(script)-\($0).ttf" }
        } + [opentype + "NotoSansCJK-Regular.ttc", opentype + "NotoSansCJK-Bold.ttc"]
    }()

    /// The bundled DejaVu Sans files, regular then bold, or nil when the bundle lacks them.
    static func bundled() -> (regular: String, bold: String)? {
        guard let regular = Bundle.module.url(forResource: "DejaVuSans", withExtension: "ttf", subdirectory: "Fonts"),
            let bold = Bundle.module.url(forResource: "DejaVuSans-Bold", withExtension: "ttf", subdirectory: "Fonts")
        else { return nil }
        return (regular.path, bold.path)
    }

    /// The fallback files present on this machine, in ``fallbackPaths`` order.
    public static var installedFallbacks: [String] {
        fallbackPaths.filter { FileManager.default.isReadableFile(atPath: $0) }
    }
}
