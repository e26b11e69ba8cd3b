import FuzzSupport

// SwiftPM links an executable's entry point as `FuzzCSV_main`.
@_cdecl("FuzzCSV_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv) { data, size in fuzzCSV(data, size) }
}
