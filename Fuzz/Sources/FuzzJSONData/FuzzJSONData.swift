import TIPCharts

/// JSON bytes through data loading (arrays of rows, wide objects, the export schema), then
/// the JSON export and a reload of it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONData(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let dataset = try? Dataset.parse(text, file: "fuzz.json"), let exported = try? dataset.json() else {
        return 0
    }
    guard let again = try? Dataset.parse(exported, file: "export.json") else {
        fatalError("a JSON export of a loaded file does not load:\n\(exported)")
    }
    if again.figures.map(\.value) != dataset.figures.map(\.value) {
        fatalError("JSON export then load changed the values:\n\(exported)")
    }
    return 0
}
