import Foundation

/// A data file a spec names, resolved against the spec's folder. Absolute paths and paths
/// that climb out of that folder (`..`, or a symbolic link that leads outside) are refused
/// unless `allowsOutside` (`--allow-outside-data`), so a spec from someone else cannot make
/// the tool read, and quote in its errors, any file on the machine.
///
/// - Throws: ``SpecError`` at `path` naming the file.
func resolvedSpecDataFile(
    _ file: String, spec origin: String, path: String, allowsOutside: Bool
) throws(SpecError) -> String {
    let folder = URL(fileURLWithPath: origin).deletingLastPathComponent().standardizedFileURL.resolvingSymlinksInPath()
    let candidate = file.hasPrefix("/") ? URL(fileURLWithPath: file) : folder.appendingPathComponent(file)
    let resolved = candidate.standardizedFileURL.resolvingSymlinksInPath()
    let inside = resolved.path.hasPrefix(folder.path.hasSuffix("/") ? folder.path : folder.path + "/")
    guard inside || allowsOutside else {
        throw SpecError(
            file: origin, path: path,
            reason: "'\(file.prefix(200))' is outside the spec's folder; put the data beside the spec, or pass "
                + "--allow-outside-data")
    }
    return resolved.path
}
