import CollectKit
import FuzzDriver
import FuzzSupport
import Foundation

/// Decodes arbitrary bytes as a `CollectionPortfolio` snapshot. Decoding must throw or give a
/// portfolio that encodes and decodes back to itself.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let bytes = fuzzInput(data, size),
          let portfolio = try? JSONDecoder().decode(CollectionPortfolio.self, from: bytes) else { return 0 }
    requireRoundTrip("collection portfolio") {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try JSONDecoder().decode(CollectionPortfolio.self, from: try encoder.encode(portfolio)) == portfolio
    }
    return 0
}

/// The program's entry: SwiftPM names it `FuzzCollectionPortfolio_main` and links it as `main`.
@_cdecl("FuzzCollectionPortfolio_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, fuzz)
}
