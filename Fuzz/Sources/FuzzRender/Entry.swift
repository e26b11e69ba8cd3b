import FuzzSupport

// SwiftPM links an executable's entry point as `FuzzRender_main`.
@_cdecl("FuzzRender_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv) { data, size in fuzzRender(data, size) }
}
