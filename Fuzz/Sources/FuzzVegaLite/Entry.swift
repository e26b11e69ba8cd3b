import FuzzSupport

// SwiftPM links an executable's entry point as `FuzzVegaLite_main`.
@_cdecl("FuzzVegaLite_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv) { data, size in fuzzVegaLite(data, size) }
}
