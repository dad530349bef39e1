import CollectKit
import FuzzDriver
import FuzzSupport
import Foundation

/// Loads arbitrary bytes as a portfolio document. Loading must throw a `CollectKitError` or
/// give a document whose JSON loads back to the same document and ledger.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let bytes = fuzzInput(data, size), let loaded = try? PortfolioDocument.load(json: bytes) else { return 0 }
    requireRoundTrip("portfolio document") {
        let again = try PortfolioDocument.load(json: try loaded.document.json())
        return again.document == loaded.document && again.snapshot == loaded.snapshot
    }
    return 0
}

/// The program's entry: SwiftPM names it `FuzzPortfolioDocument_main` and links it as `main`.
@_cdecl("FuzzPortfolioDocument_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, fuzz)
}
