import CollectKit
import FuzzDriver
import FuzzSupport
import Foundation

/// Decodes arbitrary bytes as a JSON `CollectionSnapshot`. Decoding must throw or give a
/// snapshot that encodes and decodes back to itself, in JSON and in the binary form.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let bytes = fuzzInput(data, size),
          let snapshot = try? CollectionSnapshot(jsonRepresentation: bytes) else { return 0 }
    requireRoundTrip("collection snapshot (JSON)") {
        try CollectionSnapshot(jsonRepresentation: try snapshot.jsonRepresentation()) == snapshot
    }
    requireRoundTrip("collection snapshot (binary)") {
        try CollectionSnapshot(binaryRepresentation: snapshot.binaryRepresentation()) == snapshot
    }
    return 0
}

/// The program's entry: SwiftPM names it `FuzzCollectionSnapshot_main` and links it as `main`.
@_cdecl("FuzzCollectionSnapshot_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, fuzz)
}
