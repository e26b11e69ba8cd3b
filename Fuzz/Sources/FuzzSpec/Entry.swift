import FuzzSupport

// SwiftPM links an executable's entry point as `FuzzSpec_main`.
@_cdecl("FuzzSpec_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv) { data, size in fuzzSpec(data, size) }
}
