import CollectKit
import FuzzDriver
import Foundation

/// Decodes arbitrary bytes as a `CollectionPortfolio` snapshot. Decoding must throw or give a
/// portfolio that encodes and decodes back to itself.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Data(bytes: data, count: size)
    guard let portfolio = try? JSONDecoder().decode(CollectionPortfolio.self, from: bytes) else { return 0 }
    do {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let again = try JSONDecoder().decode(CollectionPortfolio.self, from: try encoder.encode(portfolio))
        if again != portfolio { preconditionFailure("collection portfolio does not round-trip") }
    } catch {
        preconditionFailure("a decoded portfolio's own JSON failed to decode: \(error)")
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
