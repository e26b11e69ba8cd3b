import FuzzSupport

// SwiftPM links an executable's entry point as `FuzzJSONData_main`.
@_cdecl("FuzzJSONData_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv) { data, size in fuzzJSONData(data, size) }
}
