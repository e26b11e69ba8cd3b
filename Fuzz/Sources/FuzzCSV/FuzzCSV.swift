import TIPCharts

/// CSV bytes through the RFC 4180 tokenizer, then tidy or wide loading, then export and
/// reload: any input may fail with an error, none may crash, and what loads must export
/// and load back to the same figures.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? tokenizeCSV(text)
    guard let dataset = try? Dataset.parse(text, file: "fuzz.csv") else { return 0 }
    let exported = dataset.csv()
    guard let again = try? Dataset.parse(exported, file: "export.csv") else {
        fatalError("an export of a loaded file does not load:\n\(exported)")
    }
    if again.figures.map(\.value) != dataset.figures.map(\.value) {
        fatalError("export then load changed the values:\n\(exported)")
    }
    return 0
}
